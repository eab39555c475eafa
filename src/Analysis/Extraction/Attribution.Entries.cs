namespace Analysis.Extraction;

using Analysis.Corpus;

// Live entries that open on a label before a colon naming who speaks in them, with no speech verb (#14): "More from Lee:
// about 300 …", "Shoigu on Rossiya 24: 300,000 …", "Hagari to reporters: …", "Zelensky in his nightly address: …". The
// voice is the label's first source, or the person the document names in full whose surname the label writes; an outlet
// the label names after a link ("on Rossiya 24") carried the words: it is the via. A label that names a place or a topic
// ("Kursk: …", "Background: …") names no one: the label must start with a voice, after "More from" at most, and what follows
// the voice in the label must open with a link word (entry_label_links) or be nothing.
internal sealed partial class Attribution
{
    // At most this many characters from the paragraph's start to the label's colon.
    private const int EntryLabelLength = 80;

    // Before the chains are built: the label's voice speaks, the outlet it names was told.
    private void EntryLabels()
    {
        unknownSurnames = [];
        foreach (var sentence in document.Sentences)
        {
            if (EntryLabel(sentence) is not { } label) continue;
            unknownSurnames.Clear();
            var list = refs[sentence.Index];
            foreach (var r in label)
            {
                var at = list.FindIndex(x => x.Span == r.Span);
                if (at >= 0) list[at] = r;
                else
                {
                    var before = list.FindIndex(x => x.Span.Start > r.Span.Start);
                    list.Insert(before < 0 ? list.Count : before, r);
                }
            }
        }
        unknownSurnames = null;
    }

    private List<SourceRef>? EntryLabel(Sentence sentence)
    {
        var (text, sentences) = (document.Text, document.Sentences);
        var k = sentence.Index;
        // Only the sentence that opens its paragraph; most do not hold a colon near their start at all.
        if (k > 0 && sentences[k - 1].Paragraph == sentence.Paragraph) return null;
        if (topicLabels.Contains(k)) return null;
        var colon = text.IndexOf(':', sentence.Start, Math.Min(EntryLabelLength, sentence.End - sentence.Start));
        while (colon > 0 && (colon + 1 >= sentence.End || text[colon + 1] != ' '))
            colon = colon + 1 < sentence.End && colon + 1 < sentence.Start + EntryLabelLength
                ? text.IndexOf(':', colon + 1, Math.Min(sentence.Start + EntryLabelLength, sentence.End) - colon - 1) : -1;
        if (colon < 0) return null;
        // The label's words, after a time stamp ("09:20 GMT") and markup. A page's block of related lines ("More from CBS News"
        // over "Zelenskyy: …" over another story's title) keeps them in one paragraph: the label opens the colon's own line.
        var start = colon > sentence.Start && text.LastIndexOf('\n', colon - 1, colon - sentence.Start) is var lineBreak and >= 0 ? lineBreak + 1 : sentence.Start;
        var afterTime = false;
        while (true)
        {
            // (and a broadcast transcript's bracket: "[Park Sun-won / lawmaker: …")
            while (start < colon && (char.IsWhiteSpace(text[start]) || HeadingMarks.Contains(text[start]) || text[start] == '[')) start++;
            var end = start;
            while (end < colon && !char.IsWhiteSpace(text[end])) end++;
            // A zone's capitals ("KST") only after a time: "PARK SUN-WON:" opens on a name.
            if (end >= colon || !OnlyTimeStamp(text.AsSpan(start, end - start)) || !afterTime && !char.IsAsciiDigit(text[start])) break;
            afterTime = true;
            start = end;
        }
        if (start >= colon || closing.Verbs.Contains(FirstWord(text, start, colon))) return null;
        foreach (var opener in closing.EntryOpeners)
            if (text.AsSpan(start, colon - start).StartsWith(opener + " ", StringComparison.OrdinalIgnoreCase))
            {
                start += opener.Length + 1;
                if (text.AsSpan(start, colon - start).StartsWith("the ", StringComparison.OrdinalIgnoreCase)) start += 4;
                break;
            }
        if (start >= colon) return null;
        var list = refs[k];
        // A sentence that already cites someone needs no label ("Zelensky said: …"); an outlet after the label's first word
        // ("Netanyahu to CNN: …", "Vucic to Pink TV: …"), read as the speaker before the colon, is the label's via.
        // (Only the label's own line counts: "More from CBS News" above it is the page's, and cites no one.)
        if (list.Exists(r => r.Role != CitationRole.Mentioned && !(IsMedia(r) && r.Span.Start > start && r.Span.End <= colon)
            && !(start > sentence.Start && r.Span.End < start))) return null;
        // The voice: the sentence's first source in the label, not an outlet nor a group ("North Korean soldiers in Russia: …" is a
        // topic), that the label opens with (a description before a
        // name: "the junta's spokesman, Colonel Abdoulaye Maiga").
        // An unnamed voice may be a transcript's label in capitals ("SENIOR ADMINISTRATION OFFICIAL: …"), never a group in a topic.
        var capitals = TranscriptLabel(sentence) > 0;
        var voice = list.Find(r => r.Span.Start >= start && r.Span.End <= colon && !IsMedia(r) && (!r.IsGroup || capitals) && r.Kind != SourceKind.Intercept);
        int voiceEnd;
        if (voice is not null)
        {
            if (!OnlyDescriptionBefore(text, start, voice.Span.Start)) return null;
            voice = voice with { Role = CitationRole.Speaker };
            // "HANK TAYLOR" as a transcript's label writes a person: named as a name is written.
            if (capitals && voice.IsPerson)
                voice = voice with { Name = CapitalsName.Restore(voice.Name) };
            voiceEnd = voice.Span.End;
        }
        else if ((capitals ? CapitalsPerson(text, start, colon, k) : SlashTitledPerson(text, start, colon)) is { } named)
        {
            // "KIRBY: …", "PARK SUN-WON, LAWMAKER: …": a transcript's speaker in capitals, a person of the document or a new one.
            voice = named;
            voiceEnd = named.Span.End;
        }
        else
        {
            // A surname the document writes out elsewhere ("Lee" for lawmaker Lee Seong-kweun), or a name it does not know.
            var end = start;
            while (end < colon && (char.IsLetter(text[end]) || text[end] is '-' or '\'' or '’')) end++;
            if (end == start || !char.IsUpper(text[start]) || end < colon && text[end] != ' ') return null;
            var surname = text.AsSpan(start, end - start);
            if (closing.HeadingLabels.Contains(surname) || closing.Countries.Find(text, start, end).Count > 0) return null;
            voice = PersonNamed(surname, k);
            if (voice is null) return null;
            voice = voice with { Span = new TextSpan(start, end), Role = CitationRole.Speaker, IsPronoun = true };
            voiceEnd = end;
        }
        // After the voice, nothing, or a link word ("on Rossiya 24", "to reporters", "in his nightly address"), or the voice's
        // title after a slash or a comma as broadcast transcripts set it ("[Park Sun-won / Democratic Party lawmaker: …",
        // "PARK SUN-WON, LAWMAKER: …").
        var rest = text.AsSpan(voiceEnd, colon - voiceEnd).Trim();
        if (!rest.IsEmpty && !closing.EntryLinks.Contains(FirstWord(rest)) && rest[0] is not ('/' or ',')) return null;
        var chain = new List<SourceRef> { voice };
        foreach (var r in list)
            if (r.Span.Start >= voiceEnd && r.Span.End <= colon && IsMedia(r)) chain.Add(r with { Role = CitationRole.Audience });
        return chain;
    }

    // The chain of the transcript label ("SENIOR OFFICIAL:", all its letters capitals) that opens the sentence's paragraph; null
    // when the sentence opens it itself (its own chain holds the label) or there is none. Only its own paragraph: a headline in
    // capitals ("USFK: \"Report … not true\"") speaks for itself, not for the story below it.
    private List<SourceRef>? TranscriptSpeaker(Sentence sentence)
    {
        var sentences = document.Sentences;
        var k = FirstOfParagraph(sentence);
        if (k == sentence.Index || TranscriptLabel(sentences[k]) is not (> 0 and var colon)) return null;
        // The label names the voice: a dateline in capitals ("KARACHI: Azerbaijan …, Haaretz reported") names none.
        return chains[k].Count == 0 || chains[k][0].Span.End > colon ? null : chains[k];
    }

    // Where the colon of the label of capitals the sentence opens on stands ("MAJOR GENERAL HANK TAYLOR: …", "Q: …"), else -1.
    private int TranscriptLabel(Sentence sentence)
    {
        var text = document.Text;
        var start = sentence.Start;
        while (start < sentence.End && char.IsWhiteSpace(text[start])) start++;
        var letters = 0;
        for (var i = start; i < sentence.End && i - start <= EntryLabelLength; i++)
        {
            var c = text[i];
            if (c == ':') return letters > 0 && i + 1 < sentence.End && text[i + 1] == ' ' ? i : -1;
            if (char.IsLower(c) || char.IsDigit(c)) return -1;
            if (char.IsLetter(c)) letters++;
        }
        return -1;
    }

    // Only a description of the voice before it ("the junta's spokesman, Colonel"): lower-case words, titles and ranks, no
    // other capitalised name.
    // A title of two words counts as one ("Defence Minister Sergei Shoigu on Rossiya 24: …").
    private bool OnlyDescriptionBefore(string text, int from, int to)
    {
        var words = text.Substring(from, to - from).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i].Trim(',');
            if (word.Length == 0 || char.IsLower(word[0]) || closing.MilitaryRanks.Contains(word) || closing.Titles.Contains(word)) continue;
            if (i + 1 < words.Length && closing.Titles.Contains(word + " " + words[i + 1].Trim(','))) { i++; continue; }
            return false;
        }
        return true;
    }

    // The person a label in capitals names before its colon (or before a comma or slash that sets off their title): two to four
    // words of capitals, written as a name is ("PARK SUN-WON": Park Sun-won); one word, a surname the document writes out
    // elsewhere ("KIRBY": John Kirby) or one after an honorific ("MS. HALE": Hale). Never a role label ("ANCHOR", "REPORTER",
    // heading_labels) nor a country.
    private SourceRef? CapitalsPerson(string text, int start, int colon, int sentence)
    {
        var end = start;
        while (end < colon && (char.IsUpper(text[end]) || text[end] is ' ' or '-' or '\'' or '’' or '.')) end++;
        var label = text.AsSpan(start, end - start).TrimEnd();
        if (label.IsEmpty || end < colon && text[end] is not (',' or '/' or '(')) return null;
        var words = label.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 4 || words.Any(w => closing.HeadingLabels.Contains(w) || closing.TranscriptRoles.Contains(w))) return null;
        // "MAJOR GENERAL HANK TAYLOR", "MR. KIRBY": the rank, title or honorific before the name is no part of it.
        var (first, honorific) = (0, false);
        for (; first < words.Length - 1; first++)
            if (closing.Honorifics.Contains(CapitalsName.Word(words[first]))) honorific = true;
            else if (!closing.MilitaryRanks.Contains(CapitalsName.Word(words[first])) && !closing.Titles.Contains(CapitalsName.Word(words[first]))) break;
        var name = string.Join(' ', words[first..].Select(CapitalsName.Word));
        if (closing.Countries.Find(name, 0, name.Length).Count > 0) return null;
        var span = new TextSpan(start, start + label.Length);
        var person = new SourceRef(span, name, SourceKind.Official, null, CitationRole.Speaker, null, IsPerson: true);
        if (words.Length - first > 1) return person;
        // A surname alone is the person the document names in full; after an honorific it names a person even where it does not.
        if (PersonNamed(name, sentence) is { } known) return known with { Span = span, Role = CitationRole.Speaker, IsPronoun = true };
        return honorific && IsSurnameAlone(name) ? person : null;
    }

    // "KIRBY" after "MR.": a word of letters (an apostrophe or a hyphen inside), no title or rank ("MR. PRESIDENT").
    private bool IsSurnameAlone(string name) =>
        name.Length > 2 && !closing.Titles.Contains(name) && !closing.MilitaryRanks.Contains(name) && name.All(c => char.IsLetter(c) || c is '\'' or '’' or '-');

    // "[Park Sun-won / Democratic Party lawmaker: …": a broadcast transcript's caption, a name of two to four capitalised words
    // before a slash and the speaker's title.
    private SourceRef? SlashTitledPerson(string text, int start, int colon)
    {
        var slash = text.IndexOf(" / ", start, colon - start, StringComparison.Ordinal);
        if (slash < 0) return null;
        var words = text[start..slash].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || words.Any(w => !char.IsUpper(w[0]) || w.Any(c => !(char.IsLetter(c) || c is '-' or '\'' or '’' or '.')))) return null;
        var name = string.Join(' ', words);
        if (closing.Countries.Find(name, 0, name.Length).Count > 0) return null;
        return new SourceRef(new TextSpan(start, slash), name, SourceKind.Official, null, CitationRole.Speaker, null, IsPerson: true);
    }

    // The person, cited or named anywhere in the document, whose name ends in `surname` or opens with it (a family name written
    // first: "Lee" for Lee Seong-kweun); the first such; else null.
    private SourceRef? PersonNamed(ReadOnlySpan<char> surname, int except)
    {
        if (unknownSurnames is not null && unknownSurnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(surname)) return null;
        for (var s = 0; s < refs.Length; s++)
            if (s != except)
                foreach (var r in refs[s])
                    if (Names(r, surname)) return r;
        if (unknownSurnames is null) return null;
        if (except >= 0 && except < refs.Length)
            foreach (var r in refs[except])
                if (Names(r, surname)) return null;
        unknownSurnames.Add(surname.ToString());
        return null;

        static bool Names(SourceRef r, ReadOnlySpan<char> surname) => r is { IsPerson: true, IsGroup: false, IsPronoun: false } && r.Name.Length > surname.Length
            && (EndsWithWord(r.Name, surname) || r.Name.AsSpan().StartsWith(surname, StringComparison.Ordinal) && r.Name[surname.Length] == ' ');
    }

    // While EntryLabels runs: the surnames no person of refs bears, so a label repeated down a long document ("Increasing
    // Tensions:") scans the document's refs once, not once per sentence; emptied whenever EntryLabels changes refs.
    private HashSet<string>? unknownSurnames;

    private static string FirstWord(string text, int start, int end) => FirstWord(text.AsSpan(start, end - start)).ToString();

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> s) => s[..SourceText.LetterRun(s, 0)];
}

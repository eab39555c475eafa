namespace Analysis.Extraction;

using Analysis.Corpus;

// Headings whose speaker stands before a colon, resolved before the chains are built (#14). Real headlines name the
// speaker by an office ("Kremlin spokesman: …", "Ukraine's intelligence chief: …"), by a surname the text below never
// completes ("Padrino López: …" over "…, Venezuela's defence minister said"), or title a whole statement ("Statement by
// Pentagon Press Secretary X:"). A label that only says what kind of piece follows ("Explainer:", "Analysis:") names no one.
// A heading's speaker whom the text below names in full ("Zelenskyy:" over "President Volodymyr Zelenskyy said …") is
// found when a figure of the heading asks for its source.
internal sealed partial class Attribution
{
    // What may stand before a heading's words: quotes and markup ("**", "## ").
    private const string HeadingMarks = "\"“‘'*#_>•|-–— \t";

    // The speaker of a statement's title heading, whose words the paragraphs below are where they cite no one.
    private SourceRef? statementSpeaker;
    private int statementHeading = -1;

    private void HeadingHolders()
    {
        var (text, sentences) = (document.Text, document.Sentences);
        for (var k = 0; k < sentences.Count; k++)
        {
            var sentence = sentences[k];
            if (!IsHeading(k)) continue;
            if (StatementTitle(text, sentence, k) is (> 0 and var statementColon))
            {
                StatementSpeaker(k, statementColon);
                continue;
            }
            if (TrailingOffice(text, sentence) is { } office)
            {
                ClosingOfficeHolder(k, office);
                continue;
            }
            if (TrailingName(text, sentence) is { } trailing && !refs[k].Exists(r => r.Span.Start < trailing.End && r.Span.End > trailing.Start)
                && NamedBelow(k, text[trailing.Start..trailing.End]) is { } named)
            {
                Replace(refs[k], trailing, named with { Span = trailing, Role = CitationRole.Speaker, Fallback = null });
                continue;
            }
            // "50 Azerbaijani soldiers killed in border clashes - ministry", "… to leave Vietnam - Seoul defense ministry": a description
            // after the spaced dash is the voice that speaks first below, as one before a heading's colon is.
            if (TrailingDescription(text, sentence) is { } described && !refs[k].Exists(r => r.Span.Start < described.End && r.Span.End > described.Start))
            {
                DescribedVoice(k, described);
                continue;
            }
            if (text.IndexOf(':', sentence.Start, sentence.End - sentence.Start) < 0) continue;
            TopicLabel(k);
            if (HeadingColon(sentence) is not (> 0 and var colon) || LabelStart(text, sentence.Start, colon) is not (>= 0 and var label)) continue;
            var span = new TextSpan(label, colon);
            var words = text.AsSpan(label, colon - label);
            if (closing.OfficeWords.Contains(words[(words.LastIndexOf(' ') + 1)..])) OfficeHolder(k, span);
            else if (char.IsLower(words[(words.LastIndexOf(' ') + 1)..][0])) DescribedVoice(k, span);
            else UnknownHolder(k, span);
        }
        if (statementSpeaker is null) IntroducedText();
    }

    // "Following is the full text of a statement by the Pentagon:", "We reproduce here a communiqué of the American Department of
    // Defense.": a paragraph of one sentence at the top that introduces a release (text_introductions, then a release noun and
    // its issuer after "of", "by" or "from") makes the issuer the speaker of the text below, as a statement's title does.
    private void IntroducedText()
    {
        var (text, sentences) = (document.Text, document.Sentences);
        for (var k = 0; k < sentences.Count && k <= IntroductionReach; k++)
        {
            var s = sentences[k];
            if (k > 0 && sentences[k - 1].Paragraph == s.Paragraph || k + 1 < sentences.Count && sentences[k + 1].Paragraph == s.Paragraph) continue;
            var line = text.AsSpan(s.Start, s.End - s.Start).TrimStart(HeadingMarks);
            var opens = false;
            foreach (var opener in closing.TextIntroductions)
                opens |= line.StartsWith(opener, StringComparison.OrdinalIgnoreCase) && line.Length > opener.Length && line[opener.Length] == ' ';
            if (!opens) continue;
            var words = Words(text[s.Start..s.End]);
            var noun = words.FindIndex(w => closing.ReleaseNouns.Contains(w));
            if (noun < 0 || noun + 1 >= words.Count || words[noun + 1] is not ("of" or "by" or "from")) continue;
            var at = text.IndexOf(" " + words[noun + 1] + " ", text.IndexOf(words[noun], s.Start, s.End - s.Start, StringComparison.Ordinal), StringComparison.Ordinal);
            var issuer = refs[k].FindLastIndex(r => r is { IsPronoun: false, IsGroup: false } && (!IsMedia(r) || r.Kind == SourceKind.StateMedia)
                && r.Span.Start > at && r.Span.End <= s.End);
            if (at < 0 || issuer < 0) continue;
            statementSpeaker = refs[k][issuer] with { Role = CitationRole.Speaker };
            statementHeading = k;
            return;
        }
    }

    // How far down a page a release's introduction may stand (a title, a byline and a date line above it).
    private const int IntroductionReach = 3;

    // "Kremlin spokesman: …" over "Dmitry Peskov told reporters …": an office that heads the text is the person the
    // paragraph below cites first (an office whose holder the passage names is that person).
    private void OfficeHolder(int k, TextSpan span)
    {
        if (FirstBelow(k, r => r is { IsPerson: true, IsGroup: false, IsPronoun: false }) is not var (_, _, holder)) return;
        Replace(refs[k], span, holder with { Span = span, Role = CitationRole.Speaker, Fallback = null });
    }

    // "Russia to call up 300,000 reservists, Defense Minister says", "Kenya to send 1,000 police to Haiti: president": an office of
    // one to three words (the last an office_words word, none a name's) that closes a heading after a comma and before "says"
    // or "said", or after a colon: its span, else null.
    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-");

    private TextSpan? TrailingOffice(string text, Sentence sentence)
    {
        var line = text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd(HeadingMarks + ".");
        int from;
        if (line.LastIndexOf(' ') is > 0 and var verb && line[(verb + 1)..] is "says" or "said")
        {
            line = line[..verb];
            if (line.LastIndexOf(", ", StringComparison.Ordinal) is not (> 0 and var comma)) return null;
            from = comma + 2;
        }
        else if (line.LastIndexOf(": ", StringComparison.Ordinal) is > 0 and var colon) from = colon + 2;
        else return null;
        var words = line[from..];
        if (words.IsEmpty || words.Count(' ') > 2 || !closing.OfficeWords.Contains(words[(words.LastIndexOf(' ') + 1)..])) return null;
        foreach (var range in words.Split(' '))
            if (words[range] is var word && (word.IsEmpty || word.ContainsAnyExcept(Letters) || closing.Countries.Find(text, sentence.Start + from + range.Start.Value, sentence.Start + from + range.End.Value).Count > 0))
                return null;
        return new TextSpan(sentence.Start + from, sentence.Start + from + words.Length);
    }

    // "Belgium to pull its 440 blue helmets out of Rwanda - Claes": one or two capitalised words after a spaced dash that
    // close a heading, the speaker as wire headlines name them; its span, else null. Whom it names is the story's to say.
    private static TextSpan? TrailingName(string text, Sentence sentence)
    {
        var line = text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd(HeadingMarks + ".");
        if (line.LastIndexOf(" - ", StringComparison.Ordinal) is not (> 0 and var dash)) return null;
        var words = line[(dash + 3)..];
        if (words.IsEmpty || words.Count(' ') > 1) return null;
        foreach (var range in words.Split(' '))
            if (words[range] is var word && (word.Length < 2 || !char.IsUpper(word[0]) || word.ContainsAnyExcept(Letters))) return null;
        return new TextSpan(sentence.Start + dash + 3, sentence.Start + dash + 3 + words.Length);
    }

    // "… - ministry", "… - defence ministry", "… - Seoul defense ministry", "… - Kyiv's spies": one to three words after a spaced
    // dash that close a heading, the last in lower case (a description, no name: TrailingName reads those); its span, else null.
    private static TextSpan? TrailingDescription(string text, Sentence sentence)
    {
        var line = text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd(HeadingMarks + ".");
        var dash = line.LastIndexOf(" - ", StringComparison.Ordinal);
        if (dash < 0) dash = line.LastIndexOf(" – ", StringComparison.Ordinal);
        if (dash < 0) dash = line.LastIndexOf(" — ", StringComparison.Ordinal);
        if (dash <= 0) return null;
        var words = line[(dash + 3)..];
        if (words.IsEmpty || words.Count(' ') > 2 || !char.IsLower(words[(words.LastIndexOf(' ') + 1)..][0])) return null;
        foreach (var range in words.Split(' '))
            if (words[range] is var word && (word.Length < 2 || word.ContainsAnyExcept(Letters) && !(word.EndsWith("'s") && !word[..^2].ContainsAnyExcept(Letters)))) return null;
        return new TextSpan(sentence.Start + dash + 3, sentence.Start + dash + 3 + words.Length);
    }

    // The office closing heading k is held by the first person the paragraph below cites with that office's last word right
    // before the name ("Defense Minister Sergei Shoigu said") or in an apposition after it ("Sergei Shoigu, the defence minister").
    private void ClosingOfficeHolder(int k, TextSpan span)
    {
        var text = document.Text;
        var office = text.AsSpan(span.Start, span.End - span.Start);
        office = office[(office.LastIndexOf(' ') + 1)..];
        if (FirstBelow(k, r => r is { IsPerson: true, IsGroup: false, IsPronoun: false }) is not var (i, _, holder)) return;
        var sentence = document.Sentences[i];
        var before = text.AsSpan(Math.Max(sentence.Start, holder.Span.Start - 40), holder.Span.Start - Math.Max(sentence.Start, holder.Span.Start - 40));
        var after = text.AsSpan(holder.Span.End, Math.Min(sentence.End, holder.Span.End + 40) - holder.Span.End);
        if (before.IndexOf(office, StringComparison.OrdinalIgnoreCase) < 0 && !(after.StartsWith(", ") && after.IndexOf(office, StringComparison.OrdinalIgnoreCase) >= 0)) return;
        Replace(refs[k], span, holder with { Span = span, Role = CitationRole.Speaker, Fallback = null });
    }

    // "Kyiv's spies: Russia has signed up 3,000 more …" over "Ukraine's military intelligence said …": a heading's voice that only
    // a description names (its last word in lower case: "Kyiv's spies", "Seoul's spy agency", "US officials") is the first
    // voice that speaks in the paragraph below, of the description's country where it names one; no outlet, which relays.
    private void DescribedVoice(int k, TextSpan span)
    {
        var text = document.Text;
        var label = text.AsSpan(span.Start, span.End - span.Start);
        foreach (var range in label.Split(' '))
            if (closing.HeadingLabels.Contains(label[range])) return;
        // A voice the kit names itself ("US officials:") is the heading's own.
        if (IsPlaceBelow(k, label) || !closing.HeadingVoices.Contains(label[(label.LastIndexOf(' ') + 1)..])
            || refs[k].Exists(r => r.Span.End == span.End)) return;
        var country = closing.Countries.Find(text, span.Start, span.End) is [var only] ? only.Country.Name : null;
        if (FirstBelow(k, r => r is { Role: CitationRole.Speaker } && !IsMedia(r)) is not var (_, _, voice)
            || country is not null && voice.Country is { } theirs && theirs != country) return;
        Replace(refs[k], span, voice with { Span = span, Role = CitationRole.Speaker, Fallback = null });
    }

    // "Padrino López: …" over "…, Venezuela's defence minister said": capitalised words the kit does not know, before a
    // colon, are the holder of the office that speaks below, named as the heading names them.
    private void UnknownHolder(int k, TextSpan span)
    {
        var text = document.Text;
        if (HeadingName(text, document.Sentences[k].Start, span.End) != span.Start || refs[k].Exists(r => r.Span.Start < span.End && r.Span.End > span.Start)
            || closing.Countries.Find(text, span.Start, span.End).Count > 0)
            return;
        foreach (var range in text.AsSpan(span.Start, span.End - span.Start).Split(' '))
            if (closing.HeadingLabels.Contains(text.AsSpan(span.Start, span.End - span.Start)[range])) return;
        // "Rising Tensions: 3,000 Soldiers Mass Near the Border": capitalised words before the colon of a headline in title
        // case are its topic; a headline in sentence case capitalises only names ("Padrino López: military presence …").
        if (text.AsSpan(span.Start, span.End - span.Start).Contains(' ') && !SentenceCase(text.AsSpan(span.End + 1, document.Sentences[k].End - span.End - 1))) return;
        if (IsPlaceBelow(k, text.AsSpan(span.Start, span.End - span.Start))) return;
        if (FirstBelow(k, r => r is { IsPerson: false, IsGroup: false } && EndsInOffice(r)) is not var (i, j, office))
        {
            // "Abdullah bin Zayed: UAE has sent about 500 police" over a paragraph that names no office: a person's full name (two
            // capitalised words or more, the last no body's, place's or paper's word) speaks the heading by itself.
            // "Bou Habib:", "Kaczynski:" over a story that names the person in full further down: that person, named in full.
            var words = text[span.Start..span.End];
            if (NamedBelow(k, words) is { } named) Replace(refs[k], span, named with { Span = span, Role = CitationRole.Speaker, Fallback = null });
            else if (PersonName(words))
                Replace(refs[k], span, new SourceRef(span, words, SourceKind.Official, null, CitationRole.Speaker, null, IsPerson: true));
            return;
        }
        var holder = new SourceRef(span, text[span.Start..span.End], SourceKind.Official, office.Country, CitationRole.Speaker, null, IsPerson: true);
        Replace(refs[k], span, holder);
        refs[i][j] = holder with { Span = office.Span, Role = office.Role };
    }

    // A person the story below heading k cites, whose name ends in the heading's words ("Abdallah Bou Habib" for "Bou Habib"); not
    // one it only names beside another voice ("The Pentagon said … near the unit of General Ivan Petrenko").
    private SourceRef? NamedBelow(int k, string words)
    {
        for (var i = k + 1; i < refs.Length; i++)
            foreach (var r in refs[i])
                if (r is { IsCited: true, IsPerson: true, IsGroup: false, IsPronoun: false } && r.Name.Length > words.Length && EndsWithWord(r.Name, words)) return r;
        return null;
    }

    // "Abdullah bin Zayed", "Lee Seong-kweun": two capitalised words or more, a person's particles between them, the last no word
    // of a body's, a place's or a paper's name ("Gaza City", "Defence Forces", "Kyiv Post"), the first no word that opens
    // one ("Operation Midnight Hammer", "North Kivu").
    private bool PersonName(string value)
    {
        var name = value.AsSpan();
        var words = 0;
        var last = ReadOnlySpan<char>.Empty;
        foreach (var range in name.Split(' '))
        {
            var word = name[range];
            if (closing.NameParticles.Contains(word)) continue;
            if (words == 0 && closing.NotPersonStarts.Contains(word)) return false;
            if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsLower(word[^1])) return false;
            words++;
            last = word;
        }
        return words >= 2 && !closing.NotPersonEnds.Contains(last);
    }

    // "Statement by Pentagon Chief Spokesman Sean Parnell:": the person the title names speaks for the text below; an
    // organisation in the person's title is no voice of its own.
    private void StatementSpeaker(int k, int colon)
    {
        var list = refs[k];
        var at = list.FindLastIndex(r => r is { IsPerson: true, IsGroup: false } && r.Span.End == colon);
        // "Statement from the Ministry of Defence:", "News release from Eighth Army:": a body that the title names speaks for the
        // text below as a person would; one the kit does not know is named by the title's capitalised words.
        // "Report of the Korean Central News Agency, 13 December": a state's news agency that issues the report speaks for it, as
        // a state body does; a news outlet's title is its byline, no statement.
        if (at < 0) at = list.FindLastIndex(r => r is { IsPerson: false, IsGroup: false, IsPronoun: false } && (!IsMedia(r) || r.Kind == SourceKind.StateMedia) && r.Span.End == colon);
        var office = false;
        if (at < 0 && !KnownIssuerOnly(k) && TitledBody(k, colon) is { } body)
        {
            if (BareOffice(body.Name)) office = true;
            else
            {
                list.RemoveAll(r => r.Span.Start < body.Span.End && r.Span.End > body.Span.Start);
                at = list.FindIndex(r => r.Span.Start > body.Span.Start);
                if (at < 0) at = list.Count;
                list.Insert(at, body);
            }
        }
        // "Report of the Secretary-General on the United Nations Force in Cyprus": an office alone, its holder unnamed,
        // speaks for the body the title's subject names, else for no one the kit can name.
        if (office || at >= 0 && BareOffice(list[at].Name))
            at = list.FindIndex(r => r.Span.Start >= colon && r is { IsPerson: false, IsGroup: false, IsPronoun: false } && !IsMedia(r));
        if (at < 0) return;
        var person = list[at];
        // "Chief Spokesman Sean Parnell": a title word the name kept is not part of it.
        var name = person.Name;
        while (name.IndexOf(' ') is > 0 and var space && closing.OfficeWords.Contains(name.AsSpan(0, space))) name = name[(space + 1)..];
        for (var i = 0; i < list.Count; i++) list[i] = i == at ? person with { Name = name, Role = CitationRole.Speaker } : list[i] with { Role = CitationRole.Mentioned };
        statementSpeaker = list[at];
        statementHeading = k;
    }

    // Whether heading k opens with a title whose issuer speaks only where the kit knows it (known_issuer_titles).
    private bool KnownIssuerOnly(int k)
    {
        var sentence = document.Sentences[k];
        return OpeningTitle(document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimStart(HeadingMarks), closing.KnownIssuerTitles) is not null;
    }

    // The title of `titles` that opens `line` with a space after it ("Statement by …", "Communique of …"), or null.
    private static string? OpeningTitle(ReadOnlySpan<char> line, IReadOnlyList<string> titles)
    {
        foreach (var title in titles)
            if (line.StartsWith(title, StringComparison.OrdinalIgnoreCase) && line.Length > title.Length && line[title.Length] == ' ') return title;
        return null;
    }

    // Where the issuer's words end before a title of statement_title_ends that ends `line` after a space ("UNAMID press release",
    // "U.S. Northern Command news release"); with `named`, only where those words are a name alone (IssuerName); else -1.
    private int IssuerBeforeTitleEnd(ReadOnlySpan<char> line, bool named)
    {
        foreach (var end in closing.StatementTitleEnds)
            if (line.EndsWith(end, StringComparison.OrdinalIgnoreCase) && line.Length > end.Length + 1 && line[^(end.Length + 1)] == ' '
                && (!named || IssuerName(line[..^(end.Length + 1)])))
                return line.Length - end.Length - 1;
        return -1;
    }

    // One word of an office ("Secretary-General", "President"), no holder's name.
    private bool BareOffice(string name)
    {
        if (name.Contains(' ')) return false;
        foreach (var part in name.Split('-'))
            if (closing.OfficeWords.Contains(part)) return true;
        return false;
    }

    // The body a statement's title names before its colon ("News release from Eighth Army:"): capitalised words, "of", "for",
    // "and" or "the" between them, after the title and an optional "the"; else null.
    private SourceRef? TitledBody(int k, int colon)
    {
        var (text, sentence) = (document.Text, document.Sentences[k]);
        var s = text.AsSpan(sentence.Start, colon - sentence.Start).TrimStart(HeadingMarks);
        var offset = colon - s.Length;
        // "Marine Rotational Force-Darwin news release": the name before a title that ends the line, with no title before it.
        var titles = text.AsSpan(colon).TrimStart().StartsWith(':') ? closing.StatementTitles : closing.StatementTitles.Append("").ToArray();
        foreach (var title in titles)
        {
            if (title.Length > 0 && (!s.StartsWith(title, StringComparison.OrdinalIgnoreCase) || s.Length <= title.Length + 1 || s[title.Length] != ' ')) continue;
            var start = offset + (title.Length > 0 ? title.Length + 1 : 0);
            if (text.AsSpan(start, colon - start).StartsWith("the ", StringComparison.OrdinalIgnoreCase)) start += 4;
            var words = text.AsSpan(start, colon - start);
            if (words.IsEmpty || !char.IsUpper(words[0]) || !char.IsLetterOrDigit(words[^1])) return null;
            var last = "";
            foreach (var range in words.Split(' '))
            {
                var word = words[range];
                if (word.IsEmpty || !char.IsUpper(word[0]) && word is not ("of" or "for" or "and" or "the")) return null;
                last = word.ToString();
            }
            if (!char.IsUpper(last[0])) return null;
            // "Delayed news release": one word before a title that ends the line is no issuer the kit may name by itself, unless it
            // is an acronym, as missions and commands are named ("UNAMID press release", "AFRICOM statement").
            if (title.Length == 0 && !words.Contains(' ') && !(words.Length is >= 3 and <= 7 && !words.ContainsAnyInRange('a', 'z'))) return null;
            return new SourceRef(new TextSpan(start, colon), words.ToString(), SourceKind.Other, null, CitationRole.Speaker, null);
        }
        return null;
    }

    // The colon that ends a statement's title ("Statement by …:", "Remarks by …:"), at the end of its heading; else -1. A release's
    // first line may go without the colon ("Statement from Governor X", "U.S. Northern Command news release": statement_title_ends
    // after the name): there the name's end, where the title has a name before or after it and nothing else.
    private int StatementTitle(string text, Sentence sentence, int k)
    {
        var whole = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        var s = whole.TrimStart(HeadingMarks).TrimEnd();
        if (s.IsEmpty) return -1;
        var colon = s[^1] == ':';
        var start = sentence.Start + (whole.Length - whole.TrimStart(HeadingMarks).Length);
        // The document's title, or the first line under a title that only names the file: a document's own title line.
        var first = k == 0 || document.Sentences[k - 1].Paragraph == 0 && sentence.Paragraph == 1;
        // "AMISOM Press Release: Kenyan forces formally join AMISOM": an issuer before a release's title and its colon.
        if (!colon && first && s.IndexOf(':') is > 0 and var mid)
            return IssuerBeforeTitleEnd(s[..mid], named: false) is > 0 and var beforeColon ? start + beforeColon : -1;
        if (!colon && first && DashedRelease(s) is > 0 and var issuerEnd) return start + issuerEnd;
        // "UNAMID press release - Mission to hand over authority on 31 December": an issuer before a release's title and a spaced
        // dash, as before its colon; the words before the title are a name alone ("Kremlin dismisses NATO statement - Reuters" is a
        // headline).
        if (!colon && first && TitleDash(s) is > 0 and var dash && IssuerBeforeTitleEnd(s[..dash], named: true) is > 0 and var beforeDash)
            return start + beforeDash;
        // "Communiqué of the Ministry of Defence, 4 May 2020": a release's date after a comma closes its first line.
        if (!colon && first && DatedTitleEnd(s) is > 0 and var dated) s = s[..dated];
        if (!colon && (!first || s.IndexOfAny(":,;") >= 0 || s.IndexOfAnyInRange('0', '9') >= 0)) return -1;
        if (OpeningTitle(s, closing.StatementTitles) is { } title)
            return colon ? text.LastIndexOf(':', sentence.End - 1, sentence.End - sentence.Start) : start + IssuerEnd(s, title.Length);
        // "Task Force Nile news release" names its issuer only as the document's first line: under a title, a line that
        // ends so is a live page's quote of a release.
        if (colon || k > 0) return -1;
        return IssuerBeforeTitleEnd(s, named: true) is > 0 and var beforeEnd ? start + beforeEnd : -1;
    }

    // Where the first spaced dash of a line stands, or -1.
    private static int TitleDash(ReadOnlySpan<char> line)
    {
        var at = -1;
        foreach (var dash in (ReadOnlySpan<string>)[" - ", " – ", " — "])
            if (line.IndexOf(dash) is > 0 and var i && (at < 0 || i < at)) at = i;
        return at;
    }

    // "…, 4 May 2020", "…, May 4, 2020", "…, 2020-05-04", and a month's day with no year ("Report of the Korean Central News
    // Agency, 13 December", as state agencies date their reports): where a date after the line's last comma but one begins (the
    // comma), or -1.
    private static readonly System.Text.RegularExpressions.Regex TitleDate = new(
        @",\s*(?:\d{1,2}\s+\p{Lu}\p{Ll}+\.?\s+\d{4}|\p{Lu}\p{Ll}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}"
        + @"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*\.?\s+\d{1,2})$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static int DatedTitleEnd(ReadOnlySpan<char> line)
    {
        foreach (var match in TitleDate.EnumerateMatches(line)) return match.Index;
        return -1;
    }

    // Whether the words before a title that ends the line are a name alone: each capitalised (or a number), or "of", "for",
    // "and", "the" between them ("U.S. Forces Korea", "Task Force Nile"); a headline's verb ("Kremlin dismisses NATO") is none.
    private static bool IssuerName(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
        {
            var word = words[range];
            if (word.IsEmpty || char.IsUpper(word[0]) || char.IsDigit(word[0]) || word is "of" or "for" or "and" or "the") continue;
            return false;
        }
        return true;
    }

    // "Ministry of Defence, The Hague - press statement, 20 January 1995", "Office of the Attorney-General, Natal - statement":
    // a document's first line that names its issuer (and its seat after a comma) before a dash and a release's noun
    // (dashed_release_nouns), which a date may follow. Where the issuer ends, or -1.
    private int DashedRelease(ReadOnlySpan<char> line)
    {
        var dash = line.IndexOf(" - ");
        if (dash < 0) dash = line.IndexOf(" – ");
        if (dash < 0) dash = line.IndexOf(" — ");
        if (dash <= 0) return -1;
        var after = line[(dash + 3)..].TrimStart();
        var comma = after.IndexOf(',');
        var noun = (comma < 0 ? after : after[..comma]).TrimEnd();
        var named = false;
        foreach (var release in closing.DashedReleaseNouns)
            named |= noun.Equals(release, StringComparison.OrdinalIgnoreCase);
        if (!named || !char.IsUpper(line[0])) return -1;
        var seat = line[..dash].IndexOf(',');
        return seat > 0 ? seat : dash;
    }

    // Where the issuer of a title with no colon ends: before the addressee or the subject that follows it ("Memorandum from
    // Col. X to the Vice President", "Report of the Secretary-General on the Force"; statement_title_cuts), else at the line's end.
    private int IssuerEnd(ReadOnlySpan<char> title, int from)
    {
        var end = title.Length;
        foreach (var cut in closing.StatementTitleCuts)
            if (title[from..].IndexOf(cut, StringComparison.Ordinal) is >= 0 and var at && from + at < end) end = from + at;
        return end;
    }

    // The first reference of the paragraph below heading k that is cited and matches; its sentence and place in that list.
    private (int Sentence, int At, SourceRef Ref)? FirstBelow(int k, Predicate<SourceRef> match)
    {
        var sentences = document.Sentences;
        for (var i = k + 1; i < sentences.Count && sentences[i].Paragraph == sentences[k].Paragraph + 1; i++)
            for (var j = 0; j < refs[i].Count; j++)
                if (refs[i][j] is { IsCited: true } r && match(r)) return (i, j, r);
        return null;
    }

    // "Kursk: …" over "… fighting in the Kursk region": the text below puts the heading's words after a preposition of place.
    private bool IsPlaceBelow(int k, ReadOnlySpan<char> label)
    {
        var text = document.Text;
        var from = document.Sentences[k].End;
        while (text.AsSpan(from).IndexOf(label, StringComparison.Ordinal) is >= 0 and var at)
        {
            at += from;
            var before = text.AsSpan(0, at).TrimEnd(' ');
            if (before.EndsWith("the", StringComparison.OrdinalIgnoreCase)) before = before[..^3].TrimEnd(' ');
            foreach (var preposition in closing.PlacePrepositions)
                if (before.EndsWith(preposition, StringComparison.OrdinalIgnoreCase) && (before.Length == preposition.Length || !char.IsLetter(before[^(preposition.Length + 1)])))
                    return true;
            from = at + label.Length;
        }
        return false;
    }

    // A word of four letters or more that starts in lower case.
    private static bool SentenceCase(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
            if (char.IsLower(s[i]) && (i == 0 || !char.IsLetter(s[i - 1])))
            {
                var j = i;
                while (j < s.Length && char.IsLetter(s[j])) j++;
                if (j - i >= 4) return true;
                i = j;
            }
        return false;
    }


    // "Venezuela's defence minister", "the army spokesman": a reference whose words end in an office.
    private bool EndsInOffice(SourceRef r)
    {
        var words = document.Text.AsSpan(r.Span.Start, r.Span.End - r.Span.Start);
        return closing.OfficeWords.Contains(words[(words.LastIndexOf(' ') + 1)..]);
    }

    // The heading's references inside span give way to the one that stands for all its words, kept in reading order.
    private static void Replace(List<SourceRef> list, TextSpan span, SourceRef by)
    {
        list.RemoveAll(r => r.Span.Start < span.End && r.Span.End > span.Start);
        var at = list.FindIndex(r => r.Span.Start > span.Start);
        list.Insert(at < 0 ? list.Count : at, by);
    }

    // A heading: a paragraph of one short sentence, with a paragraph after it, that does not end in a full stop.
    private bool IsHeading(int k)
    {
        var (text, sentences) = (document.Text, document.Sentences);
        var sentence = sentences[k];
        if (k > 0 && sentences[k - 1].Paragraph == sentence.Paragraph || k + 1 >= sentences.Count || sentences[k + 1].Paragraph != sentence.Paragraph + 1
            || sentence.End - sentence.Start > HeadingLength)
            return false;
        var last = sentence.End - 1;
        while (last > sentence.Start && (char.IsWhiteSpace(text[last]) || text[last] is '"' or '”' or '\'' or '’')) last--;
        return text[last] is not ('.' or '!' or '?');
    }

    // The first colon of a heading with a letter before it and a space after it ("Zelenskyy: …"); else -1.
    private int HeadingColon(Sentence sentence)
    {
        var text = document.Text;
        var colon = text.IndexOf(':', sentence.Start, sentence.End - sentence.Start);
        while (colon > sentence.Start && (colon + 1 >= sentence.End || !char.IsWhiteSpace(text[colon + 1]) || !char.IsLetter(text[colon - 1])))
            colon = colon + 1 < sentence.End ? text.IndexOf(':', colon + 1, sentence.End - colon - 1) : -1;
        return colon;
    }

    // Where the words before a heading's colon start: at most five words ("Ukraine's military intelligence chief"), after
    // nothing but markup or a time stamp; else -1.
    private static int LabelStart(string text, int start, int colon)
    {
        var i = colon;
        for (var words = 0; words < 5; words++)
        {
            var end = i;
            while (i > start && (char.IsLetter(text[i - 1]) || text[i - 1] is '-' or '\'' or '’' or '.')) i--;
            if (i == end) return -1;
            var j = i;
            while (j > start && text[j - 1] is ' ') j--;
            var before = text.AsSpan(start, j - start).Trim(HeadingMarks);
            if (before.IsEmpty || OnlyTimeStamp(before)) return i;
            if (j == i || !char.IsLetter(text[j - 1])) return -1;
            i = j;
        }
        return -1;
    }

    // The speaker of a heading ("Zelenskyy: …", after a time stamp or none) that a source of the paragraph below it names:
    // its name ends in the heading's name (a cited one there, or the one the heading names itself); else null. A heading is
    // a paragraph of one short sentence without a final full stop ("Kursk: …" names a place, no voice of the text below).
    private List<SourceRef>? HeadingSpeaker(Sentence sentence)
    {
        var (text, sentences) = (document.Text, document.Sentences);
        var k = sentence.Index;
        if (!IsHeading(k) || topicLabels.Contains(k) || HeadingColon(sentence) is not (> 0 and var colon)) return null;
        if (HeadingName(text, sentence.Start, colon) is not (>= 0 and var nameStart)) return null;
        foreach (var r in refs[k])
            if (r.Span.Start == nameStart && r.Span.End == colon) return [r with { Role = CitationRole.Speaker }];
        // The last word names the speaker below: "White House:" is the "White House" there, "Zelenskyy:" "Volodymyr Zelenskyy".
        var name = text.AsSpan(nameStart, colon - nameStart);
        name = name[(name.LastIndexOf(' ') + 1)..];
        for (var i = k + 1; i < sentences.Count && sentences[i].Paragraph == sentence.Paragraph + 1; i++)
            foreach (var r in refs[i])
                if (r.IsCited && (EndsWithWord(text.AsSpan(r.Span.Start, r.Span.Length), name) || EndsWithWord(r.Name, name))) return [r];
        // "Lewentz: Spangdahlem hit hard as US pulls 12,000 troops" over "… interior minister Roger Lewentz called the decision
        // wrong": a surname that the paragraph below writes out after a first name is that person, whatever verb follows.
        return WrittenOutBelow(k, name, new TextSpan(nameStart, colon)) is { } person ? [person] : null;
    }

    // The person a heading's surname stands for where the paragraph below, which cites no one, writes it after a capitalised
    // first name and before a lower-case word ("Roger Lewentz called …"); not a place ("at Spangdahlem", "In Kursk": a
    // preposition or article before it), not a country, not a name beside another voice ("The Pentagon said … near the unit
    // of General Ivan Petrenko.").
    private SourceRef? WrittenOutBelow(int k, ReadOnlySpan<char> surname, TextSpan heading)
    {
        var (text, sentences) = (document.Text, document.Sentences);
        if (surname.Length < 3 || closing.Countries.Find(text, heading.Start, heading.End).Count > 0 || IsPlaceBelow(k, surname)) return null;
        for (var i = k + 1; i < sentences.Count && sentences[i].Paragraph == sentences[k].Paragraph + 1; i++)
            foreach (var r in refs[i])
                if (r.IsCited) return null;
        for (var i = k + 1; i < sentences.Count && sentences[i].Paragraph == sentences[k].Paragraph + 1; i++)
        {
            var (start, end) = (sentences[i].Start, sentences[i].End);
            for (var at = start; text.AsSpan(at, end - at).IndexOf(surname, StringComparison.Ordinal) is >= 0 and var found; )
            {
                at += found;
                var after = at + surname.Length;
                var before = at - 1;
                at = after;
                if (after + 2 >= end || text[after] != ' ' || !char.IsLower(text[after + 1]) || before <= start || text[before] != ' ') continue;
                var first = before;
                while (first > start && char.IsLetter(text[first - 1])) first--;
                if (before - first < 2 || !char.IsUpper(text[first]) || !char.IsLower(text[first + 1])) continue;
                // The first name is a name, not the sentence's first word or a capitalised preposition ("In Kursk").
                if (first == start || closing.PlacePrepositions.Contains(text[first..before].ToLowerInvariant())) continue;
                return new SourceRef(heading, text[first..after], SourceKind.Official, null, CitationRole.Speaker, null, IsPerson: true);
            }
        }
        return null;
    }

    // Real headings of live entries run to about 100 characters; a sentence of the body runs longer.
    private const int HeadingLength = 160;

    // Where the name before a heading's colon starts: one to four capitalised words, a person's particles between them
    // ("Abdullah bin Zayed"), after nothing but a time stamp ("14:05 GMT", "09.15", "2:31 pm"); else -1.
    private int HeadingName(string text, int start, int colon)
    {
        var i = colon;
        for (var words = 0; words < 4; words++)
        {
            var end = i;
            while (i > start && (char.IsLetter(text[i - 1]) || text[i - 1] is '-' or '\'' or '’' or '.')) i--;
            if (i == end || !char.IsUpper(text[i]) && (words == 0 || !closing.NameParticles.Contains(text.AsSpan(i, end - i)) || i == start)) return -1;
            var j = i;
            while (j > start && text[j - 1] is ' ') j--;
            if (j == start || text[j - 1] is '\n' or '\r' || j < i && OnlyTimeStamp(text.AsSpan(start, j - start))) return OnlyTimeStamp(text.AsSpan(start, j - start)) ? i : -1;
            if (j == i || !char.IsLetter(text[j - 1])) return -1;
            i = j;
        }
        return -1;
    }

    // Digits with ":" or ".", time zones in capitals ("GMT", "CET"), "am" and "pm", and white space only.
    private static bool OnlyTimeStamp(ReadOnlySpan<char> s)
    {
        foreach (var range in s.SplitAny(" \t\r\n"))
        {
            var token = s[range];
            if (token.IsEmpty || token is "am" or "pm" or "a.m." or "p.m.") continue;
            var digits = true;
            var capitals = token.Length is >= 2 and <= 4;
            foreach (var c in token)
            {
                digits &= char.IsAsciiDigit(c) || c is ':' or '.';
                capitals &= char.IsAsciiLetterUpper(c);
            }
            if (!digits && !capitals) return false;
        }
        return true;
    }

    // "Volodymyr Zelenskyy" ends with the word "Zelenskyy".
    private static bool EndsWithWord(ReadOnlySpan<char> s, ReadOnlySpan<char> word, StringComparison comparison = StringComparison.Ordinal) =>
        s.EndsWith(word, comparison) && (s.Length == word.Length || s[s.Length - word.Length - 1] == ' ');
}

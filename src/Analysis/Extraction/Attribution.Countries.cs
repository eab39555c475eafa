namespace Analysis.Extraction;

// The countries that voices lend and take across a document, and the places of speakers, which are no voices.
internal sealed partial class Attribution
{
    private void InheritCountries()
    {
        // The country of the first group of each role ("South Korean lawmakers"), and below the first
        // country of each named person: one pass each (what FirstOrDefault and GroupBy/First gave).
        var groupCountries = new Dictionary<string, string?>();
        foreach (var list in refs)
            foreach (var r in list)
                if (r is { IsGroup: true, Country: not null, RoleNoun: { } role }) groupCountries.TryAdd(role, r.Country);
        foreach (var list in refs)
            for (var i = 0; i < list.Count; i++)
                if (list[i] is { IsPerson: true, Country: null, RoleNoun: { } noun } && groupCountries.TryGetValue(noun, out var groupCountry))
                    list[i] = list[i] with { Country = groupCountry };
        // The same named person keeps one country everywhere.
        var known = new Dictionary<string, string?>();
        foreach (var list in refs)
            foreach (var r in list)
                if (r.IsPerson && r.Country is not null) known.TryAdd(r.Name, r.Country);
        foreach (var list in refs)
            for (var i = 0; i < list.Count; i++)
                if (list[i] is { IsPerson: true, Country: null } p && known.TryGetValue(p.Name, out var country))
                    list[i] = p with { Country = country };
    }

    // "South Korea's spy agency briefed lawmakers. … , defense officials said": unnamed officials, a military source, with
    // no country of their own are the country's whose state voice (a government, its forces, intelligence or officials)
    // the document cited last before them, as a pronoun is the person's named last. Outlets, think tanks, experts and
    // analysts neither lend a country nor take one. Not to a voice whose sentence names that country's troops or people by
    // its adjective ("North Korea denies it. A government source said 10,000 North Korean troops …"): the subject of a
    // claim is seldom its unnamed speaker.
    private void UnnamedVoicesCountries()
    {
        VoicesInCapitals();
        string? last = null;
        for (var s = 0; s < refs.Length; s++)
            for (var i = 0; i < refs[s].Count; i++)
            {
                var list = refs[s];
                var r = list[i];
                // A group its own adjective names ("Western intelligence agencies", "European diplomats") is no one country's.
                // Nor one whose one word says it is another state's ("some foreign officials": other_state_voice_words; "foreign
                // ministry officials" are a ministry's, the state's).
                if (r is { IsGroup: true, IsPronoun: false, Country: null } && r.IsCited && IsStateVoice(r.Kind) && r.Kind != SourceKind.Official
                    && !(r.Name.Length > 0 && char.IsUpper(r.Name[0])) && !(r.Name.Split(' ') is [var word, _] && closing.OtherStateVoiceWords.Contains(word)))
                {
                    if (last is not null && closing.Countries.Adjective(last) is var adjective
                        && !document.Sentences[s].Text.Contains(adjective + " ", StringComparison.Ordinal))
                        list[i] = r with { Name = $"{adjective} {r.Name}", Country = last };
                }
                else if (r is { IsCited: true, IsPronoun: false, Country: { } country } && IsStateVoice(r.Kind)) last = country;
            }
    }

    // The country of a state body (not a bare country, a person or a group) that a sentence names without citing it.
    private static string? UncitedBody(SourceRef r) =>
        r is { Role: CitationRole.Mentioned, IsPronoun: false, IsGroup: false, IsPerson: false, Country: { } named } && IsStateVoice(r.Kind) && r.Name != named ? named : null;

    private static bool IsStateVoice(SourceKind kind) => kind is SourceKind.Government or SourceKind.Military or SourceKind.Intelligence or SourceKind.Official;

    // "the UN mission in Mali said", "the U.S. embassy at Kyiv said": a name right after a place link ("in", "at"), behind a
    // speaker named before it in its sentence, is where that speaker is, neither a voice of its own nor a cited source.
    private void PlacesOfSpeakers()
    {
        foreach (var sentence in document.Sentences)
        {
            var list = refs[sentence.Index];
            for (var i = list.Count - 1; i > 0; i--)
                if (list[i].Role == CitationRole.Speaker && list[i - 1].Role == CitationRole.Speaker && list[i - 1].Span.End <= list[i].Span.Start
                    && PlaceOfSpeaker(document.Text, sentence.Start, list[i]))
                    list.RemoveAt(i);
        }
    }

    // "a senior Ukrainian official familiar with intelligence data said": a name that a voice's postmodifier leads to
    // (voice_object_postmodifiers, up to three lower-case words after it) is what that voice knows, not a second speaker.
    // Only after another speaker's name: "a source close to the army said", read as one described voice, keeps it.
    private void ObjectsOfSpeakers()
    {
        foreach (var sentence in document.Sentences)
        {
            var list = refs[sentence.Index];
            for (var i = list.Count - 1; i > 0; i--)
                if (list[i].Role == CitationRole.Speaker && list[i - 1].Role == CitationRole.Speaker && list[i - 1].Span.End <= list[i].Span.Start
                    && ObjectOfPostmodifier(document.Text.AsSpan(list[i - 1].Span.End, list[i].Span.Start - list[i - 1].Span.End)))
                    list.RemoveAt(i);
        }
    }

    // Whether the words between two names are a phrase of voice_object_postmodifiers and up to three lower-case words
    // ("close to the", "familiar with the latest"), no mark among them.
    private bool ObjectOfPostmodifier(ReadOnlySpan<char> between)
    {
        between = between.Trim();
        foreach (var phrase in closing.ObjectPostmodifiers)
        {
            if (!between.StartsWith(phrase, StringComparison.Ordinal)) continue;
            var rest = between[phrase.Length..];
            if (rest.Length > 0 && !char.IsWhiteSpace(rest[0])) continue;
            rest = rest.Trim();
            var words = 0;
            foreach (var range in rest.Split(' '))
            {
                var word = rest[range];
                if (word.IsEmpty) continue;
                foreach (var c in word)
                    if (!char.IsLower(c) && c is not ('-' or '\'' or '’')) return false;
                words++;
            }
            return words <= 3;
        }
        return false;
    }

    private bool PlaceOfSpeaker(string text, int sentenceStart, SourceRef r)
    {
        var i = r.Span.Start;
        i = SourceText.SkipWhiteSpaceBack(text, i, sentenceStart);
        // "in the Central African Republic": the article between the link and the name.
        if (i - 4 >= sentenceStart && text.AsSpan(i - 3, 3) is "the" or "The" && char.IsWhiteSpace(text[i - 4]))
            i = SourceText.SkipWhiteSpaceBack(text, i - 3, sentenceStart);
        var end = i;
        while (i > sentenceStart && char.IsLetter(text[i - 1])) i--;
        return end > i && i > sentenceStart && char.IsWhiteSpace(text[i - 1])
            && closing.PlaceLinks.Contains(text.AsSpan(i, end - i));
    }

    // "Britain's envoy … told the Security Council that …", "Gerasimov told President Putin …": whoever a speaker told, other
    // than an outlet, heard it and passed nothing on; neither a link of the figure's chain nor a cited source. An outlet told
    // ("told Reuters") relays it and stays.
    private void QuietAudiences()
    {
        foreach (var list in refs)
            for (var i = 0; i < list.Count; i++)
                if (list[i] is { Role: CitationRole.Audience, AlwaysCited: false } r && !IsMedia(r) && r.Name is not "they"
                    && (r.IsPerson || r.IsGroup || IsStateVoice(r.Kind) || closing.Assemblies.Contains(r.Name[(r.Name.LastIndexOf(' ') + 1)..])))
                    list[i] = r with { Role = CitationRole.Mentioned };
    }

    // "a government source in Seoul told Yonhap", "a military source in Kyiv said": an unnamed voice of no country, placed in a
    // country's capital or the country itself, is that country's ("South Korean government sources"); the place is no voice. A voice named with a qualifier of its own ("a Western diplomat in Bangui") keeps it, and diplomats
    // (posted_voices: "a diplomatic source in Washington") are as often another country's, posted there.
    private void VoicesInCapitals()
    {
        var text = document.Text;
        for (var s = 0; s < refs.Length; s++)
        {
            var list = refs[s];
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not { IsGroup: true, IsPronoun: false, Country: null, IsCited: true } r || IsMedia(r) || r.Name.Length == 0 || !char.IsLower(r.Name[0])
                    || r.Name.Split(' ').Any(closing.PostedVoices.Contains)) continue;
                var at = r.Span.End;
                CountryMention? place;
                if (at + 4 < text.Length && text.AsSpan(at, 4).SequenceEqual(" in "))
                {
                    at += 4;
                    var end = at;
                    while (end < text.Length && (char.IsLetter(text[end]) || text[end] is ' ' or '-' or '.') && end - at < 30) end++;
                    place = closing.Countries.Find(text, at, end) is [var after, ..] && after.Span.Start == at ? after : null;
                }
                // "In Seoul, a government source said": the place that opens the voice's sentence, right before it.
                else place = PlaceOpening(text, document.Sentences[s].Start, r.Span.Start);
                if (place is null || place.IsDemonym) continue;
                var country = place.Country.Name;
                list[i] = r with { Name = $"{closing.Countries.Adjective(country)} {r.Name}", Country = country };
                // The place named with it, if a reference of its own, is where the voice is.
                list.RemoveAll(x => x.Span.Start == place.Span.Start && x != list[i]);
            }
        }
    }

    // "In Seoul, a government source said", "In Kyiv, military officials said": a country or capital right after "In" that opens
    // the sentence, then a comma and at most an article before the voice; else null.
    private CountryMention? PlaceOpening(string text, int sentenceStart, int voice)
    {
        if (voice - sentenceStart > 60 || !text.AsSpan(sentenceStart).StartsWith("In ", StringComparison.Ordinal)) return null;
        var comma = text.IndexOf(',', sentenceStart, voice - sentenceStart);
        if (comma < 0 || text.AsSpan(comma + 1, voice - comma - 1).Trim() is not ("" or "a" or "an" or "the")) return null;
        return closing.Countries.Find(text, sentenceStart + 3, comma) is [var place, ..] && place.Span.Start == sentenceStart + 3 && place.Span.End == comma
            ? place : null;
    }
}

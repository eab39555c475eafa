namespace Analysis.Extraction;

// A country before a headline's colon that only says what the headline is about.
internal sealed partial class Attribution
{
    // The headings whose country label is their topic: no heading speaker of theirs (HeadingSpeaker), no entry label
    // (EntryLabels).
    private readonly HashSet<int> topicLabels = [];

    // "North Korea: Kim Jong Un honors troops killed in Russia", "Ukraine: Zelensky says …", "North Korea: Pyongyang vows …": a
    // country label whose clause after the colon opens with the country's own voice (its capital or name, or one of its people
    // named; at most a few capitalised words, no figure, before it) is the headline's topic, not its speaker. "Seoul: 2,000 North
    // Korean troops killed" and "Seoul: Pyongyang has sent 3,000 more" (another country's voice) stay the label's (headline_colon).
    private void TopicLabel(int k)
    {
        var (text, list) = (document.Text, refs[k]);
        var colon = HeadingColon(document.Sentences[k]);
        if (colon <= 0) return;
        var at = list.FindIndex(r => r is { Role: CitationRole.Speaker, Kind: SourceKind.Government, IsPerson: false, Country: not null } && r.Span.End == colon);
        if (at < 0) return;
        var label = list[at];
        var end = document.Sentences[k].End;
        var own = list.Find(r => r.Span.Start > colon && r.Country == label.Country && !r.IsGroup && (r.IsPerson || r.Kind is SourceKind.Government or SourceKind.Official))?.Span.Start
            ?? (closing.Countries.Find(text, colon + 1, end) is [var first, ..] && !first.IsDemonym && first.Country.Name == label.Country ? first.Span.Start : -1);
        if (own < 0) return;
        var between = text.AsSpan(colon + 1, own - colon - 1).Trim();
        if (between.IndexOfAnyInRange('0', '9') >= 0 || between.IndexOfAny(",;:\"“”'‘’()") >= 0 || between.Count(' ') > 3) return;
        foreach (var range in between.Split(' '))
            if (between[range] is { Length: > 0 } word && !char.IsUpper(word[0]) && !closing.OfficeWords.Contains(word)) return;
        list[at] = label with { Role = CitationRole.Mentioned };
        topicLabels.Add(k);
    }
}

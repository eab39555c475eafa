namespace Analysis.Extraction;

// Voices listed with a serial comma ("South Korea, the U.S., and Ukraine estimate that …").
internal sealed partial class Attribution
{
    // The longest run of text between the first and the last voice of a serial list.
    private const int SerialListLength = 60;

    // The first voices of a serial list whose last one speaks ("South Korea, Japan, and Ukraine estimate") speak with it: the
    // serial comma left them only named.
    private void SerialListSpeakers()
    {
        foreach (var list in refs)
            for (var j = 1; j < list.Count; j++)
            {
                if (list[j].Role != CitationRole.Speaker) continue;
                for (var k = 0; k < j; k++)
                {
                    if (list[k].Role != CitationRole.Mentioned || !SerialListed(list[k], list[j], list)) continue;
                    for (var m = k; m < j; m++)
                        if (list[m].Role == CitationRole.Mentioned && list[m].Kind == list[j].Kind) list[m] = list[m] with { Role = CitationRole.Speaker };
                    break;
                }
            }
    }

    // "South Korea, the U.S., and Ukraine estimate that approximately 10,000 troops were sent", "South Korea, Japan, and Ukraine
    // say": two voices of one kind with only the list's other members between them, each a country named by name or a voice of
    // the sentence, set off by commas, the last by ", and", are coordinated as "Britain, France and Germany said" is: the first
    // named is the origin (DevSet header: owners joined by "and"). The serial comma before "and" left the middle members uncited
    // and the two ends apart.
    private bool SerialListed(SourceRef a, SourceRef b, List<SourceRef> list)
    {
        if (a.IsPronoun || b.IsPronoun || a.IsPerson || b.IsPerson || a.Kind != b.Kind || b.Span.Start <= a.Span.End) return false;
        var text = document.Text;
        var between = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End);
        if (between.Length > SerialListLength || !between.TrimEnd().EndsWith(", and", StringComparison.Ordinal)) return false;
        var members = 0;
        var at = a.Span.End;
        while (at < b.Span.Start)
        {
            // Each member: a comma, an optional "and" and "the", then a name that runs to the next comma.
            while (at < b.Span.Start && text[at] == ' ') at++;
            if (at >= b.Span.Start || text[at] != ',') return false;
            at++;
            foreach (var lead in (string[])[" and ", " the "])
                if (string.CompareOrdinal(text, at, lead, 0, lead.Length) == 0 && at + lead.Length <= b.Span.Start) at += lead.Length - 1;
            while (at < b.Span.Start && text[at] == ' ') at++;
            if (at >= b.Span.Start) break;
            var end = text.IndexOf(',', at, b.Span.Start - at);
            if (end < 0) return false;
            var name = text.AsSpan(at, end - at).TrimEnd();
            var nameEnd = at + name.Length;
            if (name.IsEmpty || !CountryNamed(at, nameEnd) && !list.Exists(r => r.Span.Start == at && r.Span.End == nameEnd)) return false;
            members++;
            at = end;
        }
        return members > 0;
    }

    // Whether text[start..end) is a country's name and nothing else ("Japan", "the U.S."): not a demonym ("Ukrainian"), unless
    // written as initials, which name the country as well ("U.S.", "UK").
    private bool CountryNamed(int start, int end)
    {
        var initials = document.Text.AsSpan(start, end - start).ContainsAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZ.") is false;
        foreach (var m in closing.Countries.Find(document.Text, start, end))
            if ((!m.IsDemonym || initials) && m.Name.Start == start && (m.Name.End == end || m.Span.End == end)) return true;
        return false;
    }
}

namespace Analysis.Extraction;

// A body's spokesperson named between commas right after the title ("The Pentagon spokesman, Jonathan Hoffman, said …").
internal sealed partial class Attribution
{
    // "The Pentagon spokesman, Jonathan Hoffman, explained …", "The UN spokesman, Stephane Dujarric, said …": the body's title
    // (a speaking reference ending in body_spokesperson_ranks) and the name apposed to it are one voice, the person, as they
    // are without the commas ("Pentagon spokesman Jonathan Hoffman said"); the body is only named. Not a name that opens a
    // clause of its own after the title ("The army spokesman, Ahmed Ali and the minister said").
    private void ApposedSpokespeople()
    {
        var text = document.Text;
        foreach (var list in refs)
            for (var k = 0; k + 1 < list.Count; k++)
            {
                var (body, person) = (list[k], list[k + 1]);
                if (body is not { Role: CitationRole.Speaker, IsPerson: false, IsGroup: false, IsPronoun: false } || person is not { Role: CitationRole.Speaker, IsPerson: true, IsPronoun: false }) continue;
                if (!closing.SpokespersonRanks.Any(rank => text.AsSpan(body.Span.Start, body.Span.End - body.Span.Start).EndsWith(rank, StringComparison.OrdinalIgnoreCase)
                    && (body.Span.End - rank.Length == body.Span.Start || text[body.Span.End - rank.Length - 1] == ' '))) continue;
                // Only a comma (and a rank) between the title and the name, and a comma after the name.
                var between = text.AsSpan(body.Span.End, person.Span.Start - body.Span.End).Trim();
                if (!between.StartsWith(",") || !OnlyRanks(between[1..])) continue;
                var after = person.Span.End;
                while (after < text.Length && text[after] == ' ') after++;
                if (after >= text.Length || text[after] != ',') continue;
                list[k] = body with { Role = CitationRole.Mentioned };
            }
    }

    // Whether the words are military ranks only ("Colonel", "Maj. Gen."), or none.
    private bool OnlyRanks(ReadOnlySpan<char> words)
    {
        foreach (var range in words.Split(' '))
            if (words[range] is { IsEmpty: false } word && !closing.MilitaryRanks.Contains(word)) return false;
        return true;
    }
}

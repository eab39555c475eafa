namespace Analysis.Extraction;

using static SourceText;

// A body's spokesperson named between commas right after the title ("The Pentagon spokesman, Jonathan Hoffman, said …", "A
// spokesman for the defence ministry, Jane Doe, said …").
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
                if (!EndsWithPhrase(text.AsSpan(body.Span.Start, body.Span.End - body.Span.Start), closing.SpokespersonRanks) && !RankLinkedBefore(body.Span.Start)) continue;
                // Only a comma (and a rank) between the title and the name, and a comma after the name.
                var between = text.AsSpan(body.Span.End, person.Span.Start - body.Span.End).Trim();
                if (!between.StartsWith(",") || !OnlyRanks(between[1..])) continue;
                var after = person.Span.End;
                while (after < text.Length && text[after] == ' ') after++;
                if (after >= text.Length || text[after] != ',') continue;
                list[k] = body with { Role = CitationRole.Mentioned };
            }
    }

    // "A spokesman for the Afghan Defense Ministry, Ahmad Karimi, said …", "Deputy spokeswoman for the Kenyan police, Mary
    // Wanjiru, confirmed …": the title stands before the body, joined to it by spokesperson_body_links ("for", then "the" or
    // nothing), and the name apposed after the body is the voice, as it is after "The Pentagon spokesman,".
    private bool RankLinkedBefore(int bodyStart)
    {
        var before = document.Text.AsSpan(0, bodyStart).TrimEnd();
        if (LastWord(before) is var article && article.Equals("the", StringComparison.OrdinalIgnoreCase)) before = before[..^article.Length].TrimEnd();
        var link = LastWord(before);
        if (link.IsEmpty || !closing.SpokespersonBodyLinks.Contains(link)) return false;
        return EndsWithPhrase(before[..^link.Length].TrimEnd(), closing.SpokespersonRanks);

        static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> s)
        {
            var start = s.Length;
            while (start > 0 && char.IsLetter(s[start - 1])) start--;
            return start > 0 && s[start - 1] != ' ' ? [] : s[start..];
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

namespace Analysis.Extraction;

// Two speakers joined by "and" when the second's own title stands between them.
internal sealed partial class Attribution
{
    // The most capitalised words of a title written before the second name ("Maine Gov.", "Democratic Party Rep.", "Police Chief").
    private const int PartnerTitleWords = 4;
    // The longest text between the two names: an "of" phrase, "and" and a title, never a clause.
    private const int PartnerGapChars = 80;

    // "Vermont Gov. A and Maine Gov. B said", "Defense Minister A and Foreign Minister B said", "Gen. A and Col. B confirmed", "Gov. A
    // of Vermont and Gov. B of Maine announced": the second name's title (and the place or office after the first name) stands
    // between the two, yet they speak together, and the first named is the origin (the DevSet header: owners joined by "and").
    // Between them: at most an "of" phrase without a mark, then "and" (a comma before it or not) or a list's comma, then one to
    // four capitalised words and nothing else, the second a person whose title they are.
    private static bool TitledPartner(string between, SourceRef b)
    {
        if (!b.IsPerson || between.Length > PartnerGapChars || between.AsSpan().IndexOfAny(";:()\"“”") >= 0) return false;
        // "Gov. A, Gov. B and Gov. C": a list's comma before the next member's title.
        if (between.StartsWith(", ", StringComparison.Ordinal) && !between.StartsWith(", and ", StringComparison.Ordinal))
            return PartnerTitle(between.AsSpan(2).Trim());
        var and = between.StartsWith("and ", StringComparison.Ordinal) ? 0
            : between.StartsWith(", and ", StringComparison.Ordinal) ? 2
            : between.StartsWith("of ", StringComparison.Ordinal) && between.IndexOf(" and ", StringComparison.Ordinal) is var at and > 0 ? at + 1 : -1;
        if (and < 0) return false;
        // "of Vermont and": the first's place or office, one phrase with no comma and no other "and".
        if (and > 2 && between.AsSpan(0, and).IndexOf(',') >= 0) return false;
        return PartnerTitle(between.AsSpan(and + 4).Trim());
    }

    // Whether the words are one to four capitalised words and nothing else: the title of the name after them.
    private static bool PartnerTitle(ReadOnlySpan<char> title)
    {
        if (title.IsEmpty) return false;
        var words = 0;
        foreach (var range in title.Split(' '))
        {
            var word = title[range];
            if (word.IsEmpty) continue;
            if (++words > PartnerTitleWords || !char.IsUpper(word[0])) return false;
            foreach (var c in word)
                if (!char.IsLetter(c) && c is not ('.' or '-' or '\'' or '’')) return false;
        }
        return words > 0;
    }
}

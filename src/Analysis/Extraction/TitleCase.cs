namespace Analysis.Extraction;

/// <summary>
/// Whether a line is written in title case, as some outlets write headlines ("Rwanda Deploys 1,000 Troops To Mozambique",
/// "Russia Mobilises Reservists As Losses Mount"): every word of four letters or more starts with a capital, there are at
/// least three of them, and the line is not all capitals. On such a line a capital says nothing of a name, so the cue words
/// that are matched with their case elsewhere are read whatever their case.
/// </summary>
internal static class TitleCase
{
    // The fewest long words a title-case line has: "Troops Killed" alone is too short to tell.
    private const int LongWords = 3;

    // A long word: four letters or more ("said", "troops"); shorter ones ("to", "in", "as", "of") are often lower case in titles.
    private const int LongWord = 4;

    /// <summary>Whether text[start..end) is in title case.</summary>
    public static bool Is(string text, int start, int end)
    {
        var (words, lower) = (0, false);
        for (var i = start; i < end;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var from = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] is '\'' or '’')) i++;
            for (var k = from + 1; k < i && !lower; k++) lower = char.IsLower(text[k]);
            if (i - from < LongWord) continue;
            // "said", "troops": a long word in lower case is prose.
            if (!char.IsUpper(text[from])) return false;
            words++;
        }
        return words >= LongWords && lower;
    }
}

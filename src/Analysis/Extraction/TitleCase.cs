namespace Analysis.Extraction;

/// <summary>
/// Whether a line is written in title case, as some outlets write headlines ("Rwanda Deploys 1,000 Troops To Mozambique",
/// "Russia Mobilises Reservists As Losses Mount"): every word of four letters or more starts with a capital, there are enough
/// of them, and the line is not all capitals. On such a line a capital says nothing of a name, so the cue words that are matched
/// with their case elsewhere are read whatever their case (FigureKind), and so are its speech verbs (TitleCaseLines).
/// </summary>
internal static class TitleCase
{
    // The fewest long words a title-case line has for its kind cues: "Troops Killed" alone is too short to tell.
    private const int LongWords = 3;

    // A long word: four letters or more ("said", "troops"); shorter ones ("to", "in", "as", "of") are often lower case in titles.
    private const int LongWord = 4;

    /// <summary>Whether text[start..end) is in title case.</summary>
    public static bool Is(string text, int start, int end) => Is(text.AsSpan(start, end - start), LongWords, hyphenJoins: false);

    /// <summary>Whether the line is in title case with at least <paramref name="minimumLongWords"/> long words; with
    /// <paramref name="hyphenJoins"/> a hyphenated word is one word ("Russia-backed" is a capitalised long word).</summary>
    public static bool Is(ReadOnlySpan<char> line, int minimumLongWords, bool hyphenJoins)
    {
        var (words, lower) = (0, false);
        for (var i = 0; i < line.Length;)
        {
            if (!char.IsLetter(line[i])) { i++; continue; }
            var from = i;
            while (i < line.Length && (char.IsLetter(line[i]) || line[i] is '\'' or '’' || hyphenJoins && line[i] == '-')) i++;
            for (var k = from + 1; k < i && !lower; k++) lower = char.IsLower(line[k]);
            if (i - from < LongWord) continue;
            // "said", "troops": a long word in lower case is prose.
            if (!char.IsUpper(line[from])) return false;
            words++;
        }
        return words >= minimumLongWords && lower;
    }
}

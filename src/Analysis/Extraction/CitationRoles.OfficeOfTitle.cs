namespace Analysis.Extraction;

/// <summary>
/// "This was stated by President of Ukraine Volodymyr Zelenskyy", "according to Commander-in-Chief of the Armed Forces of
/// Ukraine Oleksandr Syrskyi": translated copy names the office a title is of, with no article, between the title and its
/// holder. The cue before the title cites the holder as it does past "President Vladimir Putin"; the office is part of the title.
/// </summary>
internal sealed partial class CitationRoles
{
    // Most words an office's name runs on over ("of the Main Intelligence Directorate of the Ministry of Defense of Ukraine").
    private const int OfficeWordsMost = 12;

    // Whether text[from..to) is the office a title is of and nothing else: " of " or " for " first, then only capitalised
    // words, "of", "for", "the" and "and" between two capitalised words, ending in white space before the holder's name.
    private static bool OfficeOfTitle(string text, int from, int to)
    {
        if (to - from < 5) return false;
        if (string.CompareOrdinal(text, from, " of ", 0, 4) != 0 && string.CompareOrdinal(text, from, " for ", 0, 5) != 0) return false;
        var (words, capitalised, lastLinked) = (0, false, false);
        for (var i = from; i < to;)
        {
            while (i < to && text[i] == ' ') i++;
            if (i == to) break;
            var j = i;
            while (j < to && (char.IsLetter(text[j]) || text[j] is '-' or '.')) j++;
            if (j == i || (j < to && text[j] != ' ') || ++words > OfficeWordsMost) return false;
            var word = text.AsSpan(i, j - i);
            if (char.IsUpper(word[0])) (capitalised, lastLinked) = (true, false);
            else if (word is "of" or "for" or "the" || (word is "and" && capitalised && !lastLinked)) lastLinked = true;
            else return false;
            i = j;
        }
        // The office ends in a capitalised word ("of Ukraine"), not in a link before the name.
        return capitalised && !lastLinked && char.IsWhiteSpace(text[to - 1]);
    }
}

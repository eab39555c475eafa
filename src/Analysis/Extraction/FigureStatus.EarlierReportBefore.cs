namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// earlier_before's commonest match read word by word: an adjective of an earlier report, up to two words, and a report
/// noun, with no "." or ";" after them ("up from an earlier estimate of 3,000").
/// </summary>
internal sealed partial class TroopCountFinder
{
    // earlier_adjectives and report_nouns of one lower-case ASCII word, as written (see EarlierReportBefore); first_report_adjectives
    // ("a first assessment") are left out: the pattern's look-ahead turns them away after "a" or "an".
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> earlierReportAdjectives, earlierReportNouns;

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerWords(Lexicon lexicon, string list, string? except = null) =>
        lexicon.Words(list).Except(except is null ? [] : lexicon.Words(except))
            .Where(w => w.Length > 0 && w.All(char.IsAsciiLetterLower)).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Whether earlier_before's branch of an earlier report matches `before`: past its last "." or ";", a word of earlier_adjectives,
    // white space, up to two words of word characters, apostrophes and hyphens each followed by white space, then a word that
    // opens with a report noun followed by no word character. Read strictly (ASCII only, words in their lower case, which the
    // pattern's ignored case matches in any culture), so that true is a match of the pattern; false says nothing, and the
    // pattern decides. The pattern costs about 13 µs where it matches; this, well under one.
    private bool EarlierReportBefore(ReadOnlySpan<char> before)
    {
        var s = before[(before.LastIndexOfAny('.', ';') + 1)..];
        if (s.ContainsAnyExceptInRange('\0', '\x7f')) return false;
        // Words are the runs between white space; the adjective's index (-1: none yet).
        var adjective = -1;
        var index = 0;
        for (var i = 0; i < s.Length; index++)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            if (i == s.Length) return false;
            var end = i;
            while (end < s.Length && !char.IsWhiteSpace(s[end])) end++;
            var word = s[i..end];
            if (adjective >= 0 && index - adjective <= 3 && NounOpens(word)) return true;
            if (adjective >= 0 && !IsFiller(word)) adjective = -1;
            if (end < s.Length && earlierReportAdjectives.Contains(word)) adjective = index;
            i = end;
        }
        return false;
    }

    // A report noun followed by no word character ("estimate", "estimate's", "figures,").
    private bool NounOpens(ReadOnlySpan<char> word)
    {
        var n = 0;
        while (n < word.Length && char.IsAsciiLetterLower(word[n])) n++;
        return n > 0 && (n == word.Length || !(char.IsAsciiLetterOrDigit(word[n]) || word[n] == '_')) && earlierReportNouns.Contains(word[..n]);
    }

    // A word the pattern passes over between the adjective and the noun: word characters, apostrophes and hyphens.
    private static bool IsFiller(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!(char.IsAsciiLetterOrDigit(c) || c is '_' or '\'' or '-')) return false;
        return true;
    }

    // The reader and the pattern side by side, for the test that holds them equal (Gates/EarlierReportReaderTests).
    internal bool EarlierReportBeforeShortcut(ReadOnlySpan<char> before) => EarlierReportBefore(before);

    internal bool EarlierBeforePattern(ReadOnlySpan<char> before) => earlierBefore.IsMatch(before);
}

namespace Analysis.Timeline;

using Analysis.Vocabulary;

/// <summary>
/// Where a summary's line starts to trail off: a comma, white space and a word of <c>summary_trailing_after_comma</c>
/// (", raising fears"), white space and a word of <c>summary_trailing_words</c> (" amid fears"), a semicolon, or a dash
/// between spaces. Read as the pattern <c>,\s+AFTER_COMMA\b|\s+WORDS\b|;|\s[—–-]\s</c> would (case ignored): the first
/// place any of them starts.
/// </summary>
internal sealed class TrailingClause(IEnumerable<string> afterComma, IEnumerable<string> words)
{
    private readonly string[] afterComma = [.. afterComma];
    private readonly string[] words = [.. words];

    /// <summary>Where the first trailing piece of <paramref name="s"/> starts; -1 when there is none.</summary>
    public int Find(string s)
    {
        var n = s.Length;
        for (var i = 0; i < n; i++)
        {
            var c = s[i];
            if (c == ';') return i;
            if (c == ',')
            {
                if (i + 1 < n && char.IsWhiteSpace(s[i + 1]) && PhraseAt(s, Blank(s, i + 1), afterComma)) return i;
                continue;
            }
            if (!char.IsWhiteSpace(c)) continue;
            if (i + 2 < n && s[i + 1] is '—' or '–' or '-' && char.IsWhiteSpace(s[i + 2])) return i;
            // A word after the white space: the run is taken whole, so its first character is where the piece starts
            // (a later one of the same run cannot do better).
            if ((i == 0 || !char.IsWhiteSpace(s[i - 1])) && PhraseAt(s, Blank(s, i), words)) return i;
        }
        return -1;
    }

    // A phrase of the list at `at`, and a word boundary (\b) right after it.
    private static bool PhraseAt(string s, int at, string[] phrases)
    {
        foreach (var phrase in phrases)
            if (PhraseLiteral.Length(s, at, s.Length, phrase, ignoreCase: true) is > 0 and var length &&
                IsWord(s[at + length - 1]) != (at + length < s.Length && IsWord(s[at + length])))
                return true;
        return false;
    }

    // A character \b counts as a word's: \w, and the zero-width joiners.
    private static bool IsWord(char c) => CueIndex.IsWordCharacter(c) || c is '\u200D' or '\u200C';

    private static int Blank(string s, int at)
    {
        while (at < s.Length && char.IsWhiteSpace(s[at])) at++;
        return at;
    }
}

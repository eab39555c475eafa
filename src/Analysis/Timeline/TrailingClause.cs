using System.Buffers;

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
    private readonly PhrasesByFirstCharacter afterComma = new(afterComma), words = new(words);

    // Where the next word starts with none of these, no phrase of the list is tried.
    private readonly SearchValues<char> afterCommaOpeners = PhraseLiteral.Openers(afterComma, ignoreCase: true), wordOpeners = PhraseLiteral.Openers(words, ignoreCase: true);

    /// <summary>Where the first trailing piece of <paramref name="s"/> starts; -1 when there is none.</summary>
    public int Find(string s)
    {
        var n = s.Length;
        for (var i = 0; i < n; i++)
        {
            // Only a semicolon, a comma or white space can start a piece: the characters between are skipped at once.
            var skip = s.AsSpan(i).IndexOfAny(Stops);
            if (skip < 0) return -1;
            i += skip;
            var c = s[i];
            if (c == ';') return i;
            if (c == ',')
            {
                if (i + 1 < n && char.IsWhiteSpace(s[i + 1]) && PhraseAt(s, PhraseLiteral.SkipWhiteSpace(s, i + 1, s.Length), afterComma, afterCommaOpeners)) return i;
                continue;
            }
            if (!char.IsWhiteSpace(c)) continue;
            if (i + 2 < n && s[i + 1] is '—' or '–' or '-' && char.IsWhiteSpace(s[i + 2])) return i;
            // A word after the white space: the run is taken whole, so its first character is where the piece starts
            // (a later one of the same run cannot do better).
            if ((i == 0 || !char.IsWhiteSpace(s[i - 1])) && PhraseAt(s, PhraseLiteral.SkipWhiteSpace(s, i, s.Length), words, wordOpeners)) return i;
        }
        return -1;
    }

    /// <summary>
    /// Where the first piece of <paramref name="s"/> that needs no word of the lists starts (a semicolon, or the white space
    /// before a dash between white space); -1 when there is none. <see cref="Find"/> gives the same on a line that holds no
    /// word of either list, without trying the lists at every word.
    /// </summary>
    public static int FindPunctuation(string s)
    {
        for (var at = 0; s.AsSpan(at).IndexOfAny(Punctuation) is var skip and >= 0; at++)
        {
            at += skip;
            if (s[at] == ';') return at;
            if (at > 0 && char.IsWhiteSpace(s[at - 1]) && at + 1 < s.Length && char.IsWhiteSpace(s[at + 1])) return at - 1;
        }
        return -1;
    }

    private static readonly SearchValues<char> Punctuation = SearchValues.Create(";—–-");

    private static readonly SearchValues<char> Stops =
        SearchValues.Create([';', ',', .. WhiteSpace.Characters]);

    // A phrase of the list at `at`, and a word boundary (\b) right after it.
    private static bool PhraseAt(string s, int at, PhrasesByFirstCharacter phrases, SearchValues<char> openers)
    {
        if (at == s.Length || !openers.Contains(s[at])) return false;
        foreach (var phrase in phrases.At(s[at]))
            if (PhraseLiteral.EndOf(s, at, s.Length, phrase, ignoreCase: true) is var end && end > at &&
                PhraseLiteral.IsBoundary(s, 0, s.Length, end))
                return true;
        return false;
    }
}

namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The token helpers the source rules read a sentence with: a word is a run of letters, digits and _ (what a regex's
/// \w and \b see); positions are offsets in the string given. None of them allocates.
/// </summary>
internal static class SourceText
{
    public static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Whether a quotation is open after `c`: “ and « open, ” and » close, a straight double quote turns it.</summary>
    public static bool QuoteState(char c, bool open) => c switch
    {
        '“' or '«' => true,
        '”' or '»' => false,
        '"' => !open,
        _ => open,
    };

    /// <summary>Whether a quotation is open at `at` (<see cref="QuoteState"/> read from the start of s).</summary>
    public static bool QuoteOpenAt(string s, int at)
    {
        var open = false;
        for (var i = 0; i < at; i++) open = QuoteState(s[i], open);
        return open;
    }

    // Whether the text holds a year of four digits from 1900 to 2099 ("Updated 29 October 2024", "| 20 August 2014").
    public static bool HasYear(ReadOnlySpan<char> text)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
            if ((i == 0 || !char.IsDigit(text[i - 1])) && text[i] is '1' or '2' && text[i + 1] is '9' or '0' && char.IsDigit(text[i + 2]) && char.IsDigit(text[i + 3])
                && (i + 4 == text.Length || !char.IsDigit(text[i + 4])))
                return true;
        return false;
    }

    public static int WordEnd(string s, int at)
    {
        while (at < s.Length && IsWord(s[at])) at++;
        return at;
    }

    public static int SkipWhiteSpace(string s, int at)
    {
        while (at < s.Length && char.IsWhiteSpace(s[at])) at++;
        return at;
    }

    // "stationed in Arbil, Iraq, …": whether the country c follows a city's comma, so names where the city is (not the owner of a
    // body the sentence names bare, nor another voice); not where the word before the comma is a state itself ("officials in
    // Seoul, Tokyo and Washington said").
    public static bool CountryOfCity(string s, CountryName c, List<CountryName> countries) =>
        CityBeforeComma(s, c.Span.Start) is var city and >= 0 && !countries.Exists(o => o.Span.End == city && o.Country != c.Country);

    // Where the city that a comma right before `at` closes ends ("in Arbil, |Iraq", "Kandahar, |Afghanistan"), or -1: one or two
    // capitalised words of letters, the comma and white space, after a lower-case word ("in", "near").
    private static int CityBeforeComma(string s, int at)
    {
        var p = SkipWhiteSpaceBack(s, at);
        if (p == at || p < 2 || s[p - 1] != ',') return -1;
        var e = p - 1;
        var b = e;
        while (b > 0 && (char.IsLetter(s[b - 1]) || s[b - 1] is '-' or '\'' or '’')) b--;
        if (b == e || !char.IsUpper(s[b])) return -1;
        // One or two capitalised words make the city ("Arbil", "Tarin Kot", "Dar es Salaam" is left).
        var w = SkipWhiteSpaceBack(s, b);
        if (w < b && w > 0 && char.IsLetter(s[w - 1]))
        {
            var b2 = w;
            while (b2 > 0 && char.IsLetter(s[b2 - 1])) b2--;
            if (char.IsUpper(s[b2])) { b = b2; w = SkipWhiteSpaceBack(s, b); }
        }
        if (w == b || w == 0) return -1;
        var wb = w;
        while (wb > 0 && char.IsLetter(s[wb - 1])) wb--;
        return wb < w && char.IsLower(s[wb]) ? e : -1;
    }

    // Where the next item of a list starts after an item ending at `end`: past ", ", " and " or ", and "; else -1 ("U.S. and
    // South Korean officials", "South Korean, Ukrainian and Western estimates").
    public static int ListItemAfter(string s, int end)
    {
        var p = end < s.Length && s[end] == ',' ? end + 1 : end;
        var q = SkipWhiteSpace(s, p);
        if (q == p) return -1;
        var e = WordEnd(s, q);
        if (s.AsSpan(q, e - q) is "and") return SkipWhiteSpace(s, e) is var r && r > e ? r : -1;
        return p > end ? q : -1;
    }

    // Whether the joiner ListItemAfter read between an item ending at `end` and the next at `next` holds "and": a list ends
    // with "and" before its last item ("British, French and German officials"); a comma alone joins two readings
    // ("Indonesian, Lebanese military sources").
    public static bool JoinedByAnd(string s, int end, int next) =>
        s.AsSpan(end, next - end).TrimEnd().EndsWith("and", StringComparison.Ordinal);

    // The word after the white space at `at` ("Syrian television| reported": "reported"); empty where no white space or no
    // word follows.
    public static ReadOnlySpan<char> WordAfter(string s, int at)
    {
        var w = SkipWhiteSpace(s, at);
        return w == at || WordEnd(s, w) is var e && e <= w ? [] : s.AsSpan(w, e - w);
    }

    // Where the white space that ends at `at` starts (back to the text's start, or to `start`).
    public static int SkipWhiteSpaceBack(string s, int at) => SkipWhiteSpaceBack(s, at, 0);

    public static int SkipWhiteSpaceBack(string s, int at, int start)
    {
        while (at > start && char.IsWhiteSpace(s[at - 1])) at--;
        return at;
    }

    // Whether s[from..to) is white space and not empty.
    public static bool IsWhiteSpace(string s, int from, int to)
    {
        if (to <= from) return false;
        for (var i = from; i < to; i++)
            if (!char.IsWhiteSpace(s[i])) return false;
        return true;
    }

    public static bool EndsInWhiteSpace(ReadOnlySpan<char> text) => text.Length > 0 && char.IsWhiteSpace(text[^1]);

    // Whether `text` ends with `words` (any case) after a non-letter or nothing ("Pentagon's men" ends with "men", "women" does not).
    public static bool EndsWithWords(ReadOnlySpan<char> text, string words) =>
        text.EndsWith(words, StringComparison.OrdinalIgnoreCase) && (text.Length == words.Length || !char.IsLetter(text[^(words.Length + 1)]));

    // Whether `text` ends with one of `phrases` (any case) that starts it or follows a space ("Pentagon spokesman" ends with
    // "spokesman", "unspokesman" does not).
    public static bool EndsWithPhrase(ReadOnlySpan<char> text, ReadOnlySpan<string> phrases)
    {
        foreach (var phrase in phrases)
            if (text.EndsWith(phrase, StringComparison.OrdinalIgnoreCase) && (text.Length == phrase.Length || text[^(phrase.Length + 1)] == ' ')) return true;
        return false;
    }

    // The end of the head word at `at` when it is one of `words` (exactly, a whole word), else null.
    public static int? WordAt(string s, int at, WordSet words) =>
        WordEnd(s, at) is var e && e > at && words.Contains(s.AsSpan(at, e - at)) ? e : null;

    // The end of the longest phrase of `phrases` at `at` (words exactly, white space between), or 0. Without
    // wholeWord, a phrase's words are runs up to white space ("high-ranking"); with it, words end where \w does.
    public static int PhraseAt(string s, int at, PhraseTable table, bool wholeWord = false)
    {
        var best = 0;
        foreach (var phrase in table.At(s, at))
        {
            var p = at;
            var ok = true;
            for (var w = 0; w < phrase.Length && ok; w++)
            {
                if (w > 0)
                {
                    var q = SkipWhiteSpace(s, p);
                    if (q == p) { ok = false; break; }
                    p = q;
                }
                ok = string.CompareOrdinal(s, p, phrase[w], 0, phrase[w].Length) == 0 && p + phrase[w].Length <= s.Length;
                p += phrase[w].Length;
            }
            if (!ok) continue;
            if (wholeWord ? p < s.Length && IsWord(s[p]) : p < s.Length && !char.IsWhiteSpace(s[p])) continue;
            best = Math.Max(best, p);
        }
        return best;
    }

    // The word (lower-case letters and hyphens) that ends right before the white space before `at`, and where it starts;
    // false when there is none at or after `from`.
    public static bool TryWordBefore(string s, int at, int from, out ReadOnlySpan<char> word, out int start)
    {
        word = [];
        start = at;
        var e = at;
        e = SkipWhiteSpaceBack(s, e, from);
        if (e == at || e == from) return false;
        var b = e;
        while (b > from && (char.IsAsciiLetterLower(s[b - 1]) || s[b - 1] == '-')) b--;
        if (b == e) return false;
        word = s.AsSpan(b, e - b);
        start = b;
        return true;
    }

    // The word (a run of what a regex's \w matches) that ends before `at`, skipping anything else first, and where it starts.
    public static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int at, out int start)
    {
        var e = at;
        while (e > 0 && !CueIndex.IsWordCharacter(text[e - 1])) e--;
        start = e;
        while (start > 0 && CueIndex.IsWordCharacter(text[start - 1])) start--;
        return text[start..e];
    }

    // The start of the run of non-white-space before `at` (white space between), or -1 when there is none.
    public static int WordStartBefore(ReadOnlySpan<char> text, int at)
    {
        var e = at;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        var wordStart = e;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        return wordStart < e ? wordStart : -1;
    }

    // The length of the run of letters at `at`.
    public static int LetterRun(ReadOnlySpan<char> s, int at)
    {
        var j = at;
        while (j < s.Length && char.IsLetter(s[j])) j++;
        return j - at;
    }

    // The text before the first space, as Split(' ')[0] gives it.
    public static string FirstWord(string s) => s.IndexOf(' ') is var i and >= 0 ? s[..i] : s;

    // Words in capitals, two letters or more ("UNN", "JNIM").
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2) return false;
        // "RTÉ": a capital of any script, as long as one is ASCII.
        foreach (var c in word)
            if (!char.IsUpper(c)) return false;
        return word.ContainsAnyInRange('A', 'Z');
    }

    // One space between words, no other white space, ' for ’.
    public static string Normalize(string s) =>
        IsNormal(s) ? s : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'');

    // Whether Normalize would give s back: single spaces between words, no other white space, no ’.
    public static bool IsNormal(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
            if (s[i] == '’' || (char.IsWhiteSpace(s[i]) && (s[i] != ' ' || i == 0 || i == s.Length - 1 || s[i - 1] == ' ')))
                return false;
        return true;
    }
}

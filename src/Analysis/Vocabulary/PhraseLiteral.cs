using System.Buffers;

namespace Analysis.Vocabulary;

/// <summary>
/// A phrase of a word list read at one place of a text as a lexicon pattern reads it (<c>Lexicon.Alternation</c>):
/// each run of spaces in the phrase matches at least as many white-space characters, ' matches ’, and letters match
/// in either case when asked. The rules that read from their cue outward (a number, a verb, a date word) use it in
/// place of a pattern tried at every word.
/// </summary>
internal static class PhraseLiteral
{
    /// <summary>Where <paramref name="phrase"/> ends when it starts exactly at <paramref name="at"/> (reading no further than <paramref name="end"/>), or -1.</summary>
    public static int EndOf(string text, int at, int end, string phrase, bool ignoreCase)
    {
        var i = at;
        for (var k = 0; k < phrase.Length; k++)
        {
            var c = phrase[k];
            if (c == ' ')
            {
                var spaces = 1;
                while (k + 1 < phrase.Length && phrase[k + 1] == ' ') (k, spaces) = (k + 1, spaces + 1);
                var run = 0;
                while (i < end && char.IsWhiteSpace(text[i])) (i, run) = (i + 1, run + 1);
                if (run < spaces) return -1;
                continue;
            }
            if (i == end || !Same(text[i], c, ignoreCase)) return -1;
            i++;
        }
        return i;
    }

    /// <summary>Where <paramref name="phrase"/> starts when it ends exactly at <paramref name="end"/> (reading no further back than <paramref name="start"/>), or -1.</summary>
    public static int StartOf(string text, int start, int end, string phrase, bool ignoreCase)
    {
        var i = end;
        for (var k = phrase.Length - 1; k >= 0; k--)
        {
            var c = phrase[k];
            if (c == ' ')
            {
                var spaces = 1;
                while (k > 0 && phrase[k - 1] == ' ') (k, spaces) = (k - 1, spaces + 1);
                var run = 0;
                while (i > start && char.IsWhiteSpace(text[i - 1])) (i, run) = (i - 1, run + 1);
                if (run < spaces) return -1;
                continue;
            }
            if (i == start || !Same(text[i - 1], c, ignoreCase)) return -1;
            i--;
        }
        return i;
    }

    /// <summary>Whether text[at] is a word boundary of text[start..end) as a pattern's \b reads it: a word character (<see cref="IsBoundaryWordCharacter"/>) on one side only.</summary>
    public static bool IsBoundary(string text, int start, int end, int at) =>
        (at > start && IsBoundaryWordCharacter(text[at - 1])) != (at < end && IsBoundaryWordCharacter(text[at]));

    /// <summary>
    /// A character that a pattern's \b counts as a word's: \w (<see cref="CueIndex.IsWordCharacter"/>) and the zero-width
    /// joiner and non-joiner, which join the parts of one word (Persian and Indic words, emoji sequences).
    /// </summary>
    public static bool IsBoundaryWordCharacter(char c) => CueIndex.IsWordCharacter(c) || c is '\u200D' or '\u200C';

    /// <summary>Where the white space at <paramref name="at"/> ends (at most <paramref name="end"/>).</summary>
    public static int SkipWhiteSpace(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at])) at++;
        return at;
    }

    /// <summary>Every character <see cref="EndOf"/> can find one of <paramref name="phrases"/> starting with: where the text has none, no phrase is there.</summary>
    public static SearchValues<char> Openers(IEnumerable<string> phrases, bool ignoreCase)
    {
        var firsts = phrases.Where(p => p.Length > 0).Select(p => p[0] is '’' ? '\'' : p[0]).ToHashSet();
        if (firsts.Contains('\'')) firsts.Add('’');
        if (!ignoreCase) return SearchValues.Create([.. firsts]);
        // Every character whose upper or lower case is a first character's, as Same reads them.
        var (upperOf, lowerOf) = (UpperCases.Value, LowerCases.Value);
        var (upper, lower) = (firsts.Select(c => upperOf[c]).ToHashSet(), firsts.Select(c => lowerOf[c]).ToHashSet());
        var openers = new List<char>();
        for (var c = char.MinValue; ; c++)
        {
            if (firsts.Contains(c) || upper.Contains(upperOf[c]) || lower.Contains(lowerOf[c])) openers.Add(c);
            if (c == char.MaxValue) break;
        }
        return SearchValues.Create([.. openers]);
    }

    // char.ToUpperInvariant and char.ToLowerInvariant of every UTF-16 code unit, at index c: Openers reads all 65,536,
    // and asked one character at a time each non-ASCII one is a call into ICU (the pipeline's three Openers cost about
    // 5 ms of CPU at each start). One string conversion does them all in one call, and maps each character on its own,
    // as char.ToUpperInvariant does (PhraseLiteralTests checks every one).
    internal static readonly Lazy<string> UpperCases = new(() => EveryCodeUnit().ToUpperInvariant());
    internal static readonly Lazy<string> LowerCases = new(() => EveryCodeUnit().ToLowerInvariant());

    private static string EveryCodeUnit() =>
        string.Create(char.MaxValue + 1, 0, static (span, _) => { for (var i = 0; i < span.Length; i++) span[i] = (char)i; });

    // A phrase's character against the text's: ' is either apostrophe; a letter in either case is the same letter
    // (upper or lower case alike: "ſ" reads as "s", as a pattern's IgnoreCase reads it).
    private static bool Same(char text, char phrase, bool ignoreCase) =>
        phrase is '\'' or '’' ? text is '\'' or '’'
            : text == phrase || ignoreCase && (char.ToUpperInvariant(text) == char.ToUpperInvariant(phrase) || char.ToLowerInvariant(text) == char.ToLowerInvariant(phrase));
}

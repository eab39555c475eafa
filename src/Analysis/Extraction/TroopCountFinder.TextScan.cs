using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Small scans of the sentence text shared by the figure rules: spaces, phrases a few words back, numbers within
/// a span, masked spans.
/// </summary>
internal sealed partial class TroopCountFinder
{
    // Whether a number of the sentence starts in text[from..to).
    private static bool QuantityWithin(IReadOnlyList<Quantity> quantities, int from, int to)
    {
        for (var i = 0; i < quantities.Count; i++)
            if (quantities[i].Span.Start >= from && quantities[i].Span.Start < to) return true;
        return false;
    }

    // Where a regex first matches in a span (what Match(string) would say of the same characters), or null.
    private static (int Index, int Length)? First(Regex regex, ReadOnlySpan<char> input)
    {
        foreach (var m in regex.EnumerateMatches(input)) return (m.Index, m.Length);
        return null;
    }

    // Whether a phrase of `matcher` lies in the `window` characters before text[at] (not before `start`), with none of the
    // `stops` characters between its end and the number.
    private static bool PhraseBefore(PhraseMatcher matcher, string text, int start, int at, int window, string stops)
    {
        foreach (var (phrase, _) in matcher.Find(text, Math.Max(start, at - window), at))
            if (text.AsSpan(phrase.End, at - phrase.End).IndexOfAny(stops) < 0) return true;
        return false;
    }

    // Where the clause that goes on after text[from] ends: at most `reach` characters on (and not past end), before the first
    // of `breaks` ("the order put 265,322 reservists on active duty, ..." ends at the comma).
    internal static int ClauseEndAfter(string text, int from, int end, int reach, string breaks)
    {
        var to = Math.Min(end, from + reach);
        return text.AsSpan(from, to - from).IndexOfAny(breaks) is var stop and >= 0 ? from + stop : to;
    }

    // Where a phrase of `phrases` starts that ends a word at most `words` words (no punctuation) before `at`, or -1.
    private static int PhraseBefore(AdjacentPhrases phrases, string text, int start, int at, int words)
    {
        var i = at;
        for (var k = 0; k <= words; k++)
        {
            var end = i;
            end = SourceText.SkipWhiteSpaceBack(text, end, start);
            if (end == start || (k == 0 && end == i)) return -1;
            if (phrases.StartOfPhraseBefore(text, start, end) is var found and >= 0) return found;
            i = end;
            while (i > start && (CueIndex.IsWordCharacter(text[i - 1]) || text[i - 1] is '-' or '\'' or '’')) i--;
            if (i == end) return -1;
        }
        return -1;
    }

    // Whether a span contains one of `masked` or lies inside one.
    private static bool Overlaps(IReadOnlyList<TextSpan> masked, TextSpan span)
    {
        for (var i = 0; i < masked.Count; i++)
            if (masked[i] is var m && (m.Contains(span) || span.Contains(m))) return true;
        return false;
    }

    // The run of letters that ends where the white space before `at` begins (none of it before `start`): its start and end,
    // equal when no letter stands there.
    private static (int Start, int End) LettersBefore(string text, int start, int at)
    {
        var e = at;
        e = SourceText.SkipWhiteSpaceBack(text, e, start);
        var b = e;
        while (b > start && char.IsLetter(text[b - 1])) b--;
        return (b, e);
    }

    // Whether a space follows text[..at].
    private static bool Spaced(string text, int at) => at < text.Length && char.IsWhiteSpace(text[at]);

    // Whether the word that starts at `word` is followed by a space, then only spaces up to `at`.
    private static bool Spaced(string text, int word, int at) => at > word && char.IsWhiteSpace(text[at - 1]);
}

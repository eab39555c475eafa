namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The phrases of a word list read at one place of a text: the words right after a number ("10,000 or more") or
/// right before it ("US 5 billion"), token by token as <see cref="PhraseMatcher"/> reads them (runs of letters and
/// digits; any other character but a space is a token of its own; ’ reads as '). Phrases are kept by their first and
/// last token, so a place with none of them costs one look-up.
/// </summary>
internal sealed class AdjacentPhrases
{
    // The phrases by their first and by their last token, longest first: a place is read with one look-up.
    private readonly Dictionary<string, string[][]> byFirst, byLast;
    private readonly Dictionary<string, string[][]>.AlternateLookup<ReadOnlySpan<char>> first, last;
    private readonly StringComparison comparison;
    // The ASCII characters the keys of byFirst and of byLast start with (in both cases when case is ignored): most places
    // start with a token that no phrase starts or ends with, told by one bit instead of a hash of the token.
    private readonly CharacterFilter firstOpeners, lastOpeners;
    // The lengths of those keys, one bit each (63: any longer): a token of another length is no key in any case, and is
    // turned away before its hash (equal keys have equal lengths under both comparers).
    private readonly ulong firstLengths, lastLengths;

    public AdjacentPhrases(IEnumerable<string> phrases, bool ignoreCase = true)
    {
        var tokenized = phrases.Select(p => PhraseMatcher.Tokens(p, 0, p.Length).Select(t => PhraseMatcher.Normalized(p.AsSpan(t.Start, t.End - t.Start)).ToString()).ToArray())
            .Where(t => t.Length > 0).OrderByDescending(t => t.Length).ToArray();
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        byFirst = tokenized.GroupBy(t => t[0], comparer).ToDictionary(g => g.Key, g => g.ToArray(), comparer);
        byLast = tokenized.GroupBy(t => t[^1], comparer).ToDictionary(g => g.Key, g => g.ToArray(), comparer);
        first = byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
        last = byLast.GetAlternateLookup<ReadOnlySpan<char>>();
        (firstOpeners, lastOpeners) = (CharacterFilter.Of(byFirst.Keys.Select(k => k[0]), ignoreCase), CharacterFilter.Of(byLast.Keys.Select(k => k[0]), ignoreCase));
        (firstLengths, lastLengths) = (Lengths(byFirst.Keys), Lengths(byLast.Keys));
    }

    private static ulong Lengths(IEnumerable<string> keys) => keys.Aggregate(0UL, (bits, key) => bits | 1UL << Math.Min(key.Length, 63));

    private static bool MayBe(ulong lengths, int length) => (lengths >> Math.Min(length, 63) & 1) != 0;

    public static AdjacentPhrases Of(Lexicon lexicon, string list, bool ignoreCase = true) => new(lexicon.Words(list), ignoreCase);

    public static AdjacentPhrases Of(Lexicon lexicon, IEnumerable<string> lists, bool ignoreCase = true) =>
        new(lists.SelectMany(lexicon.Words), ignoreCase);

    /// <summary>
    /// Where the longest phrase that starts at the first token of text[from..end) ends, or -1. Spaces before that
    /// token are skipped: the caller says whether it needs them.
    /// </summary>
    public int EndOfPhraseAt(string text, int from, int end)
    {
        var token = PhraseMatcher.NextToken(text, from, end);
        if (token.Start < 0 || !firstOpeners.May(text[token.Start]) || !MayBe(firstLengths, token.End - token.Start) || !first.TryGetValue(PhraseMatcher.Normalized(text.AsSpan(token.Start, token.End - token.Start)), out var candidates)) return -1;
        Span<(int Start, int End)> tokens = stackalloc (int, int)[candidates[0].Length];
        tokens[0] = token;
        var count = 1;
        while (count < tokens.Length && PhraseMatcher.NextToken(text, tokens[count - 1].End, end) is { Start: >= 0 } next) tokens[count++] = next;
        foreach (var phrase in candidates)
            if (phrase.Length <= count && Same(text, tokens, phrase)) return tokens[phrase.Length - 1].End;
        return -1;
    }

    /// <summary>
    /// Where the longest phrase that starts at the first token of text[from..end) ends, when it ends a word (no word character
    /// right after it before `end`: "will" in "will send", not in "willing"); else -1.
    /// </summary>
    public int EndOfWordsAt(string text, int from, int end) =>
        EndOfPhraseAt(text, from, end) is var e and > 0 && (e >= end || !CueIndex.IsWordCharacter(text[e])) ? e : -1;

    /// <summary>
    /// Where the longest phrase that ends with the last token of text[start..at) starts, or -1. Spaces after that
    /// token are skipped: the caller says whether it needs them.
    /// </summary>
    public int StartOfPhraseBefore(string text, int start, int at)
    {
        var i = at;
        var token = Previous(text, start, ref i);
        if (token.End == 0 || !lastOpeners.May(text[token.Start]) || !MayBe(lastLengths, token.End - token.Start) || !last.TryGetValue(PhraseMatcher.Normalized(text.AsSpan(token.Start, token.End - token.Start)), out var candidates)) return -1;
        Span<(int Start, int End)> tokens = stackalloc (int, int)[candidates[0].Length];
        tokens[0] = token;
        var count = 1;
        while (count < tokens.Length && Previous(text, start, ref i) is { End: > 0 } previous) tokens[count++] = previous;
        foreach (var phrase in candidates)
        {
            if (phrase.Length > count) continue;
            var match = true;
            for (var k = 0; k < phrase.Length && match; k++)
                match = Equal(text, tokens[phrase.Length - 1 - k], phrase[k]);
            if (match) return tokens[phrase.Length - 1].Start;
        }
        return -1;
    }

    // The token that ends at or before text[i], skipping spaces, and i at its start; (0, 0) at the start.
    private static (int Start, int End) Previous(string text, int start, ref int i)
    {
        i = SourceText.SkipWhiteSpaceBack(text, i, start);
        if (i <= start) return (0, 0);
        var end = i;
        if (char.IsLetterOrDigit(text[i - 1])) while (i > start && char.IsLetterOrDigit(text[i - 1])) i--;
        else i--;
        return (i, end);
    }

    private bool Same(string text, Span<(int Start, int End)> tokens, string[] phrase)
    {
        for (var k = 0; k < phrase.Length; k++)
            if (!Equal(text, tokens[k], phrase[k])) return false;
        return true;
    }

    private bool Equal(string text, (int Start, int End) token, string word)
    {
        var span = text.AsSpan(token.Start, token.End - token.Start);
        return span is "’" or "‘" ? word == "'" : span.Equals(word, comparison);
    }
}

namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The phrases of a word list read at one place of a text: the words right after a number ("10,000 or more") or
/// right before it ("US 5 billion"), token by token as <see cref="PhraseMatcher"/> reads them (runs of letters and
/// digits; any other character but a space is a token of its own; ’ reads as '). Phrases are kept by their first and
/// last token, so a place with none of them costs one look-up.
/// </summary>
/// <remarks>
/// Some fifty lists are read around each figure, most at the same few places (right before the number, right after
/// it). The tokens at a place are read once per thread and shared by every list read there (<see cref="Place"/>), each
/// with the case-folded hash of <see cref="TokenTable"/>, so a list that has no phrase there is told so by one bit of
/// its keys' filter, with no walk over the text and no hash of a span.
/// </remarks>
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
    // The same first and last tokens by their hash (value: the candidates' number in firstGroups, lastGroups), for tokens
    // read at a shared place. Null when some key holds a character outside ASCII that equals one inside it in some case
    // ("ſ", "ı"): an ASCII token could be that key under the comparer, and the hashes would not say so.
    private readonly TokenKeys? firstKeys, lastKeys;
    private readonly string[][][] firstGroups, lastGroups;

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
        (firstGroups, lastGroups) = ([.. byFirst.Values], [.. byLast.Values]);
        if (!ignoreCase || byFirst.Keys.Concat(byLast.Keys).All(k => k.All(c => c < 128 || char.ToUpperInvariant(c) >= 128 && char.ToLowerInvariant(c) >= 128)))
            (firstKeys, lastKeys) = (Keys(byFirst.Keys, ignoreCase), Keys(byLast.Keys, ignoreCase));
    }

    private static TokenKeys Keys(IEnumerable<string> keys, bool ignoreCase)
    {
        var found = new TokenKeys();
        var value = 0;
        foreach (var key in keys) found.Add(0, key, matchCase: !ignoreCase, value++);
        found.Seal();
        return found;
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
        if (firstKeys is null) return EndOfPhraseAtAlone(text, from, end);
        var place = Place.After(text, from, end);
        if (!place.TryGet(0, out var token)) return -1;
        if (!token.Ascii) return EndOfPhraseAtAlone(text, from, end);
        var entry = -1;
        if (!firstKeys.MayOpen(token.Hash) || firstKeys.Find(0, text, new TokenTable.Token(token.Start, token.End, token.Hash), ref entry) is not (>= 0 and var group)) return -1;
        var candidates = firstGroups[group];
        Span<(int Start, int End)> tokens = stackalloc (int, int)[candidates[0].Length];
        var count = 0;
        while (count < tokens.Length && place.TryGet(count, out var next)) tokens[count++] = (next.Start, next.End);
        foreach (var phrase in candidates)
            if (phrase.Length <= count && Same(text, tokens, phrase)) return tokens[phrase.Length - 1].End;
        return -1;
    }

    // EndOfPhraseAt reading the text itself: for a token with a character outside ASCII, whose hash tells too little.
    private int EndOfPhraseAtAlone(string text, int from, int end)
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
    /// Where the longest phrase that ends with the last token of text[start..at) starts, or -1. Spaces after that
    /// token are skipped: the caller says whether it needs them.
    /// </summary>
    public int StartOfPhraseBefore(string text, int start, int at)
    {
        if (lastKeys is null) return StartOfPhraseBeforeAlone(text, start, at);
        var place = Place.Before(text, start, at);
        if (!place.TryGet(0, out var token)) return -1;
        if (!token.Ascii) return StartOfPhraseBeforeAlone(text, start, at);
        var entry = -1;
        if (!lastKeys.MayOpen(token.Hash) || lastKeys.Find(0, text, new TokenTable.Token(token.Start, token.End, token.Hash), ref entry) is not (>= 0 and var group)) return -1;
        var candidates = lastGroups[group];
        Span<(int Start, int End)> tokens = stackalloc (int, int)[candidates[0].Length];
        var count = 0;
        while (count < tokens.Length && place.TryGet(count, out var previous)) tokens[count++] = (previous.Start, previous.End);
        return LongestBefore(text, tokens, count, candidates);
    }

    // StartOfPhraseBefore reading the text itself: for a token with a character outside ASCII, whose hash tells too little.
    private int StartOfPhraseBeforeAlone(string text, int start, int at)
    {
        var i = at;
        var token = Previous(text, start, ref i);
        if (token.End == 0 || !lastOpeners.May(text[token.Start]) || !MayBe(lastLengths, token.End - token.Start) || !last.TryGetValue(PhraseMatcher.Normalized(text.AsSpan(token.Start, token.End - token.Start)), out var candidates)) return -1;
        Span<(int Start, int End)> tokens = stackalloc (int, int)[candidates[0].Length];
        tokens[0] = token;
        var count = 1;
        while (count < tokens.Length && Previous(text, start, ref i) is { End: > 0 } previous) tokens[count++] = previous;
        return LongestBefore(text, tokens, count, candidates);
    }

    // The start of the longest candidate that the tokens (the last first) end with, or -1.
    private int LongestBefore(string text, Span<(int Start, int End)> tokens, int count, string[][] candidates)
    {
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

    /// <summary>
    /// The tokens read from one place of a text, forward (<see cref="After"/>: as <see cref="PhraseMatcher.NextToken"/>
    /// reads them from a place up to an end) or backward (<see cref="Before"/>: as <see cref="Previous"/> reads them from
    /// a place back to a start), read as far as a list asks and kept for the next list asked about the same place. A thread
    /// keeps its last few places of each kind (by the text's reference: strings do not change).
    /// </summary>
    internal sealed class Place
    {
        private const int Kept = 8;
        [ThreadStatic] private static Place[]? afters, befores;
        [ThreadStatic] private static int nextAfter, nextBefore;

        private string text = "";
        private int from, limit, cursor, count;
        private bool backward, done;
        private PlaceToken[] tokens = new PlaceToken[4];

        /// <summary>A token of a place: its hash is <see cref="TokenTable.Hash"/>'s; Ascii: all its characters are (’ and ‘ read as ').</summary>
        public readonly record struct PlaceToken(int Start, int End, int Hash, bool Ascii);

        /// <summary>The tokens of text[from..end) from its start on.</summary>
        public static Place After(string text, int from, int end) => Of(ref afters, ref nextAfter, text, from, end, backward: false);

        /// <summary>The tokens of text[start..at) from its end back.</summary>
        public static Place Before(string text, int start, int at) => Of(ref befores, ref nextBefore, text, at, start, backward: true);

        private static Place Of(ref Place[]? kept, ref int next, string text, int from, int limit, bool backward)
        {
            var all = kept ??= new Place[Kept];
            foreach (var place in all)
                if (place is not null && ReferenceEquals(place.text, text) && place.from == from && place.limit == limit) return place;
            var made = all[next] ??= new Place();
            next = (next + 1) % Kept;
            (made.text, made.from, made.limit, made.cursor, made.count, made.backward, made.done) = (text, from, limit, from, 0, backward, false);
            return made;
        }

        /// <summary>Token number <paramref name="number"/> from the place (0: the nearest), or false when there are fewer.</summary>
        public bool TryGet(int number, out PlaceToken token)
        {
            while (count <= number && !done) ReadOne();
            if (number < count) { token = tokens[number]; return true; }
            token = default;
            return false;
        }

        private void ReadOne()
        {
            (int Start, int End) token;
            if (backward)
            {
                var i = cursor;
                token = Previous(text, limit, ref i);
                if (token.End == 0) { done = true; return; }
                cursor = i;
            }
            else
            {
                token = PhraseMatcher.NextToken(text, cursor, limit);
                if (token.Start < 0) { done = true; return; }
                cursor = token.End;
            }
            var span = text.AsSpan(token.Start, token.End - token.Start);
            var ascii = span is "’" or "‘" || System.Text.Ascii.IsValid(span);
            if (count == tokens.Length) Array.Resize(ref tokens, count * 2);
            tokens[count++] = new PlaceToken(token.Start, token.End, TokenTable.Hash(span), ascii);
        }
    }
}

namespace Analysis.Vocabulary;

/// <summary>
/// Which rule families of a sentence can fire, told by one walk over its tokens: each family is keyed by the first
/// tokens of the phrases it needs (tokens as <see cref="PhraseMatcher"/> reads them), and a text gets the bits of every
/// family one of whose first tokens it holds. A family whose bit is not set cannot match, so its rule is not run; a set
/// bit only says it may (the rule, or a phrase matcher, then tells).
/// </summary>
internal sealed class CueIndex
{
    private readonly Dictionary<string, ulong> anyCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ulong> exactCase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> anyCaseLookup;
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> exactCaseLookup;

    private readonly OpenerLengths anyCaseLengths = new(matchCase: false), exactCaseLengths = new(matchCase: true);

    // A family cued by two words in a row: a token of one family right before a token of another.
    private readonly (ulong Before, ulong After, ulong Both)[] pairs;

    /// <param name="cues">Each family's bit with the phrases that cue it, and whether their case must match.</param>
    /// <param name="pairs">Families cued by a word of <c>Before</c> right before a word of <c>After</c> ("last week").</param>
    public CueIndex(IEnumerable<(ulong Bit, IEnumerable<string> Phrases, bool MatchCase)> cues, (ulong Before, ulong After, ulong Both)[]? pairs = null)
    {
        this.pairs = pairs ?? [];
        foreach (var (bit, phrases, matchCase) in cues)
        {
            var (keys, lengths) = matchCase ? (exactCase, exactCaseLengths) : (anyCase, anyCaseLengths);
            foreach (var phrase in phrases)
                if (PhraseMatcher.Tokens(phrase, 0, phrase.Length) is [var first, ..])
                {
                    var key = PhraseMatcher.Normalized(phrase.AsSpan(first.Start, first.End - first.Start)).ToString();
                    keys[key] = keys.GetValueOrDefault(key) | bit;
                    lengths.Add(key);
                }
        }
        anyCaseLookup = anyCase.GetAlternateLookup<ReadOnlySpan<char>>();
        exactCaseLookup = exactCase.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>An index of word lists <paramref name="lists"/> of <paramref name="lexicon"/>, in any case: list i is bit i.</summary>
    public static CueIndex Of(Lexicon lexicon, params string[] lists) =>
        lists.Length <= 64 ? new(lists.Select((list, i) => (1UL << i, (IEnumerable<string>)lexicon.Words(list), false)))
            : throw new ArgumentException("At most 64 lists.", nameof(lists));

    /// <summary>The bits of the families text[start..end) may hold a phrase of.</summary>
    public ulong Scan(string text, int start, int end)
    {
        var (bits, previous) = (0UL, 0UL);
        for (var at = start; PhraseMatcher.NextToken(text, at, end) is var (from, to) && from >= 0; at = to)
        {
            var token = Of(text, from, to);
            foreach (var (before, after, both) in pairs)
                if ((previous & before) != 0 && (token & after) != 0) bits |= both;
            (bits, previous) = (bits | token, token);
        }
        return bits;
    }

    /// <summary>The bits of the families whose phrases may start with the token text[start..end).</summary>
    public ulong Of(string text, int start, int end)
    {
        var (anyCaseMay, exactCaseMay) = (anyCase.Count > 0 && anyCaseLengths.May(text, start, end), exactCase.Count > 0 && exactCaseLengths.May(text, start, end));
        if (!anyCaseMay && !exactCaseMay) return 0;
        var token = PhraseMatcher.Normalized(text.AsSpan(start, end - start));
        var bits = anyCaseMay && anyCaseLookup.TryGetValue(token, out var found) ? found : 0;
        if (exactCaseMay && exactCaseLookup.TryGetValue(token, out found)) bits |= found;
        return bits;
    }

    public ulong Scan(string text) => Scan(text, 0, text.Length);

    /// <summary>What \\w matches: letters, decimal digits, non-spacing marks and connector punctuation ("_").</summary>
    public static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;

}

namespace Analysis.Vocabulary;

/// <summary>
/// Which rule families of a sentence can fire, told by one walk over its tokens: each family is keyed by the first
/// tokens of the phrases it needs (tokens as <see cref="PhraseMatcher"/> reads them), and a text gets the bits of every
/// family one of whose first tokens it holds. A family whose bit is not set cannot match, so its rule is not run; a set
/// bit only says it may (the rule, or a phrase matcher, then tells).
/// </summary>
internal sealed class CueIndex
{
    // The first tokens of the phrases, each with the bits of the families it cues (keys of scope 0; a token may be a
    // key in any case and another with its case, "may" and "May").
    private readonly TokenKeys keys = new();
    private readonly ulong[] bitsOf;

    // A family cued by two words in a row: a token of one family right before a token of another.
    private readonly (ulong Before, ulong After, ulong Both)[] pairs;

    /// <param name="cues">Each family's bit with the phrases that cue it, and whether their case must match.</param>
    /// <param name="pairs">Families cued by a word of <c>Before</c> right before a word of <c>After</c> ("last week").</param>
    public CueIndex(IEnumerable<CueWords> cues, (ulong Before, ulong After, ulong Both)[]? pairs = null)
    {
        this.pairs = pairs ?? [];
        var (anyCase, exactCase) = (new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase), new Dictionary<string, int>(StringComparer.Ordinal));
        var bitsOf = new List<ulong>();
        foreach (var (bit, phrases, matchCase) in cues)
        {
            var entries = matchCase ? exactCase : anyCase;
            foreach (var phrase in phrases)
                if (PhraseMatcher.Tokens(phrase, 0, phrase.Length) is [var first, ..])
                {
                    var key = PhraseMatcher.Normalized(phrase.AsSpan(first.Start, first.End - first.Start)).ToString();
                    if (entries.TryGetValue(key, out var at)) bitsOf[at] |= bit;
                    else
                    {
                        entries[key] = bitsOf.Count;
                        keys.Add(0, key, matchCase, bitsOf.Count);
                        bitsOf.Add(bit);
                    }
                }
        }
        keys.Seal();
        this.bitsOf = [.. bitsOf];
    }

    /// <summary>An index of word lists <paramref name="lists"/> of <paramref name="lexicon"/>, in any case: list i is bit i.</summary>
    public static CueIndex Of(Lexicon lexicon, params string[] lists) =>
        lists.Length <= 64 ? new(lists.Select((list, i) => new CueWords(1UL << i, lexicon.Words(list))))
            : throw new ArgumentException("At most 64 lists.", nameof(lists));

    /// <summary>The bits of the families text[start..end) may hold a phrase of.</summary>
    public ulong Scan(string text, int start, int end)
    {
        var (bits, previous) = (0UL, 0UL);
        if (start >= end || keys.Count == 0) return 0;
        var tokens = TokenTable.For(text);
        for (var number = tokens.First(start); tokens.TryGet(number, start, end, number, out var token); number++)
        {
            var cued = Of(tokens.Text, token);
            if (cued != 0 && previous != 0)
                foreach (var (before, after, both) in pairs)
                    if ((previous & before) != 0 && (cued & after) != 0) bits |= both;
            (bits, previous) = (bits | cued, cued);
        }
        return bits;
    }

    /// <summary>The bits of the families whose phrases may start with the token text[start..end).</summary>
    public ulong Of(string text, int start, int end) =>
        start < end ? Of(text, new TokenTable.Token(start, end, TokenTable.Hash(text.AsSpan(start, end - start)))) : 0;

    private ulong Of(string text, TokenTable.Token token)
    {
        if (!keys.MayOpen(token.Hash)) return 0;
        var (bits, entry) = (0UL, -1);
        while (keys.Find(0, text, token, ref entry) is var at and >= 0) bits |= bitsOf[at];
        return bits;
    }

    public ulong Scan(string text) => Scan(text, 0, text.Length);

    /// <summary>What \\w matches: letters, decimal digits, non-spacing marks and connector punctuation ("_").</summary>
    /// <remarks>In ASCII those are the letters, the digits and "_" (no ASCII character is a mark): the spaces and marks that
    /// end most words are told without a look-up of their category.</remarks>
    public static bool IsWordCharacter(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_'
            : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;

}

/// <summary>A family's bit for a <see cref="CueIndex"/>, with the phrases that cue it and whether their case must match.</summary>
/// <remarks>A record, not a value tuple: the arrays, lists and LINQ the callers build their cues with are then the
/// framework's shared code for reference types, which ReadyToRun precompiles; over a value tuple they are JIT-compiled
/// at every start.</remarks>
internal sealed record CueWords(ulong Bit, IEnumerable<string> Phrases, bool MatchCase = false)
{
    /// <summary>Cues written out as triples, <c>[(1, ["last", "this"], false)]</c>.</summary>
    public static implicit operator CueWords((ulong Bit, IEnumerable<string> Phrases, bool MatchCase) cue) => new(cue.Bit, cue.Phrases, cue.MatchCase);
}

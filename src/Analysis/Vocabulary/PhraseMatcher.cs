namespace Analysis.Vocabulary;

using Analysis.Corpus;

/// <summary>
/// Finds the phrases of named word lists in a text in one pass, as spaCy's <c>PhraseMatcher</c> does: phrases are
/// split into tokens (runs of letters and digits; each other character but a space is a token of its own) and kept
/// in a trie, and the text's tokens are walked once. Matches are whole tokens ("troop" is not found in "troops"),
/// any spacing between tokens matches, and ’ matches '. At each token the longest phrase wins and matching goes on
/// after it; a phrase in several lists gives one match per list.
/// </summary>
public sealed class PhraseMatcher
{
    // The trie: node 0 is the root; a node's children are keys of the node's number; labels[node] are the lists of the
    // phrase that ends there (none: no phrase does).
    private readonly TokenKeys children = new();
    private readonly string[][] labels;
    // Bits by token hash: the first tokens of one-token phrases (`single`), and the first two tokens of longer phrases
    // (`pairs`). Most tokens that pass the keys' filter are the first word of phrases of several words ("the", "Ministry")
    // and are not followed by a second word of any: two bits tell them so, without a lookup of the first token in the trie.
    private readonly ulong[] single = new ulong[StartBits / 64], pairs = new ulong[StartBits / 64];
    private const int StartBits = 1 << 14;

    /// <param name="phrases">Each phrase with the name of the list it belongs to.</param>
    /// <param name="ignoreCase">Whether "Troops" matches "troops". Abbreviations such as "US" want false.</param>
    public PhraseMatcher(IEnumerable<LabelledPhrase> phrases, bool ignoreCase = true)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var nodes = new List<Node> { new(new(comparer), []) };
        foreach (var (label, phrase) in phrases)
        {
            var node = 0;
            var tokens = Tokens(phrase, 0, phrase.Length);
            if (tokens.Count == 1) Set(single, TokenTable.Hash(phrase.AsSpan(tokens[0].Start, tokens[0].End - tokens[0].Start)));
            else if (tokens.Count > 1)
                Set(pairs, Pair(TokenTable.Hash(phrase.AsSpan(tokens[0].Start, tokens[0].End - tokens[0].Start)),
                    TokenTable.Hash(phrase.AsSpan(tokens[1].Start, tokens[1].End - tokens[1].Start))));
            foreach (var token in tokens)
            {
                var key = Normalized(phrase.AsSpan(token.Start, token.End - token.Start)).ToString();
                if (!nodes[node].Children.TryGetValue(key, out var child))
                {
                    nodes[node].Children[key] = child = nodes.Count;
                    nodes.Add(new(new(comparer), []));
                }
                node = child;
            }
            if (node != 0 && !nodes[node].Labels.Contains(label)) nodes[node].Labels.Add(label);
        }
        for (var node = 0; node < nodes.Count; node++)
            foreach (var (key, child) in nodes[node].Children) children.Add(node, key, matchCase: !ignoreCase, child);
        children.Seal();
        labels = new string[nodes.Count][];
        for (var node = 0; node < nodes.Count; node++) labels[node] = [.. nodes[node].Labels];
    }

    // A trie node while the matcher is built: a class, not a value tuple, so that the framework's list code over it is
    // the shared code ReadyToRun precompiles (generics over a value tuple are JIT-compiled at every start).
    private sealed record Node(Dictionary<string, int> Children, List<string> Labels);

    /// <summary>A matcher for the word lists <paramref name="lists"/> of <paramref name="lexicon"/>, each phrase labelled with its list's name.</summary>
    public static PhraseMatcher Of(Lexicon lexicon, IEnumerable<string> lists, bool ignoreCase = true) =>
        new(Labelled(lexicon, lists), ignoreCase);

    /// <summary>The phrases of the word lists <paramref name="lists"/> of <paramref name="lexicon"/>, each labelled with its list's name.</summary>
    public static IEnumerable<LabelledPhrase> Labelled(Lexicon lexicon, IEnumerable<string> lists) =>
        lists.SelectMany(l => lexicon.Words(l).Select(p => new LabelledPhrase(l, p)));

    /// <summary>The phrases in <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<PhraseMatch> Find(string text) => Find(text, 0, text.Length);

    /// <summary>The phrases in text[start..end), in order.</summary>
    public IReadOnlyList<PhraseMatch> Find(string text, int start, int end)
    {
        List<PhraseMatch>? found = null;
        Walk(text, start, end, firstTokenOnly: false, ref found, collect: true);
        return found ?? (IReadOnlyList<PhraseMatch>)[];
    }

    /// <summary>The phrases in text[start..end), in order, added to <paramref name="found"/>: a caller that reads them once reuses its list.</summary>
    internal void FindInto(string text, int start, int end, List<PhraseMatch> found)
    {
        List<PhraseMatch>? into = found;
        Walk(text, start, end, firstTokenOnly: false, ref into, collect: true);
    }

    /// <summary>The phrases that start at the first token of text[start..end) (one per list of the longest); empty when none does.</summary>
    public IReadOnlyList<PhraseMatch> FindAtStart(string text, int start, int end)
    {
        List<PhraseMatch>? found = null;
        Walk(text, start, end, firstTokenOnly: true, ref found, collect: true);
        return found ?? (IReadOnlyList<PhraseMatch>)[];
    }

    /// <summary>Whether any phrase is in text[start..end): a cheap test before a rule that needs one.</summary>
    public bool Any(string text, int start, int end)
    {
        List<PhraseMatch>? none = null;
        return Walk(text, start, end, firstTokenOnly: false, ref none, collect: false);
    }

    /// <summary>
    /// The start of the first token of text[start..end) that some phrase begins with (its first token, in the matcher's
    /// case), or -1 when none does: a cheap test before a rule or a pattern that needs one of the phrases there. It reads
    /// the tokens the thread already holds for the text, one bit each for most.
    /// </summary>
    internal int FirstOpening(string text, int start, int end)
    {
        if (start >= end || children.Count == 0) return -1;
        var tokens = TokenTable.For(text);
        for (var number = tokens.First(start); tokens.TryGet(number, start, end, number, out var token); number++)
        {
            var entry = -1;
            if (children.MayOpen(token.Hash) && children.Find(0, tokens.Text, token, ref entry) > 0) return token.Start;
        }
        return -1;
    }

    // Whether a phrase is in text[start..end), with the matches in `found` when collecting them (else it stops at the
    // first). The tokens are those of a table the thread shares with every other matcher that reads the same text; a
    // token whose hash opens no phrase costs one bit of the keys' filter.
    private bool Walk(string text, int start, int end, bool firstTokenOnly, ref List<PhraseMatch>? found, bool collect)
    {
        if (start >= end || children.Count == 0) return false;
        var any = false;
        var tokens = TokenTable.For(text);
        for (var number = tokens.First(start); tokens.TryGet(number, start, end, number, out var token);)
        {
            var next = number + 1;
            if (children.MayOpen(token.Hash) && MayStart(tokens, number, token, start, end) &&
                Longest(tokens, number, token, start, end) is var (last, lastEnd, node) && node > 0)
            {
                if (!collect) return true;
                foreach (var label in labels[node]) (found ??= []).Add(new PhraseMatch(new TextSpan(token.Start, lastEnd), label));
                (any, next) = (true, last + 1);
            }
            if (firstTokenOnly) break;
            number = next;
        }
        return any;
    }

    // Whether a phrase may start with token number `number`: a phrase of one token may be that token, or one of several
    // its first two tokens (as Longest reads them: the next token cut to text[start..end)). False means none does.
    private bool MayStart(TokenTable tokens, int number, TokenTable.Token token, int start, int end) =>
        Has(single, token.Hash) || tokens.TryGet(number + 1, start, end, number, out var second) && Has(pairs, Pair(token.Hash, second.Hash));

    private static int Pair(int first, int second) => (int)(((uint)first * 0x9E3779B1u ^ (uint)second) * 0x85EBCA77u);

    private static void Set(ulong[] bits, int hash) => bits[(uint)hash >> 18 >> 6] |= 1UL << (int)((uint)hash >> 18);

    private static bool Has(ulong[] bits, int hash) => (bits[(uint)hash >> 18 >> 6] & (1UL << (int)((uint)hash >> 18))) != 0;

    // The longest phrase that starts with token number `number`: the number and end of its last token and its trie
    // node (0: no phrase starts there).
    private (int Last, int End, int Node) Longest(TokenTable tokens, int number, TokenTable.Token token, int start, int end)
    {
        var (node, best, at) = (0, (Last: -1, End: -1, Node: 0), number);
        var entry = -1;
        while (children.Find(node, tokens.Text, token, ref entry) is var next and > 0)
        {
            node = next;
            if (labels[node].Length > 0) best = (at, token.End, node);
            entry = -1;
            if (!tokens.TryGet(++at, start, end, number, out token)) break;
        }
        return best;
    }

    // The token that starts at or after `at` (white space skipped), as Tokens reads them, or (-1, -1) when none does before `end`.
    internal static (int Start, int End) NextToken(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at])) at++;
        if (at >= end) return (-1, -1);
        var from = at;
        if (char.IsLetterOrDigit(text[at]))
            while (at < end && char.IsLetterOrDigit(text[at])) at++;
        else at++;
        return (from, at);
    }

    /// <summary>The tokens of text[start..end), as every matcher of phrases reads them: runs of letters and digits, and each other character but a space.</summary>
    internal static List<TextSpan> Tokens(string text, int start, int end)
    {
        var tokens = new List<TextSpan>();
        for (var at = start; NextToken(text, at, end) is var (from, to) && from >= 0; at = to) tokens.Add(new TextSpan(from, to));
        return tokens;
    }

    /// <summary>A token as phrases are compared: ’ and ‘ read as '.</summary>
    internal static ReadOnlySpan<char> Normalized(ReadOnlySpan<char> token) => token is "’" or "‘" ? "'" : token;
}

/// <summary>A phrase for a <see cref="PhraseMatcher"/>, with the name of the list it belongs to.</summary>
/// <remarks>A record, not a value tuple: the LINQ and list code the callers build their phrases with is then the framework's
/// shared code for reference types, which ReadyToRun precompiles; over a value tuple it is JIT-compiled at every start.</remarks>
public sealed record LabelledPhrase(string Label, string Phrase)
{
    /// <summary>A list written out as pairs, <c>[("countries", "US")]</c>.</summary>
    public static implicit operator LabelledPhrase((string Label, string Phrase) pair) => new(pair.Label, pair.Phrase);
}

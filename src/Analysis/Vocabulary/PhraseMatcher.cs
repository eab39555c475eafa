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
    private readonly Node root;

    // The lengths of the phrases' first tokens by their first character: on a sentence with none of the phrases,
    // matching costs one walk over its characters.
    private readonly OpenerLengths openers;

    /// <param name="phrases">Each phrase with the name of the list it belongs to.</param>
    /// <param name="ignoreCase">Whether "Troops" matches "troops". Abbreviations such as "US" want false.</param>
    public PhraseMatcher(IEnumerable<(string Label, string Phrase)> phrases, bool ignoreCase = true)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        root = new Node(comparer);
        openers = new OpenerLengths(matchCase: !ignoreCase);
        foreach (var (label, phrase) in phrases)
        {
            var node = root;
            foreach (var token in Tokens(phrase, 0, phrase.Length))
            {
                var key = Normalized(phrase.AsSpan(token.Start, token.End - token.Start)).ToString();
                if (!node.Children.TryGetValue(key, out var child)) node.Children[key] = child = new Node(comparer);
                node = child;
            }
            if (node != root && !node.Labels.Contains(label)) node.Labels.Add(label);
        }
        foreach (var first in root.Children.Keys) openers.Add(first);
    }

    /// <summary>A matcher for the word lists <paramref name="lists"/> of <paramref name="lexicon"/>, each phrase labelled with its list's name.</summary>
    public static PhraseMatcher Of(Lexicon lexicon, IEnumerable<string> lists, bool ignoreCase = true) =>
        new(lists.SelectMany(l => lexicon.Words(l).Select(p => (l, p))), ignoreCase);

    /// <summary>The phrases in <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<PhraseMatch> Find(string text) => Find(text, 0, text.Length);

    /// <summary>The phrases in text[start..end), in order.</summary>
    public IReadOnlyList<PhraseMatch> Find(string text, int start, int end) => Find(text, start, end, firstTokenOnly: false);

    /// <summary>The phrases that start at the first token of text[start..end) (one per list of the longest); empty when none does.</summary>
    public IReadOnlyList<PhraseMatch> FindAtStart(string text, int start, int end) => Find(text, start, end, firstTokenOnly: true);

    private IReadOnlyList<PhraseMatch> Find(string text, int start, int end, bool firstTokenOnly)
    {
        List<PhraseMatch>? found = null;
        for (var at = start; NextToken(text, at, end) is var (from, to) && from >= 0;)
        {
            at = to;
            if (openers.May(text, from, to) && Longest(text, from, to, end) is var (last, node) && node is not null)
            {
                foreach (var label in node.Labels) (found ??= []).Add(new PhraseMatch(new TextSpan(from, last), label));
                at = last;
            }
            if (firstTokenOnly) break;
        }
        return found ?? (IReadOnlyList<PhraseMatch>)[];
    }

    // The longest phrase that starts with the token text[from..to): where it ends and its trie node (null: none does).
    private (int End, Node? Node) Longest(string text, int from, int to, int end)
    {
        var node = root;
        (int End, Node? Node) best = (-1, null);
        while (node.Next(Normalized(text.AsSpan(from, to - from))) is { } next)
        {
            node = next;
            if (node.Labels.Count > 0) best = (to, node);
            (from, to) = NextToken(text, to, end);
            if (from < 0) break;
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

    /// <summary>Whether any phrase is in text[start..end): a cheap test before a rule that needs one.</summary>
    public bool Any(string text, int start, int end) => Find(text, start, end).Count > 0;

    /// <summary>The tokens of text[start..end), as every matcher of phrases reads them: runs of letters and digits, and each other character but a space.</summary>
    internal static List<TextSpan> Tokens(string text, int start, int end)
    {
        var tokens = new List<TextSpan>();
        for (var at = start; NextToken(text, at, end) is var (from, to) && from >= 0; at = to) tokens.Add(new TextSpan(from, to));
        return tokens;
    }

    /// <summary>A token as phrases are compared: ’ and ‘ read as '.</summary>
    internal static ReadOnlySpan<char> Normalized(ReadOnlySpan<char> token) => token is "’" or "‘" ? "'" : token;

    private sealed class Node
    {
        // A view of Children that looks tokens up by span, without a string per token.
        private readonly Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public Node(StringComparer comparer)
        {
            Children = new(comparer);
            lookup = Children.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public Dictionary<string, Node> Children { get; }
        public List<string> Labels { get; } = [];

        public Node? Next(ReadOnlySpan<char> token) =>
            Children.Count > 0 && lookup.TryGetValue(token, out var next) ? next : null;
    }
}

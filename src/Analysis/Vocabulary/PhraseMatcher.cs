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

    /// <param name="phrases">Each phrase with the name of the list it belongs to.</param>
    /// <param name="ignoreCase">Whether "Troops" matches "troops". Abbreviations such as "US" want false.</param>
    public PhraseMatcher(IEnumerable<(string Label, string Phrase)> phrases, bool ignoreCase = true)
    {
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        root = new Node(comparer);
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
    }

    /// <summary>A matcher for the word lists <paramref name="lists"/> of <paramref name="lexicon"/>, each phrase labelled with its list's name.</summary>
    public static PhraseMatcher Of(Lexicon lexicon, IEnumerable<string> lists, bool ignoreCase = true) =>
        new(lists.SelectMany(l => lexicon.Words(l).Select(p => (l, p))), ignoreCase);

    /// <summary>The phrases in <paramref name="text"/>, in order.</summary>
    public IReadOnlyList<PhraseMatch> Find(string text) => Find(text, 0, text.Length);

    /// <summary>The phrases in text[start..end), in order.</summary>
    public IReadOnlyList<PhraseMatch> Find(string text, int start, int end)
    {
        List<PhraseMatch>? found = null;
        var tokens = Tokens(text, start, end);
        for (var i = 0; i < tokens.Count;)
        {
            var node = root;
            (int Last, Node Node)? best = null;
            for (var j = i; j < tokens.Count && node.Next(Normalized(text.AsSpan(tokens[j].Start, tokens[j].End - tokens[j].Start))) is { } next; j++)
            {
                node = next;
                if (node.Labels.Count > 0) best = (j, node);
            }
            if (best is not { } hit) { i++; continue; }
            foreach (var label in hit.Node.Labels)
                (found ??= []).Add(new PhraseMatch(new TextSpan(tokens[i].Start, tokens[hit.Last].End), label));
            i = hit.Last + 1;
        }
        return found ?? (IReadOnlyList<PhraseMatch>)[];
    }

    /// <summary>Whether any phrase is in text[start..end): a cheap test before a rule that needs one.</summary>
    public bool Any(string text, int start, int end) => Find(text, start, end).Count > 0;

    /// <summary>The tokens of text[start..end), as every matcher of phrases reads them: runs of letters and digits, and each other character but a space.</summary>
    internal static List<TextSpan> Tokens(string text, int start, int end)
    {
        var tokens = new List<TextSpan>();
        for (var i = start; i < end;)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var from = i;
            if (char.IsLetterOrDigit(c))
                while (i < end && char.IsLetterOrDigit(text[i])) i++;
            else i++;
            tokens.Add(new TextSpan(from, i));
        }
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

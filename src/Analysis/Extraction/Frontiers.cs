namespace Analysis.Extraction;

using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// The nouns of a frontier and the bodies they may name (dateline_frontier_nouns, dateline_frontier_bodies): "the border with
/// Pakistan" and "the Pakistan border" name the far side of a frontier, a place, where "the Pakistan Border Police" names a body.
/// Read by the source finder (whose country owns a bare body) and by the unnamed speakers (which country may be a voice).
/// </summary>
internal sealed class Frontiers(Lexicon lexicon)
{
    private readonly WordSet nouns = lexicon.WordLookup("dateline_frontier_nouns", StringComparer.OrdinalIgnoreCase);
    private readonly WordSet bodies = lexicon.WordLookup("dateline_frontier_bodies", StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word of a frontier's body ("Police", "Guard") is <paramref name="word"/>.</summary>
    public bool IsBodyWord(ReadOnlySpan<char> word) => bodies.Contains(word);

    /// <summary>"the border with": whether a frontier noun is the word before <paramref name="at"/> (where "with" starts).</summary>
    public bool NounBefore(string s, int at) => TryWordBefore(s, at, 0, out var word, out _) && nouns.Contains(word);

    /// <summary>
    /// "the Mali border": whether a frontier noun follows a name that ends at <paramref name="end"/>, with no body's word after
    /// it ("the Pakistan Border Police").
    /// </summary>
    public bool NounAfter(string s, int end)
    {
        var n = SkipWhiteSpace(s, end);
        var nounEnd = WordEnd(s, n);
        if (!nouns.Contains(s.AsSpan(n, nounEnd - n))) return false;
        var b = SkipWhiteSpace(s, nounEnd);
        return !bodies.Contains(s.AsSpan(b, WordEnd(s, b) - b));
    }
}

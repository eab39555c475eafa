namespace Analysis.Vocabulary;

/// <summary>A lexicon that cannot be used: malformed JSON, an entry of the wrong shape, a pattern that refers to a name
/// no lexicon defines. The message starts with the file and line, as a manifest problem does.</summary>
public sealed class LexiconException(LexiconOrigin origin, string problem)
    : Exception($"{origin}: {problem}")
{
    public LexiconOrigin Origin { get; } = origin;

    /// <summary>What is wrong, without the file and line.</summary>
    public string Problem { get; } = problem;
}

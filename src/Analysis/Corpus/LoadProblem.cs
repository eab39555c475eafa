namespace Analysis;

/// <summary>What the loader does with a file it found a problem in.</summary>
public enum ProblemAction
{
    /// <summary>The file (or metadata entry) was left out of the corpus.</summary>
    Skipped,
    /// <summary>The document loaded, with a fallback for the part that was wrong.</summary>
    LoadedWithFallback,
}

/// <summary>A problem met while loading the corpus: which file, where, what is wrong, and what was done.</summary>
public sealed record LoadProblem(string File, int? Line, string Message, ProblemAction Action)
{
    public override string ToString() =>
        $"{File}{(Line is { } l ? $":{l}" : "")}: {Message} ({(Action == ProblemAction.Skipped ? "skipped" : "loaded with a fallback")})";
}

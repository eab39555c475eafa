namespace Analysis.Corpus;

/// <summary>What the loader does with a file it found a problem in.</summary>
public enum ProblemAction
{
    /// <summary>The file (or metadata entry) was left out of the corpus.</summary>
    Skipped,
    /// <summary>The document loaded, with a fallback for the part that was wrong.</summary>
    LoadedWithFallback,
    /// <summary>The document loaded, but a step of the extraction failed on it (a bug in the kit): it has no facts.</summary>
    NotExtracted,
    /// <summary>The document loaded as it is, but the kit will find little in it (it is not in English).</summary>
    Loaded,
}

/// <summary>A problem met while loading the corpus: which file, where, what is wrong, and what was done.</summary>
public sealed record LoadProblem(string File, int? Line, string Message, ProblemAction Action)
{
    /// <summary>"skipped", "loaded with a fallback", "loaded" or "loaded, no facts extracted".</summary>
    public string ActionText => Action switch
    {
        ProblemAction.Skipped => "skipped",
        ProblemAction.LoadedWithFallback => "loaded with a fallback",
        ProblemAction.Loaded => "loaded",
        _ => "loaded, no facts extracted",
    };

    public override string ToString() => Describe();

    /// <summary>One line for people: the file (relative to <paramref name="folder"/> when inside it), line, message, action.</summary>
    public string Describe(string? folder = null)
    {
        var file = File;
        if (folder is not null)
        {
            var relative = Path.GetRelativePath(folder, File);
            // A corpus of one article: the folder is the file itself, named by its file name.
            if (relative == ".") file = Path.GetFileName(File);
            else if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative)) file = relative;
        }
        return $"{file}{(Line is { } l ? $":{l}" : "")}: {Message} ({ActionText})";
    }
}

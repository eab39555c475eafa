namespace Analysis.Notebooks;

/// <summary>How <see cref="NotebookRunner"/> executes a notebook.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>Stop at the first failing cell (later cells usually depend on it). Default true.</summary>
    public bool StopOnFirstFailure { get; init; } = true;

    /// <summary>Longest time one cell may take before it counts as failed. Default 5 minutes.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Folder the cells run in. Default: the notebook's own folder, which is what VS Code's kernel uses,
    /// so relative paths in cells (<c>#r "../src/..."</c>, <c>seeds/</c> lookups) mean the same everywhere.
    /// </summary>
    public string? WorkingDirectory { get; init; }

    public static NotebookRunOptions Default { get; } = new();
}

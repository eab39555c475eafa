namespace Analysis.Notebooks.Tests;

/// <summary>
/// Every test that runs a notebook belongs here: a run sets the process's current directory, so tests that
/// run notebooks (or read the current directory) must not overlap.
/// </summary>
[CollectionDefinition(Name)]
public sealed class NotebookCollection
{
    public const string Name = "notebooks";
}

using System.CommandLine;

namespace Analysis.Cli.Commands;

/// <summary>Options that several commands share, spelled the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo?> Corpus() => new("--corpus", "-c")
    {
        Description = "Folder of articles (default: the nearest seeds/ folder from here upwards)",
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Exit with code 3 when any input problem was found",
    };

    /// <summary>
    /// Prints each input problem once to stderr, so that nothing is dropped in silence, and gives the
    /// exit code: 3 under --strict when there were problems, else 0.
    /// </summary>
    public static int ReportProblems(Analysis.Corpus corpus, bool strict)
    {
        if (corpus.Problems.Count == 0) return 0;
        Console.Error.WriteLine($"{corpus.Problems.Count} input problem(s):");
        foreach (var problem in corpus.Problems) Console.Error.WriteLine($"  {problem}");
        return strict ? 3 : 0;
    }
}

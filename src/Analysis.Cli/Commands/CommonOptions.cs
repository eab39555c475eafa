using System.CommandLine;

namespace Analysis.Cli.Commands;


/// <summary>Options that several commands share, spelled the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The exit code of a command run with --strict on a corpus that had input problems.</summary>
    public const int ProblemsExitCode = 3;

    public static Option<DirectoryInfo?> Corpus() => new("--corpus", "-c")
    {
        Description = "Folder of articles (default: the nearest seeds/ folder from here upwards)",
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = $"Exit with code {ProblemsExitCode} when any input problem was found",
    };

    /// <summary>
    /// Prints the corpus's problems section to <paramref name="error"/> (default: stderr), one line
    /// each, and returns the exit code they call for: <see cref="ProblemsExitCode"/> under --strict
    /// when there are any, else 0. Commands call it after their work, so the output is written
    /// either way and strictness only changes the exit code.
    /// </summary>
    public static int ReportProblems(Analysis.Corpus.Corpus corpus, bool strict, TextWriter? error = null)
    {
        error ??= Console.Error;
        if (corpus.Problems.Count == 0) return 0;
        error.WriteLine($"Problems ({corpus.Problems.Count}) in {corpus.Folder}:");
        foreach (var problem in corpus.Problems) error.WriteLine($"  {problem.Describe(corpus.Folder)}");
        if (!strict) return 0;
        error.WriteLine($"--strict: exit code {ProblemsExitCode} because of the problems above.");
        return ProblemsExitCode;
    }

    /// <summary>A path as printed: relative to the current folder when under it, else in full.</summary>
    public static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}

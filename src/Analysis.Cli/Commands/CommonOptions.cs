using System.CommandLine;

namespace Analysis.Cli.Commands;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>Options that several commands share, spelled the same everywhere.</summary>
internal static class CommonOptions
{
    /// <summary>The exit code of a command run with --strict on a corpus that had input problems.</summary>
    public const int ProblemsExitCode = 3;

    public static Option<DirectoryInfo?> Corpus() => new("--corpus", "-c")
    {
        Description = "Folder of articles, or one article file (default: the nearest seeds/ folder from here upwards)",
    };

    public static Option<FileInfo?> Lexicon() => new("--lexicon")
    {
        Description = $"A lexicon (JSON: words, patterns, countries, sources, events) read over the kit's vocabulary and the corpus's own {Vocabulary.Lexicon.FileName}",
    };

    /// <summary>
    /// The vocabulary to read <paramref name="corpusPath"/> with: the kit's, the corpus folder's lexicon.json (a
    /// malformed one is added to <paramref name="problems"/>), then the --lexicon file, which must be there and
    /// well formed (else a <see cref="UsageException"/> naming its file and line).
    /// </summary>
    public static Lexicon LexiconFor(string? corpusPath, FileInfo? given, ICollection<LoadProblem> problems)
    {
        if (given is not null && !given.Exists) throw new UsageException($"--lexicon {given}: no such file");
        try
        {
            return Vocabulary.Lexicon.ForCorpus(corpusPath is not null && Directory.Exists(corpusPath) ? corpusPath : null, given?.FullName, problems);
        }
        catch (LexiconException e)
        {
            throw new UsageException($"--lexicon {e.Message}");
        }
    }

    /// <summary>--out (-o): where a command writes its results, <paramref name="byDefault"/> when not given.</summary>
    public static Option<T> Out<T>(string description, Func<T> byDefault) => new("--out", "-o")
    {
        Description = description,
        DefaultValueFactory = _ => byDefault(),
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = $"Exit with code {ProblemsExitCode} when any input problem was found",
    };

    /// <summary>
    /// The corpus to read, checked before any work: the folder or single article file given with
    /// --corpus, or the nearest seeds/ folder. A path that is not there, or a file that is not an
    /// article, is a <see cref="UsageException"/> naming it.
    /// </summary>
    public static string CorpusPath(DirectoryInfo? given)
    {
        if (given is null)
        {
            try
            {
                return CorpusLoader.FindDefaultFolder();
            }
            catch (DirectoryNotFoundException e)
            {
                throw new UsageException(e.Message);
            }
        }
        var path = given.FullName;
        if (Directory.Exists(path)) return path;
        if (File.Exists(path))
        {
            if (CorpusLoader.ArticleExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)) return path;
            throw new UsageException($"--corpus {given}: is a file but not an article ({string.Join(", ", CorpusLoader.ArticleExtensions)}); give a folder of articles or one article file");
        }
        throw new UsageException($"--corpus {given}: no such folder or file");
    }

    /// <summary>
    /// Prints the corpus's problems section to <paramref name="error"/> (default: stderr), one line
    /// each, and returns the exit code they call for: <see cref="ProblemsExitCode"/> under --strict
    /// when there are any, else 0. A corpus from which no article loaded is a problem too: the
    /// outputs are empty. Commands call it after their work, so the output is written either way and
    /// strictness only changes the exit code.
    /// </summary>
    public static int ReportProblems(string folder, int documents, IReadOnlyList<LoadProblem> problems, bool strict, TextWriter? error = null)
    {
        error ??= Console.Error;
        if (documents == 0)
            error.WriteLine($"warning: no article was loaded from {Shown(folder)}{(problems.Count > 0 ? " (see the problems below)" : $": it holds no {string.Join(" or ", CorpusLoader.ArticleExtensions)} file")}; the results are empty.");
        if (problems.Count > 0)
        {
            error.WriteLine($"Problems ({problems.Count}) in {folder}:");
            foreach (var problem in problems) error.WriteLine($"  {problem.Describe(folder)}");
        }
        if (!strict || (problems.Count == 0 && documents > 0)) return 0;
        error.WriteLine($"--strict: exit code {ProblemsExitCode} because of the {(problems.Count > 0 ? "problems" : "warning")} above.");
        return ProblemsExitCode;
    }

    /// <summary>A path as printed: relative to the current folder when under it, else in full.</summary>
    public static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}

using System.CommandLine;
using System.Diagnostics;
using Analysis.Notebooks;
using Spectre.Console;

namespace Analysis.Cli.Commands;

using Analysis.Output;
using Analysis.Report;

/// <summary>
/// <c>analysis notebooks</c>: executes every notebook headless, in process, and writes executed copies with their
/// outputs; stops at the first failing cell with the notebook, cell and error. <c>--to app</c> turns each notebook
/// into a .NET file-based app instead; <c>--bench</c> times a cold and a warm execution of them all.
/// </summary>
internal static class NotebooksCommand
{
    private const int FailedExitCode = 1;
    private const int UnreadableExitCode = 2;

    public static Command Create()
    {
        var notebooks = new Argument<FileInfo[]>("notebooks")
        {
            Description = "Notebooks to run (default: every .ipynb in the nearest notebooks/ folder)",
            Arity = ArgumentArity.ZeroOrMore,
        };
        notebooks.AcceptExistingOnly();
        var output = new Option<DirectoryInfo?>("--out", "-o")
        {
            Description = "Folder for the executed copies (default: out/notebooks) or, with --to app, for the apps (default: notebooks/apps)",
        };
        var to = new Option<string>("--to")
        {
            Description = "ipynb: execute and write executed notebooks; app: write each notebook as a .NET file-based app (dotnet run FILE.cs)",
            DefaultValueFactory = _ => "ipynb",
        };
        to.AcceptOnlyFromAmong("ipynb", "app");
        var bench = new Option<bool>("--bench")
        {
            Description = "Execute every notebook twice in this process and print the cold and the warm time of each",
        };
        var corpus = CommonOptions.Corpus();
        corpus.Description = $"Folder of articles the notebooks analyse (default: the nearest seeds/ folder); sets {Kit.CorpusVariable} for them";
        var lexicon = CommonOptions.Lexicon();
        lexicon.Description += $"; sets {Kit.LexiconVariable} for them";
        var command = new Command("notebooks", "Execute the notebooks headless and write executed copies, or turn them into file-based apps")
        {
            notebooks, output, to, bench, corpus, lexicon,
        };
        command.SetAction(async (result, ct) =>
        {
            var paths = Paths(result.GetValue(notebooks));
            if (paths.Count == 0)
            {
                Console.Error.WriteLine("No notebooks to run.");
                return FailedExitCode;
            }
            if (result.GetValue(corpus) is { } folder && !folder.Exists)
            {
                Console.Error.WriteLine($"error: --corpus {folder}: no such folder.");
                return UnreadableExitCode;
            }
            try
            {
                // Checked before any notebook runs: a missing or malformed lexicon would otherwise fail in the first cell.
                if (result.GetValue(lexicon) is { } words) CommonOptions.LexiconFor(null, words, []);
            }
            catch (UsageException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return UnreadableExitCode;
            }
            // Kit.Load() in the notebooks reads the variables: the cells stay the same whatever the corpus.
            using var corpusScope = new EnvironmentScope(Kit.CorpusVariable, result.GetValue(corpus)?.FullName);
            using var lexiconScope = new EnvironmentScope(Kit.LexiconVariable, result.GetValue(lexicon)?.FullName);
            try
            {
                if (result.GetValue(to) == "app")
                    return WriteApps(paths, result.GetValue(output)?.FullName ?? Path.Combine(Path.GetDirectoryName(paths[0])!, "apps"));
                if (result.GetValue(bench))
                    return await BenchAsync(paths, ct);
                var outFolder = result.GetValue(output)?.FullName ?? Path.GetFullPath(Path.Combine("out", "notebooks"));
                return await Outcome.Guard(outFolder, () => ExecuteAsync(paths, outFolder, ct));
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                // A file that is not a notebook, or cannot be read: its path and what is wrong, no stack trace.
                Console.Error.WriteLine($"error: {e.Message}");
                return UnreadableExitCode;
            }
        });
        return command;
    }

    private static List<string> Paths(FileInfo[]? given) =>
        given is { Length: > 0 }
            ? given.Select(f => f.FullName).ToList()
            : NotebookFolder.Notebooks(NotebookFolder.Find()).ToList();

    // All or nothing: the executed copies are written beside the out folder and moved into it only when
    // every notebook ran; a failing cell, a stop or a write error leaves the previous copies as they were.
    private static async Task<int> ExecuteAsync(List<string> paths, string outFolder, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        using var output = AtomicOutput.FilesIn(outFolder);
        // What the notebooks write (notebook 05's report) goes with the executed copies, all or nothing like them.
        List<NotebookRun> runs;
        using (new EnvironmentScope(Kit.OutputVariable, output.Path)) runs = await RunAllAsync(paths, ct);
        if (runs.LastOrDefault() is { FirstFailure: { } failure })
        {
            Console.Error.WriteLine(Explain(failure));
            Console.Error.WriteLine($"Stopped at {Path.GetFileName(failure.NotebookPath)}, cell {failure.CellNumber}; later notebooks were not run, and {CommonOptions.Shown(outFolder)} is unchanged.");
            return FailedExitCode;
        }
        try
        {
            foreach (var run in runs) await ExecutedNotebookWriter.WriteAsync(run, Path.Combine(output.Path, Path.GetFileName(run.NotebookPath)), ct);
        }
        catch (Exception e) when (AtomicOutput.IsWriteFailure(e))
        {
            throw output.Failure(e);
        }
        ct.ThrowIfCancellationRequested();
        output.Commit();
        foreach (var run in runs)
            Console.WriteLine($"Wrote {CommonOptions.Shown(Path.Combine(outFolder, Path.GetFileName(run.NotebookPath)))} ({run.CodeCells.Count(c => c.Status == CellStatus.Succeeded)} cells, {run.Elapsed.TotalSeconds:0.0} s)");
        Console.WriteLine($"Executed {runs.Count} notebook(s) in {total.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    /// <summary>Runs the notebooks in order, with a progress bar per notebook in a terminal, plain lines otherwise.</summary>
    private static async Task<List<NotebookRun>> RunAllAsync(List<string> paths, CancellationToken ct)
    {
        if (!Interactive)
            return await RunInOrderAsync(paths, path =>
            {
                Console.WriteLine($"Running {CommonOptions.Shown(path)}…");
                return null;
            }, ct);

        var runs = new List<NotebookRun>();
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context => runs = await RunInOrderAsync(paths, path =>
            {
                var task = context.AddTask(Markup.Escape(Path.GetFileName(path)));
                return new CallbackProgress<CellProgress>(p =>
                {
                    task.MaxValue = p.CodeCellCount;
                    task.Value = p.Running ? p.CodeCellNumber - 1 : p.CodeCellNumber;
                    if (p.Status == CellStatus.Failed) task.Description = Markup.Escape($"{Path.GetFileName(path)}: cell {p.CellIndex + 1} failed");
                    // The last report of a run: its last cell, or the failing one that stopped it.
                    if (!p.Running && (p.CodeCellNumber == p.CodeCellCount || p.Status == CellStatus.Failed)) task.StopTask();
                });
            }, ct));
        return runs;
    }

    /// <summary>Runs the notebooks in order and stops after the first one with a failing cell.</summary>
    private static async Task<List<NotebookRun>> RunInOrderAsync(List<string> paths, Func<string, IProgress<CellProgress>?> progressFor, CancellationToken ct)
    {
        var runs = new List<NotebookRun>();
        foreach (var path in paths)
        {
            var run = await NotebookRunner.RunAsync(path, progress: progressFor(path), ct: ct);
            runs.Add(run);
            if (!run.Succeeded) break;
        }
        return runs;
    }

    // Cold: every notebook once in this fresh process (kernel, compiler and library start on the first cells).
    // Warm: all of them again in the same process, as when a user re-runs notebooks in an open editor.
    private static async Task<int> BenchAsync(List<string> paths, CancellationToken ct)
    {
        var process = Stopwatch.StartNew();
        var passes = new List<List<NotebookRun>>();
        // What the notebooks write is of no use to a timing: it goes to a scratch folder, removed after.
        var scratch = Directory.CreateTempSubdirectory("analysis-notebooks-bench-");
        try
        {
            using var scratchScope = new EnvironmentScope(Kit.OutputVariable, scratch.FullName);
            for (var pass = 0; pass < 2; pass++)
            {
                var runs = await RunInOrderAsync(paths, _ => null, ct);
                if (runs[^1].FirstFailure is { } failure)
                {
                    Console.Error.WriteLine(Explain(failure));
                    return FailedExitCode;
                }
                passes.Add(runs);
            }
        }
        finally
        {
            scratch.Delete(recursive: true);
        }

        Console.WriteLine("Every notebook executed twice in one process: cold (first pass, in a fresh process) and warm (second pass).");
        Console.WriteLine($"{"notebook",-32} {"cells",5} {"cold s",8} {"warm s",8}");
        for (var i = 0; i < paths.Count; i++)
            Console.WriteLine($"{Path.GetFileName(paths[i]),-32} {passes[0][i].CodeCells.Count(),5} {passes[0][i].Elapsed.TotalSeconds,8:0.00} {passes[1][i].Elapsed.TotalSeconds,8:0.00}");
        var cold = passes[0].Sum(r => r.Elapsed.TotalSeconds);
        var warm = passes[1].Sum(r => r.Elapsed.TotalSeconds);
        Console.WriteLine($"{"all",-32} {"",5} {cold,8:0.00} {warm,8:0.00}");
        Console.WriteLine($"process: {process.Elapsed.TotalSeconds:0.00} s on {Environment.ProcessorCount} cores");
        Console.WriteLine($"cold: {cold:0.00} s");
        Console.WriteLine($"warm: {warm:0.00} s");
        return 0;
    }

    private static int WriteApps(List<string> paths, string folder)
    {
        foreach (var path in paths)
        {
            var app = NotebookApp.Write(path, folder);
            Console.WriteLine($"Wrote {CommonOptions.Shown(app)}  (run: dotnet run {CommonOptions.Shown(app)})");
        }
        return 0;
    }

    // A first cell that cannot find the library means it was never built: say how to build it.
    private static string Explain(CellFailure failure) =>
        failure.Error.Contains("Analysis.dll", StringComparison.Ordinal) && failure.Error.Contains("not be found", StringComparison.Ordinal)
            ? $"{failure}\nThe notebooks load the library from src/Analysis/bin/net10.0/: build it with `dotnet build src/Analysis` (./analysis builds it too)."
            : failure.ToString();

    private static bool Interactive => !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    /// <summary>Reports on the runner's own thread, in order (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class CallbackProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}

using System.CommandLine;
using System.Diagnostics;
using Analysis;
using Spectre.Console;

namespace Analysis.Cli.Commands;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Generation;
using Analysis.Output;
using Analysis.Pipeline;

/// <summary>
/// <c>analysis extract</c>: the corpus's tables (documents, troop counts, source mentions, sources,
/// events) as CSV or JSON files. The corpus is streamed: documents are read, extracted and written
/// one at a time, several at once across cores, in corpus order. In a terminal a progress bar shows
/// documents, megabytes, rate and time left; redirected or in CI the output is plain lines.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var corpus = CorpusInput.Create();
        var output = CommonOptions.Out("Folder to write the tables into", () => new DirectoryInfo(Path.Combine("out", "tables")));
        var format = new Option<string>("--format", "-f")
        {
            Description = "File format of the tables: csv, json or parquet",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json", "parquet");
        var threads = new Option<int>("--threads")
        {
            Description = "Documents extracted at once; the default is the machine's core count; the output is the same for any number",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        threads.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--threads must be 1 or more.");
        });
        var strict = CommonOptions.Strict();
        var csvRaw = new Option<bool>("--csv-raw")
        {
            Description = "Write CSV cells exactly as found; by default text starting with = + - @ or a tab gets a leading ' so a spreadsheet does not run it as a formula",
        };
        var shard = ShardOption();
        var lexicon = CommonOptions.Lexicon();
        var command = new Command("extract", $"Write the extracted tables ({string.Join(", ", Export.TableNames)}) with stable columns")
        {
            corpus.Argument, corpus.Option, output, format, threads, strict, csvRaw, shard, lexicon,
        };
        command.SetAction((result, ct) => Outcome.Guard(result.GetValue(output)!.FullName, () =>
        {
            var lexiconProblems = new List<LoadProblem>();
            var (corpusPath, vocabulary) = corpus.Read(result, lexicon, lexiconProblems);
            var stream = CorpusLoader.Stream(corpusPath, result.GetValue(shard));
            if (stream.TotalBytes > CompileAbove) vocabulary = vocabulary.CompiledToIL();
            // run.json counts the corpus's problems and its lexicon's.
            var source = RunSource.Of(stream) with { Problems = () => stream.Problems.Count + lexiconProblems.Count };
            var folder = result.GetValue(output)!.FullName;
            var exportFormat = Enum.Parse<ExportFormat>(result.GetValue(format)!, ignoreCase: true);
            var findings = stream.Extract(Extractor.For(vocabulary), result.GetValue(threads));
            var clock = Stopwatch.StartNew();
            // Written all or nothing: a stop (ct) or a write error leaves the folder as it was.
            var raw = result.GetValue(csvRaw);
            var run = ShowsProgress()
                ? WithProgress(stream, findings, folder, exportFormat, source, raw, ct)
                : Export.WriteRun(WithProgressLines(stream, findings), folder, exportFormat, source, ct, raw);
            clock.Stop();
            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
            Console.WriteLine($"Extracted {run.Documents} document(s), {ByteSize.Megabytes(stream.BytesRead)}, from {stream.Folder}{(stream.Shard is { } part ? $" (part {part})" : "")} in {seconds:F1} s ({stream.BytesRead / (1024d * 1024) / seconds:F1} MB/s); wrote:");
            foreach (var table in run.Tables) Console.WriteLine($"  {CommonOptions.Shown(Path.Combine(folder, table.File))}");
            Console.WriteLine($"  {CommonOptions.Shown(Path.Combine(folder, RunRecord.FileName))}");
            return CommonOptions.ReportProblems(stream.Folder, run.Documents, [.. lexiconProblems, .. stream.Problems], result.GetValue(strict));
        }));
        return command;
    }

    // Past this many bytes of articles, the lexicon's patterns pay for their compilation (Lexicon.CompiledToIL).
    private const long CompileAbove = 16L * 1024 * 1024;

    // --shard K/N: one part of the corpus, split by path, for one of N machines or batch tasks.
    private static Option<Shard?> ShardOption() => new("--shard")
    {
        Description = "Extract only part K of N of the corpus (e.g. 2/4), split by file path; the N parts' tables together are the whole corpus's",
        CustomParser = r =>
        {
            var shard = Shard.TryParse(r.Tokens.Single().Value, out var error);
            if (shard is null) r.AddError($"--shard {error}.");
            return shard;
        },
    };

    // A live display only where someone watches: not when output is redirected, nor in CI.
    private static bool ShowsProgress() =>
        !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive && AnsiConsole.Profile.Capabilities.Ansi;

    private static RunRecord WithProgress(CorpusStream stream, IEnumerable<DocumentFindings> findings, string folder, ExportFormat format, RunSource source, bool csvRaw, CancellationToken ct) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new DownloadedColumn(),
                new TransferSpeedColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(Described(stream), maxValue: Math.Max(1, stream.TotalBytes));
                var watched = findings.Select(f =>
                {
                    task.Value = stream.BytesRead;
                    // The description is a new string: every 16 documents is often enough for a 10 Hz display.
                    if (stream.FilesRead % 16 == 0) task.Description = Described(stream);
                    return f;
                });
                var run = Export.WriteRun(watched, folder, format, source, ct, csvRaw);
                task.Description = Described(stream);
                task.Value = task.MaxValue;
                return run;
            });

    private static string Described(CorpusStream stream) => $"{stream.FilesRead:N0}/{stream.FileCount:N0} documents";

    // Redirected (a log, CI): a plain line every ProgressLineInterval, so a long run shows it is alive and
    // how far it has got; a run shorter than that prints none.
    private static readonly TimeSpan ProgressLineInterval = TimeSpan.FromSeconds(10);

    private static IEnumerable<DocumentFindings> WithProgressLines(CorpusStream stream, IEnumerable<DocumentFindings> findings)
    {
        var clock = Stopwatch.StartNew();
        var next = ProgressLineInterval;
        foreach (var f in findings)
        {
            if (clock.Elapsed >= next)
            {
                next += ProgressLineInterval;
                Console.WriteLine(ProgressLine(stream, clock.Elapsed));
            }
            yield return f;
        }
    }

    private static string ProgressLine(CorpusStream stream, TimeSpan elapsed)
    {
        const double Mb = 1024d * 1024;
        var rate = stream.BytesRead / Mb / Math.Max(elapsed.TotalSeconds, 1e-3);
        var left = rate > 0 ? (stream.TotalBytes - stream.BytesRead) / Mb / rate : 0;
        return $"  {stream.FilesRead:N0}/{stream.FileCount:N0} documents, {stream.BytesRead / Mb:F1}/{stream.TotalBytes / Mb:F1} MB, " +
               $"{rate:F1} MB/s, about {Math.Ceiling(left):F0} s left";
    }
}

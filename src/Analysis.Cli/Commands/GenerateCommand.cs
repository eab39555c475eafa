using System.CommandLine;
using System.Diagnostics;

namespace Analysis.Cli.Commands;

using Analysis.Generation;

/// <summary><c>analysis generate --size 100MB --out DIR [--seed N]</c>: a made-up corpus for benchmarks.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var size = new Option<string>("--size", "-s")
        {
            Description = "How much text to write, e.g. 10MB, 100MB, 1.5GB (1 MB = 1024 KB)",
            DefaultValueFactory = _ => "100MB",
        };
        size.Validators.Add(r =>
        {
            if (!ByteSize.TryParse(r.GetValueOrDefault<string>(), out var bytes) || bytes <= 0)
                r.AddError($"--size: '{r.GetValueOrDefault<string>()}' is not a size; write it like 100MB, 400 MB or 1.5GB.");
        });
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Folder to write the articles into (created if missing)",
            Required = true,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed of the generator: the same seed and size give the same files, byte for byte",
            DefaultValueFactory = _ => CorpusGenerator.DefaultSeed,
        };
        var command = new Command("generate", "Write a corpus of generated news-like articles (troop figures, sources, dates) for benchmarks")
        {
            size, output, seed,
        };
        command.SetAction(result =>
        {
            var bytes = ByteSize.Parse(result.GetValue(size)!);
            var folder = result.GetValue(output)!.FullName;
            if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Console.Error.WriteLine($"{folder} is not empty; generate into a new folder so the corpus is exactly what the seed makes.");
                return 1;
            }
            var clock = Stopwatch.StartNew();
            var corpus = CorpusGenerator.Write(folder, bytes, result.GetValue(seed));
            Console.WriteLine($"Wrote {corpus.Files:N0} articles, {ByteSize.Megabytes(corpus.Bytes)}, seed {corpus.Seed}, into {corpus.Folder} in {clock.Elapsed.TotalSeconds:F1} s");
            return 0;
        });
        return command;
    }
}

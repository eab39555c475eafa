using System.CommandLine;
using Analysis;

namespace Analysis.Cli.Commands;

using Analysis.Evaluation;

/// <summary>
/// <c>analysis evaluate</c>: precision and recall of the extraction on hand-annotated dev sets, one
/// split at a time. The kit's own dev sets are test data (tests/Analysis.Tests/Extraction/DevSet*.json),
/// found from here upwards when no file is given; an analyst points --devset at one written for their
/// articles. The default split is dev: the held-out split is scored on purpose, once, at the end.
/// </summary>
internal static class EvaluateCommand
{
    private static readonly string DefaultFolder = Path.Combine("tests", "Analysis.Tests", "Extraction");

    public static Command Create()
    {
        var devset = new Option<FileInfo[]>("--devset", "-d")
        {
            Description = $"Dev set JSON file(s) (default: every {DefaultFolder}/DevSet*.json, found from here upwards)",
            AllowMultipleArgumentsPerToken = true,
        };
        var split = new Option<string>("--split", "-s")
        {
            Description = "Which passages to score: dev (tuned on), heldout (kept aside: score it once, at the end) or all",
            DefaultValueFactory = _ => DevSet.Dev,
        };
        split.AcceptOnlyFromAmong(DevSet.Dev, DevSet.HeldOut, DevSet.All);
        var verbose = new Option<bool>("--errors", "-e") { Description = "Also list every missed, extra or wrong fact" };
        var writeCorpus = new Option<DirectoryInfo>("--write-corpus")
        {
            Description = "Instead of scoring, write the split's passages as a corpus folder (ID.txt and manifest.json) for `analysis extract`",
        };
        var command = new Command("evaluate", "Measure figures, kind, status, attribution, sources and dates on annotated dev sets") { devset, split, verbose, writeCorpus };
        command.SetAction((result, ct) => Outcome.Guard(null, () =>
        {
            var given = result.GetValue(devset);
            var paths = given is { Length: > 0 } ? given.Select(f => f.FullName).ToArray() : Find();
            if (paths.Length == 0)
                throw new UsageException($"No dev set: pass --devset FILE (looked for {DefaultFolder}/DevSet*.json from {Directory.GetCurrentDirectory()} upwards).");
            if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
                throw new UsageException($"--devset {CommonOptions.Shown(missing)}: {(Directory.Exists(missing) ? "is a folder, not a dev set file" : "no such file")}");
            var which = result.GetValue(split)!;
            if (result.GetValue(writeCorpus) is { } folder)
            {
                var all = new DevSet(paths.SelectMany(p => Load(p, which).Items).ToArray());
                try
                {
                    Console.WriteLine($"Wrote {DevSetCorpus.Write(all, folder.FullName)} passage(s) of split {which} to {CommonOptions.Shown(folder.FullName)}");
                }
                catch (FormatException e)
                {
                    throw new UsageException($"--write-corpus: {e.Message}");
                }
                return 0;
            }
            foreach (var path in paths)
            {
                var set = Load(path, which);
                var name = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
                Console.WriteLine($"== {name}, split {which}: {set.Items.Count} passages, {set.Items.Sum(i => i.Figures.Count)} figures");
                if (set.Items.Count == 0) continue;
                Console.Write(set.Evaluate().Describe(result.GetValue(verbose)));
                var stories = set.Items.GroupBy(i => i.Story).Where(g => g.Key.Length > 0).ToArray();
                if (stories.Length > 1)
                {
                    Console.WriteLine("by story");
                    foreach (var story in stories) Console.WriteLine($"  {story.Key,-8} {new DevSet(story.ToArray()).Evaluate().Summary()}");
                }
                Console.WriteLine();
            }
            return 0;
        }));
        return command;
    }

    private static DevSet Load(string path, string split)
    {
        try
        {
            return DevSet.Load(path).Only(split);
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException)
        {
            throw new UsageException($"--devset {CommonOptions.Shown(path)}: not a dev set ({e.Message})");
        }
    }

    /// <summary>The kit's dev sets, from the first folder upwards that has them.</summary>
    private static string[] Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, DefaultFolder);
            if (!Directory.Exists(folder)) continue;
            var files = Directory.GetFiles(folder, "DevSet*.json").Order(StringComparer.Ordinal).ToArray();
            if (files.Length > 0) return files;
        }
        return [];
    }
}

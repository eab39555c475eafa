using System.CommandLine;
using Analysis;

namespace Analysis.Cli.Commands;

/// <summary>
/// <c>analysis evaluate</c>: precision and recall of the extraction on a hand-annotated dev set.
/// The kit's own dev set is test data (tests/Analysis.Tests/Extraction/DevSet.json), found from here
/// upwards when no file is given; an analyst points --devset at one written for their articles.
/// </summary>
internal static class EvaluateCommand
{
    private static readonly string DefaultDevSet = Path.Combine("tests", "Analysis.Tests", "Extraction", "DevSet.json");

    public static Command Create()
    {
        var devset = new Option<FileInfo?>("--devset", "-d")
        {
            Description = $"Dev set JSON file (default: {DefaultDevSet}, found from here upwards)",
        };
        var verbose = new Option<bool>("--errors", "-e") { Description = "Also list every missed, extra or wrong fact" };
        var command = new Command("evaluate", "Measure precision and recall of figures, attribution and sources on a dev set") { devset, verbose };
        command.SetAction((result, ct) => Outcome.Guard(null, () =>
        {
            var given = result.GetValue(devset);
            if (given is not null && !given.Exists)
                throw new UsageException($"--devset {given}: {(Directory.Exists(given.FullName) ? "is a folder, not a dev set file" : "no such file")}");
            var path = given?.FullName ?? Find();
            if (path is null)
                throw new UsageException($"No dev set: pass --devset FILE (looked for {DefaultDevSet} from {Directory.GetCurrentDirectory()} upwards).");
            DevSet set;
            try
            {
                set = DevSet.Load(path);
            }
            catch (Exception e) when (e is FormatException or System.Text.Json.JsonException or InvalidOperationException or KeyNotFoundException or ArgumentException)
            {
                throw new UsageException($"--devset {CommonOptions.Shown(path)}: not a dev set ({e.Message})");
            }
            var evaluation = set.Evaluate();
            Console.WriteLine($"{set.Items.Count} passages, {set.Items.Sum(i => i.Figures.Count)} figures from {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}");
            Console.Write(evaluation.Describe(result.GetValue(verbose)));
            return 0;
        }));
        return command;
    }

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultDevSet);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}

using System.CommandLine;
using Analysis;

namespace Analysis.Cli.Commands;

using Analysis.Evaluation;

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
        command.SetAction(result =>
        {
            var path = result.GetValue(devset)?.FullName ?? Find();
            if (path is null || !File.Exists(path))
            {
                Console.Error.WriteLine($"No dev set: pass --devset FILE (looked for {DefaultDevSet} from {Directory.GetCurrentDirectory()} upwards).");
                return 2;
            }
            var set = DevSet.Load(path);
            var evaluation = set.Evaluate();
            Console.WriteLine($"{set.Items.Count} passages, {set.Items.Sum(i => i.Figures.Count)} figures from {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}");
            Console.Write(evaluation.Describe(result.GetValue(verbose)));
            return 0;
        });
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

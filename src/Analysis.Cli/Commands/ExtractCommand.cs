using System.CommandLine;
using Analysis;

namespace Analysis.Cli.Commands;

/// <summary><c>analysis extract</c>: the corpus's tables (documents, troop counts, source mentions, sources) as CSV or JSON files.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var corpus = CommonOptions.Corpus();
        var output = new Option<DirectoryInfo>("--out", "-o")
        {
            Description = "Folder to write the tables into",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("out", "tables")),
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "File format of the tables: csv or json",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json");
        var strict = CommonOptions.Strict();
        var command = new Command("extract", "Write troop counts, source mentions, sources and documents as tables with stable columns")
        {
            corpus, output, format, strict,
        };
        command.SetAction(result =>
        {
            var loaded = Kit.Load(result.GetValue(corpus)?.FullName);
            var folder = result.GetValue(output)!.FullName;
            var exportFormat = result.GetValue(format) == "json" ? ExportFormat.Json : ExportFormat.Csv;
            // Documents are extracted and written one at a time.
            var paths = Export.Write(Extractor.Default.ExtractEach(loaded.Documents), folder, exportFormat);
            Console.WriteLine($"Extracted {loaded.Documents.Count} document(s) from {loaded.Folder}; wrote:");
            foreach (var path in paths) Console.WriteLine($"  {Shown(path)}");
            return CommonOptions.ReportProblems(loaded, result.GetValue(strict));
        });
        return command;
    }

    // Paths under the current folder are shown relative to it, others in full.
    private static string Shown(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative;
    }
}

using System.CommandLine;

namespace Analysis.Cli.Commands;

using Analysis.Corpus;
using Analysis.Images;
using Analysis.Report;

/// <summary><c>analysis report</c>: the whole analysis of a corpus as one offline HTML page.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var corpus = CommonOptions.Corpus();
        var output = new Option<FileInfo>("--out", "-o")
        {
            Description = "Where to write the report",
            DefaultValueFactory = _ => new FileInfo(Path.Combine("out", "report.html")),
        };
        var strict = CommonOptions.Strict();
        var images = new Option<DirectoryInfo?>("--images")
        {
            Description = "Also write each chart as DIR/<chart>.png and the report's first screen as DIR/report.png (drawn by the system chromium; nothing is downloaded)",
        };
        var command = new Command("report", "Write the charts and tables of a corpus as one HTML file that opens offline")
        {
            corpus, output, strict, images,
        };
        command.SetAction(result =>
        {
            var loaded = CorpusLoader.Load(result.GetValue(corpus)?.FullName);
            var findings = Kit.Analyze(loaded);
            var path = Report.Write(findings, result.GetValue(output)!.FullName);
            Console.WriteLine($"Wrote {path}");
            Console.WriteLine($"  {findings}");
            if (result.GetValue(images) is { } folder)
            {
                try
                {
                    foreach (var image in ChartImage.SaveReportCharts(findings, folder.FullName)) Console.WriteLine($"Wrote {image}");
                    var screen = Path.Combine(folder.FullName, "report.png");
                    Chromium.Screenshot(path, screen);
                    Console.WriteLine($"Wrote {screen}");
                }
                catch (BrowserNotFoundException e)
                {
                    Console.Error.WriteLine(e.Message);
                    return 1;
                }
            }
            return CommonOptions.ReportProblems(loaded, result.GetValue(strict));
        });
        return command;
    }
}

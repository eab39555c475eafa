using System.CommandLine;

namespace Analysis.Cli.Commands;

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
        var command = new Command("report", "Write the charts and tables of a corpus as one HTML file that opens offline") { corpus, output, strict };
        command.SetAction(result =>
        {
            Console.Error.WriteLine("not built yet");
            return 1;
        });
        return command;
    }
}

using System.CommandLine;

namespace Analysis.Cli.Commands;

using Analysis.Corpus;
using Analysis.Images;
using Analysis.Output;
using Analysis.Pipeline;
using Analysis.Report;

/// <summary><c>analysis report</c>: the whole analysis of a corpus as one offline HTML page.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var corpus = CorpusInput.Create();
        var output = CommonOptions.Out("Where to write the report", () => new FileInfo(Path.Combine("out", "report.html")));
        var strict = CommonOptions.Strict();
        var images = new Option<DirectoryInfo?>("--images")
        {
            Description = "Also write each chart as DIR/<chart>.png and the report's first screen as DIR/report.png (drawn by the system chromium; nothing is downloaded)",
        };
        var lexicon = CommonOptions.Lexicon();
        var command = new Command("report", "Write the charts and tables of a corpus as one HTML file that opens offline")
        {
            corpus.Argument, corpus.Option, output, strict, images, lexicon,
        };
        command.SetAction((result, ct) => Outcome.Guard(result.GetValue(output)!.FullName, () =>
        {
            var lexiconProblems = new List<LoadProblem>();
            var (corpusPath, vocabulary) = corpus.Read(result, lexicon, lexiconProblems);
            var imagesFolder = result.GetValue(images)?.FullName;
            if (imagesFolder is not null && BrowserMissing() is { } missing)
            {
                Console.Error.WriteLine(missing);
                return 1;
            }
            // All or nothing: the report (and the images) are written beside their destinations and
            // moved into place together at the end, so a stop or a failure leaves the old ones.
            using var report = AtomicOutput.File(result.GetValue(output)!.FullName);
            using var pictures = imagesFolder is null ? null : AtomicOutput.FilesIn(imagesFolder);
            var loaded = CorpusLoader.Load(corpusPath, ct);
            if (lexiconProblems.Count > 0) loaded = loaded with { Problems = [.. lexiconProblems, .. loaded.Problems] };
            var findings = Extractor.For(vocabulary).Extract(loaded, ct);
            var imageNames = new List<string>();
            try
            {
                Report.Write(findings, report.Path, corpusName: corpus.Given(result)?.ToString());
                if (pictures is not null)
                {
                    imageNames.AddRange(ChartImage.SaveReportCharts(findings, pictures.Path).Select(p => Path.GetFileName(p)));
                    Chromium.Screenshot(report.Path, Path.Combine(pictures.Path, "report.png"));
                    imageNames.Add("report.png");
                }
            }
            catch (Exception e) when (AtomicOutput.IsWriteFailure(e))
            {
                throw (pictures is not null && e.Message.Contains(pictures.Path, StringComparison.Ordinal) ? pictures : report).Failure(e);
            }
            ct.ThrowIfCancellationRequested();
            report.Commit();
            pictures?.Commit();
            Console.WriteLine($"Wrote {report.Destination}");
            Console.WriteLine($"  {findings}");
            foreach (var image in imageNames) Console.WriteLine($"Wrote {Path.Combine(pictures!.Destination, image)}");
            return CommonOptions.ReportProblems(loaded.Folder, loaded.Documents.Count, findings.Corpus.Problems, result.GetValue(strict));
        }));
        return command;
    }

    // Checked before the work, so that a run asked for images does not fail after minutes without them.
    private static string? BrowserMissing()
    {
        try
        {
            Chromium.Find();
            return null;
        }
        catch (BrowserNotFoundException e)
        {
            return e.Message;
        }
    }
}

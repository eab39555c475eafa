using System.Text.Json;
using Plotly.NET;

namespace Analysis.Tests.Import;

using Analysis.Charts;
using Analysis.Corpus;
using Analysis.Pipeline;
using Analysis.Tests.Corpus;

/// <summary>
/// Import, then report: the dates that came with the pages reach the estimates-over-time chart, which
/// the bundled seed alone (no date) leaves empty.
/// </summary>
public class RoundTripTests
{
    [Fact]
    public void Imported_pages_give_the_estimates_over_time_chart_dated_points()
    {
        using var folder = new TempCorpus();
        var corpus = folder.PathOf("corpus");
        Directory.CreateDirectory(corpus);
        var seeds = CorpusLoader.FindDefaultFolder(AppContext.BaseDirectory);
        foreach (var file in Directory.GetFiles(seeds)) File.Copy(file, Path.Combine(corpus, Path.GetFileName(file)));
        var page = folder.Write("page.html", TestPages.JsonLdOnly());
        var feed = folder.Write("feed.atom", TestPages.Atom().Replace("Moscow has not confirmed", "The Kremlin has not confirmed").Replace("11,000", "12,000"));

        var (importCode, importOut) = Analysis.Tests.Extraction.Cli.Run("import", page, feed, "--into", corpus, "--strict");
        var (reportCode, reportOut) = Analysis.Tests.Extraction.Cli.Run("report", "--corpus", corpus, "--out", folder.PathOf("report.html"), "--strict");

        Assert.Equal((0, 0), (importCode, reportCode));
        Assert.Contains("2 imported, 0 already there", importOut);
        Assert.Contains("3 documents", reportOut);
        var findings = Kit.Analyze(CorpusLoader.Load(corpus));
        var figure = JsonDocument.Parse(GenericChart.toJson(Charts.TroopEstimatesOverTime(findings))).RootElement;
        var dates = figure.GetProperty("data").EnumerateArray()
            .Where(t => t.GetProperty("mode").GetString() == "markers+text")
            .SelectMany(t => t.GetProperty("x").EnumerateArray().Select(x => x.GetString()!))
            .Distinct().Order().ToArray();
        // The imported pages' days (the undated seed may get an inferred day of its own from them).
        Assert.Contains("2024-11-04", dates);
        Assert.Contains("2024-11-10", dates);
        Assert.Contains("2024-11-04", File.ReadAllText(folder.PathOf("report.html")));
    }
}

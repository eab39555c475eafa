using System.Diagnostics;
using System.Text.Json;
using Analysis.Tests.ChartImages;
using Plotly.NET;
using PuppeteerSharp;
using Xunit.Abstractions;

namespace Analysis.BrowserTests;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Report;

/// <summary>The generated report opened in headless chromium from a file URL, with the network off.</summary>
public class ReportInBrowserTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("analysis-report-browser-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Report_opens_offline_draws_every_chart_and_logs_no_error()
    {
        await using var page = await OpenReportAsync(RichFindings.Make(), "hand-made");
        // Hovering a mark opens its box with the sentence it came from.
        var hover = await HoverAsync(page.Page, "troop-estimates", "current estimate");
        Assert.Contains(Squeeze("The spy agency told lawmakers that about 1,500 soldiers had left by ship last week."), Squeeze(hover));
        AssertClean(page);
    }

    [Fact]
    public async Task Report_of_the_seed_corpus_opens_offline_and_draws_every_chart()
    {
        var findings = Kit.Analyze(CorpusLoader.FindDefaultFolder(AppContext.BaseDirectory));
        Assert.NotEmpty(findings.TroopCounts);
        await using var page = await OpenReportAsync(findings, "seed");
        var hover = await HoverAsync(page.Page, "troop-estimates", "current estimate");
        Assert.Contains(Squeeze(findings.TroopCounts.First(c => c.Status == EstimateStatus.Current && c.Kind != TroopKind.ArmySize).Phrase), Squeeze(hover));
        AssertClean(page);
    }

    // Writes the report, opens it offline and checks that each chart of the report drew all its traces.
    private async Task<OfflinePage> OpenReportAsync(Findings findings, string name)
    {
        var report = Report.Write(findings, Path.Combine(folder, name + ".html"));
        var clock = Stopwatch.StartNew();
        var page = await OfflinePage.OpenAsync(browser.Browser, report);
        var charts = Report.ChartsOf(findings);
        Assert.Equal(charts.Select(c => c.Id), await page.Page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('div.chart')].map(d => d.id)"));
        foreach (var (id, chart) in charts)
        {
            var expected = JsonDocument.Parse(GenericChart.toJson(chart)).RootElement.GetProperty("data").GetArrayLength();
            var drawn = await page.Page.EvaluateFunctionAsync<DrawnChart>(DrawnChart.Script, id);
            Assert.True(drawn.Svg, $"{id}: no svg.main-svg");
            Assert.Equal(expected, drawn.Traces);
            Assert.True(drawn.Marks > 0, $"{id}: traces exist but no point or bar was drawn");
        }
        output.WriteLine($"{name}: report opened and {charts.Count} charts checked in {clock.ElapsedMilliseconds} ms (browser launch {browser.LaunchTime.TotalMilliseconds:0} ms)");
        return page;
    }

    private static void AssertClean(OfflinePage page)
    {
        Assert.Empty(page.Blocked);
        Assert.Empty(page.Errors);
        Assert.Empty(page.Dialogs);
    }

    [Fact]
    public async Task A_request_that_leaves_the_machine_is_caught_and_recorded()
    {
        // The check above is only worth something if the trap springs: a page that asks the network is caught.
        var leaky = Path.Combine(folder, "leaky.html");
        File.WriteAllText(leaky, "<!DOCTYPE html><html><body><img src=\"https://example.invalid/pixel.png\"><p>hi</p></body></html>");
        await using var page = await OfflinePage.OpenAsync(browser.Browser, leaky);
        Assert.Equal(["https://example.invalid/pixel.png"], page.Blocked);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    public async Task Hostile_document_text_shows_as_text_and_runs_nothing(string hostile)
    {
        var findings = RichFindings.Make(hostile);
        var report = Report.Write(findings, Path.Combine(folder, "hostile.html"));
        await using var page = await OfflinePage.OpenAsync(browser.Browser, report);

        var text = await page.Page.EvaluateExpressionAsync<string>("document.body.innerText");
        Assert.Contains(hostile, text); // in the tables, as the reader should see it
        Assert.Equal(0, await page.Page.EvaluateExpressionAsync<int>("document.querySelectorAll('img').length"));
        Assert.Equal(1, await page.Page.EvaluateExpressionAsync<int>("document.scripts.length - document.querySelectorAll('div.chart').length"));

        // In a chart: the source's bar label and its hover box show the words literally.
        var labels = await page.Page.EvaluateExpressionAsync<string>("document.querySelector('#source-frequencies .yaxislayer-above').textContent");
        Assert.Contains(hostile, labels);
        var hover = await HoverAsync(page.Page, "source-frequencies", "news outlet");
        Assert.Contains(Squeeze(hostile), Squeeze(hover));

        AssertClean(page);
    }

    // Long quotes wrap in the hover box; its text nodes join without the space that a line break replaced.
    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    // Hovers the first point of the named trace and returns the hover box's text.
    private static async Task<string> HoverAsync(IPage page, string chartId, string traceName) =>
        await page.EvaluateFunctionAsync<string>("""
            (id, name) => {
              const gd = document.getElementById(id);
              const curve = gd.data.findIndex(t => t.name === name);
              if (curve < 0) throw new Error('no trace ' + name + ' in ' + id);
              Plotly.Fx.hover(gd, [{ curveNumber: curve, pointNumber: 0 }], gd.data[curve].xaxis ? gd.data[curve].xaxis + gd.data[curve].yaxis : 'xy');
              return gd.querySelector('.hoverlayer').textContent;
            }
            """, chartId, traceName);

    /// <summary>What plotly drew into a chart's div.</summary>
    public sealed record DrawnChart(bool Svg, int Traces, int Marks)
    {
        public const string Script = """
            id => {
              const div = document.getElementById(id);
              const svg = div.querySelector('svg.main-svg');
              return {
                svg: !!svg,
                traces: div.querySelectorAll('.cartesianlayer g.trace').length,
                marks: div.querySelectorAll('.cartesianlayer g.trace path.point, .cartesianlayer g.trace .point path').length,
              };
            }
            """;
    }
}

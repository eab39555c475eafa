using System.Text;
using PuppeteerSharp;

namespace Analysis.BrowserTests;

using Analysis.Report;
using Analysis.Tests.Claims;

/// <summary>
/// The report's Claims section in headless chromium: the claims chart and the citation network draw, and the
/// labels that plotly actually laid out (their boxes read from the page) stay inside the plot and never overlap.
/// </summary>
public class ClaimsInBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("analysis-claims-browser-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Claims_chart_and_citation_network_draw_with_labels_inside_and_apart()
    {
        await using var page = await OpenAsync(ClaimsCorpus.All);
        var claims = await BoxesAsync(page.Page, "claims-over-time");
        Assert.True(claims.Traces >= 3, $"claims chart drew {claims.Traces} traces");
        Assert.True(claims.Marks >= 4, $"claims chart drew {claims.Marks} marks");
        // One label per origin: the National Intelligence Service, Ukrainian military intelligence, the Pentagon.
        Assert.Equal(3, claims.Labels.Length);
        AssertInsideAndApart(claims);

        var network = await BoxesAsync(page.Page, "citation-network");
        Assert.Equal(1, network.Traces);
        Assert.True(network.Marks >= 6, $"Sankey drew {network.Marks} nodes"); // 3 origins, Reuters, at least 2 outlets
        Assert.Contains("Reuters", network.Texts);
        AssertInsideAndApart(network);
        Assert.Empty(page.Errors);
        Assert.Empty(page.Blocked);
    }

    [Fact]
    public async Task Seven_origins_with_close_figures_on_one_day_get_labels_that_do_not_collide()
    {
        // The case that made labels run over each other: figures a few hundred apart, reported the same days.
        string[] voices = ["The Pentagon", "South Korea's National Intelligence Service", "Ukraine's military intelligence", "The Defense Intelligence Agency",
            "The White House", "The U.S. State Department", "British Defence Intelligence"];
        var articles = voices.SelectMany((voice, i) => new[]
        {
            ($"crowd-{i}-a", "2024-11-04", "Wire", $"Count number {i + 1}\n\n{voice} said about {10_000 + 350 * i:N0} North Korean troops have been deployed to Russia.\n"),
            ($"crowd-{i}-b", "2024-11-06", "Daily", $"Count repeated\n\n{voice} said {10_000 + 350 * i:N0} North Korean troops have been deployed to Russia.\n"),
        }).ToList();
        await using var page = await OpenAsync(articles);
        var claims = await BoxesAsync(page.Page, "claims-over-time");
        Assert.True(claims.Labels.Length >= 5, $"only {claims.Labels.Length} labels drawn");
        Assert.True(claims.Labels.Length <= voices.Length);
        AssertInsideAndApart(claims);
        Assert.Empty(page.Errors);
    }

    private async Task<OfflinePage> OpenAsync(IEnumerable<(string Id, string Published, string Outlet, string Text)> articles)
    {
        var corpus = ClaimsCorpus.Write(Path.Combine(folder, "corpus"), articles);
        var report = Report.Write(Kit.Analyze(corpus), Path.Combine(folder, "report.html"));
        return await OfflinePage.OpenAsync(browser.Browser, report);
    }

    private static void AssertInsideAndApart(Drawn drawn)
    {
        var area = drawn.Area;
        foreach (var l in drawn.Labels)
            Assert.True(l.Left >= area.Left - 0.5 && l.Right <= area.Right + 0.5 && l.Top >= area.Top - 0.5 && l.Bottom <= area.Bottom + 0.5,
                $"{drawn.Id}: label {l} outside the plot area {area}");
        for (var i = 0; i < drawn.Labels.Length; i++)
            for (var j = i + 1; j < drawn.Labels.Length; j++)
            {
                var (a, b) = (drawn.Labels[i], drawn.Labels[j]);
                var overlap = a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom;
                Assert.False(overlap, $"{drawn.Id}: labels {a} and {b} overlap");
            }
    }

    // The plot area (the cartesian drag rectangle, or for a Sankey the figure less its margins) and the box of
    // every label plotly drew: annotations of the claims chart, node labels of the Sankey.
    private static Task<Drawn> BoxesAsync(IPage page, string id) => page.EvaluateFunctionAsync<Drawn>("""
        id => {
          const div = document.getElementById(id);
          const box = e => { const r = e.getBoundingClientRect(); return { left: r.left, top: r.top, right: r.right, bottom: r.bottom }; };
          const drag = div.querySelector('.draglayer .xy .nsewdrag');
          const size = div._fullLayout._size;
          const svg = div.querySelector('svg.main-svg').getBoundingClientRect();
          const area = drag ? box(drag) : { left: svg.left + size.l, top: svg.top + size.t, right: svg.left + size.l + size.w, bottom: svg.top + size.t + size.h };
          const labels = [...div.querySelectorAll('g.annotation .annotation-text-g text, g.sankey .node-label')]
            .filter(e => e.textContent.trim().length > 0).map(box);
          return {
            id, area, labels,
            texts: [...div.querySelectorAll('g.annotation text, g.sankey .node-label')].map(e => e.textContent),
            traces: div.querySelectorAll('.cartesianlayer g.trace, g.sankey').length,
            marks: div.querySelectorAll('.cartesianlayer g.trace path.point, g.sankey .sankey-node').length,
          };
        }
        """, id);

    public sealed record Box(double Left, double Top, double Right, double Bottom)
    {
        public override string ToString() => FormattableString.Invariant($"[{Left:0},{Top:0} – {Right:0},{Bottom:0}]");
    }

    public sealed record Drawn(string Id, Box Area, Box[] Labels, string[] Texts, int Traces, int Marks);
}

using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Analysis.Notebooks.Tests;

using Analysis.Charts;
using Analysis.Frames;

/// <summary>
/// The story notebooks in notebooks/: each runs top to bottom headless, every chart cell draws a plotly chart from
/// the plotly.js the first cell delivers (nothing from a network), and the files in the repository carry no outputs.
/// </summary>
[Collection(NotebookCollection.Name)]
public partial class StoryNotebookTests
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names()) data.Add(name);
        return data;
    }

    private static List<string> Names() =>
        NotebookFolder.Notebooks(Path.Combine(Repo.Root, "notebooks")).Select(p => Path.GetFileName(p)).ToList();

    [Fact]
    public void The_story_is_told_in_six_notebooks_in_reading_order()
    {
        Assert.Equal(
            ["01-getting-started.ipynb", "02-troop-estimates.ipynb", "03-sources.ipynb", "04-timeline.ipynb", "05-extend-the-analysis.ipynb", "06-claims.ipynb"],
            Names());
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Runs_top_to_bottom_and_every_chart_cell_draws_a_chart(string name)
    {
        var run = await NotebookRunner.RunAsync(Path.Combine(Repo.Root, "notebooks", name));

        Assert.True(run.Succeeded, run.FirstFailure?.ToString());
        Assert.All(run.CodeCells, c => Assert.Equal(CellStatus.Succeeded, c.Status));
        Assert.All(run.CodeCells, c => Assert.DoesNotContain(c.Outputs, o => o.Kind is OutputKind.Error or OutputKind.StandardError));

        // plotly.js arrives once, from the first cell; no output asks a network for a script.
        var html = run.CodeCells.SelectMany(c => c.ValuesOf("text/html")).ToList();
        Assert.Single(html, h => h.Contains("window.Plotly") && h.Length > 1_000_000);
        Assert.Contains(run.CodeCells.First().ValuesOf("text/html"), h => h.Contains("window.Plotly"));
        Assert.DoesNotContain(html, h => ScriptSource().IsMatch(h));

        var chartCells = run.CodeCells.Where(c => ChartCall().IsMatch(c.Source)).ToList();
        Assert.NotEmpty(chartCells);
        foreach (var cell in chartCells)
        {
            var chart = Assert.Single(cell.ValuesOf("text/html"), h => h.Contains("Plotly.newPlot"));
            var figure = FigureOf(chart);
            Assert.False(string.IsNullOrWhiteSpace((string?)figure["layout"]?["title"]?["text"]), $"cell {cell.Index + 1}: chart without a title");
            // A Sankey diagram has no axes to title, nor has a chart with nothing to draw (notebook 06's claims over time on
            // the undated seed): its axes are hidden and a message says why it is empty.
            var empty = figure["layout"]?["xaxis"]?["visible"]?.GetValue<bool>() == false;
            if (empty)
                Assert.False(string.IsNullOrWhiteSpace((string?)figure["layout"]?["annotations"]?[0]?["text"]), $"cell {cell.Index + 1}: an empty chart that does not say why");
            else if ((string?)figure["data"]?[0]?["type"] != "sankey")
                Assert.NotNull(figure["layout"]?["xaxis"]?["title"]?["text"] ?? figure["layout"]?["yaxis"]?["title"]?["text"]);
            Assert.NotEmpty(figure["data"]!.AsArray());
        }
    }

    [Fact]
    public async Task A_hover_box_quotes_the_sentence_a_figure_came_from()
    {
        var run = await NotebookRunner.RunAsync(Path.Combine(Repo.Root, "notebooks", "02-troop-estimates.ipynb"));
        var chart = run.CodeCells.Where(c => c.Source.Contains("Charts.TroopEstimates(")).SelectMany(c => c.ValuesOf("text/html")).Single();
        var hovers = FigureOf(chart)["data"]!.AsArray().SelectMany(t => t?["hovertext"]?.AsArray() ?? []).Select(h => (string?)h).ToList();

        // The figure's words in bold inside its sentence (a line break may fall between them), and who said it.
        Assert.Contains(hovers, h => h!.Contains("lawmakers revealed to Yonhap news agency that <b>approximately</b>")
            && h.Contains("<b>10,000</b>") && h.Contains("Source: National Intelligence Service via Lee Seong-kweun, Park Sun-won, Yonhap"));
    }

    [Fact]
    public async Task The_extension_notebook_credits_its_article_to_the_added_alias_and_dates_the_added_event()
    {
        var run = await NotebookRunner.RunAsync(Path.Combine(Repo.Root, "notebooks", "05-extend-the-analysis.ipynb"));
        Assert.True(run.Succeeded, run.FirstFailure?.ToString());

        var counts = run.CodeCells.Single(c => c.Source.Contains("extractor.Extract(extended)")).ValuesOf("text/html").Single();
        Assert.Matches(@"<td>my-article</td><td>about 12,000</td><td>12000</td><td>current</td><td>Ukrainian military intelligence</td>", counts);
        Assert.Matches(@"<td>my-article</td><td>11,000</td><td>11000</td><td>earlier</td><td>Ukrainian military intelligence</td>", counts);

        var events = run.CodeCells.Single(c => c.Source.Contains("Frames.Events(findings)")).ValuesOf("text/html").Single();
        Assert.Matches(@"the G20 summit[^<]*</td><td>2024-11-18</td><td>2024-11-19</td><td>interval</td>", events);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Is_kept_in_the_repository_without_outputs(string name)
    {
        var cells = Cells(name);
        foreach (var cell in cells.Where(c => (string?)c["cell_type"] == "code"))
        {
            Assert.Empty(cell["outputs"]!.AsArray());
            Assert.Null(cell["execution_count"]);
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Opens_on_the_CSharp_kernel_and_starts_with_the_setup_cell(string name)
    {
        var notebook = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "notebooks", name)))!;
        Assert.Equal(".net-csharp", (string?)notebook["metadata"]!["kernelspec"]!["name"]);
        Assert.Equal("csharp", (string?)notebook["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);

        var cells = Cells(name);
        Assert.Equal("markdown", (string?)cells[0]["cell_type"]);
        var first = cells.First(c => (string?)c["cell_type"] == "code");
        Assert.Equal("#load \"setup.csx\"\nusing Analysis;", Source(first));
        Assert.All(cells.Where(c => (string?)c["cell_type"] == "code"),
            c => Assert.Equal("csharp", (string?)c["metadata"]!["polyglot_notebook"]!["kernelName"]));
        // Prose between the cells: no two code cells in a row without a word in between, except a cell that only
        // computes for the next.
        Assert.True(cells.Count(c => (string?)c["cell_type"] == "markdown") >= cells.Count(c => (string?)c["cell_type"] == "code") / 2);
    }

    private static List<JsonNode> Cells(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "notebooks", name)))!["cells"]!.AsArray().Select(c => c!).ToList();

    private static string Source(JsonNode cell) => string.Concat(cell["source"]!.AsArray().Select(l => (string?)l));

    // The figure JSON inside a chart output: `var f={…};` up to the first statement after it.
    private static JsonNode FigureOf(string chartHtml)
    {
        var start = chartHtml.IndexOf("var f=", StringComparison.Ordinal) + "var f=".Length;
        var end = chartHtml.IndexOf(";var id=", start, StringComparison.Ordinal);
        return JsonNode.Parse(chartHtml[start..end])!;
    }

    /// <summary>A chart cell: one that calls a chart builder (the kit's Charts or Plotly.NET's Chart).</summary>
    [GeneratedRegex(@"\bCharts?\.")]
    internal static partial Regex ChartCall();

    [GeneratedRegex(@"<script[^>]*\ssrc\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptSource();
}

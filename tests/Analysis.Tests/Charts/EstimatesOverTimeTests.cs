using System.Text.Json;
using Plotly.NET;

namespace Analysis.Tests.Charts;

using Analysis.Charts;
using Analysis.Corpus;
using Analysis.Pipeline;

/// <summary>
/// "Estimates over time" on articles written for these tests: one panel per kind, a source's line never runs from a
/// deployment figure into a casualty count, a planned figure stands apart at its target, and the hover keeps the sentence.
/// </summary>
public class EstimatesOverTimeTests
{
    private static readonly Findings Findings = Extractor.Default.Extract(new Corpus("", [
        Article("a", "2024-10-18", "About 3,000 North Korean soldiers have been sent to the front, the NIS said on Thursday."),
        Article("b", "2024-11-08", "About 10,000 North Korean soldiers have now been sent to the front, the NIS said on Wednesday. " +
                                   "At least 1,200 North Korean soldiers have been killed or wounded, the NIS said."),
        Article("c", "2024-12-02", "The NIS said on Monday that 5,000 more North Korean soldiers would be sent by March."),
    ], []));

    private static readonly JsonElement Figure = JsonDocument.Parse(GenericChart.toJson(Charts.TroopEstimatesOverTime(Findings))).RootElement;

    private static IEnumerable<JsonElement> Traces => Figure.GetProperty("data").EnumerateArray();

    private static string Axis(JsonElement trace) => trace.TryGetProperty("yaxis", out var y) ? y.GetString()! : "y";

    [Fact]
    public void Each_kind_has_its_own_panel()
    {
        var layout = Figure.GetProperty("layout");
        Assert.True(layout.TryGetProperty("yaxis2", out _));
        var titles = layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()).ToArray();
        Assert.Contains("<b>Sent or deployed</b>", titles);
        Assert.Contains("<b>Casualties</b>", titles);
        // The casualty count is drawn in a panel of its own, not beside the deployments.
        var marks = Traces.Where(t => t.GetProperty("mode").GetString() == "markers+text").ToList();
        var casualty = Assert.Single(marks, t => t.GetProperty("y").EnumerateArray().Any(y => y.GetDouble() == 1200));
        Assert.DoesNotContain(marks, t => Axis(t) == Axis(casualty) && t.GetProperty("y").EnumerateArray().Any(y => y.GetDouble() == 10000));
    }

    [Fact]
    public void A_sources_line_joins_only_its_stated_figures_of_one_kind()
    {
        var line = Assert.Single(Traces, t => t.GetProperty("mode").GetString() == "lines" && t.GetProperty("name").GetString() == "National Intelligence Service");
        // 3,000 on Thursday 17 October, 10,000 on Wednesday 6 November: not the casualties, not the planned 5,000.
        Assert.Equal([3000.0, 10000.0], line.GetProperty("y").EnumerateArray().Select(y => y.GetDouble()));
        Assert.Equal(["2024-10-17", "2024-11-06"], line.GetProperty("x").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public void A_planned_figure_stands_apart_at_its_target_with_the_sentence_in_its_hover()
    {
        var planned = Assert.Single(Traces, t => t.GetProperty("mode").GetString() == "markers+text"
            && t.GetProperty("marker").GetProperty("symbol").ValueKind == JsonValueKind.String && t.GetProperty("marker").GetProperty("symbol").GetString() == "star-open");
        Assert.Equal(5000, planned.GetProperty("y")[0].GetDouble());
        // By March (2025): drawn at the middle of the month; stated on Monday 2 December, the day of the article.
        Assert.Equal("2025-03-16", planned.GetProperty("x")[0].GetString());
        var hover = planned.GetProperty("hovertext")[0].GetString()!;
        Assert.Contains("to be reached 2025-03", hover);
        Assert.Contains("stated 2024-12-02", hover);
        Assert.Contains("would be sent by March", hover);
        var dashed = Assert.Single(Traces, t => t.GetProperty("name").GetString() == "planned: stated to target");
        Assert.Equal(["2024-12-02", "2025-03-16"], dashed.GetProperty("x").EnumerateArray().Select(x => x.GetString()));
    }

    [Fact]
    public void Figures_too_close_to_label_apart_keep_one_label_and_the_chart_says_so()
    {
        // Eight sources' figures on one day, within 1% of each other: eight labels would print over each other.
        var crowd = Extractor.Default.Extract(new Corpus("", Enumerable.Range(0, 8).Select(i => Article($"d{i}", "2024-11-04",
            $"About {10_000 + 10 * i:N0} North Korean soldiers have been sent to Russia, {Speakers[i]} said.")).ToList(), []));
        var figure = JsonDocument.Parse(GenericChart.toJson(Charts.TroopEstimatesOverTime(crowd))).RootElement;
        var labels = figure.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("mode").GetString() == "markers+text")
            .SelectMany(t => t.GetProperty("text").EnumerateArray().Select(x => x.GetString())).ToList();
        Assert.Equal(8, labels.Count);
        Assert.Single(labels, l => l != "");
        var notes = figure.GetProperty("layout").GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()!);
        Assert.Contains(notes, n => n.Contains("labels on 1 of 8 figures, where they fit", StringComparison.Ordinal));
    }

    [Fact]
    public void Labels_apart_are_all_kept_and_one_over_another_is_left_out()
    {
        var marks = new List<PointLabels.Mark> { new(0.1, 0.5, 20), new(0.6, 0.5, 20), new(0.11, 0.51, 20), new(0.1, 0.1, 20) };
        Assert.Equal([true, true, false, true], PointLabels.Choose(marks, panelHeight: 300));
    }

    private static readonly string[] Speakers =
        ["the NIS", "the Pentagon", "Ukraine's military intelligence", "NATO", "the White House", "Japan's defence ministry", "the ISW", "Lithuania's intelligence"];

    private static Document Article(string id, string published, string body) =>
        CorpusLoader.FromText("Headline\n\n" + body, id, new DocumentMetadata(Published: DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
}

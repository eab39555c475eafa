using System.Text.Json;
using Plotly.NET;

namespace Analysis.Tests.ChartImages;

using Analysis.Charts;
using Analysis.Pipeline;
using Analysis.Tests.Corpus;

/// <summary>
/// The estimates-by-source chart on a story whose figures are mostly credited to no one: the "unattributed" column
/// holds many figures close in size, and their labels must not print over each other.
/// </summary>
public class CrowdedColumnLabelTests
{
    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;

    private static Findings Story()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Fighters reach the coast\n\nOver 10,000 Ruritanian fighters are in the coastal province.\n\n" +
            "About 10,100 Ruritanian fighters have reached the coastal province so far.\n\n" +
            "About 3,400 Ruritanian fighters are training in camps across the border.\n\n" +
            "At least 3,204 Ruritanian recruits are waiting in the camps.\n\n" +
            "Nearly 40 Ruritanian fighters have left the province, and nearly 200 Ruritanian fighters have deserted.\n");
        return Kit.Analyze(corpus.Load());
    }

    [Fact]
    public void Labels_in_one_source_s_column_do_not_overlap_and_the_axis_says_how_many_are_written()
    {
        var figure = Figure(Charts.TroopEstimates(Story()));
        var layout = figure.GetProperty("layout");
        var plotHeight = layout.GetProperty("height").GetDouble() - layout.GetProperty("margin").GetProperty("t").GetDouble()
            - layout.GetProperty("margin").GetProperty("b").GetDouble();
        var marks = figure.GetProperty("data").EnumerateArray()
            .Where(t => t.TryGetProperty("mode", out var m) && m.GetString() == "markers+text" && t.GetProperty("yaxis").GetString() == "y")
            .SelectMany(t => Enumerable.Range(0, t.GetProperty("y").GetArrayLength())
                .Select(i => (X: t.GetProperty("x")[i].GetString()!, Y: t.GetProperty("y")[i].GetDouble(), Text: t.GetProperty("text")[i].GetString()!)))
            .ToList();
        var unattributed = marks.Where(m => m.X == "unattributed").ToList();
        // The chart's scale: its fixed range, else plotly's own (the highest mark and about 5 % above it).
        var yMax = layout.GetProperty("yaxis").TryGetProperty("range", out var range) ? range[1].GetDouble() : marks.Max(m => m.Y) * 1.05;
        Assert.True(unattributed.Count >= 5, $"the story should give five unattributed figures or more, got {unattributed.Count}");

        // Label centres of one column at least a line (16 px of 12 px text) apart on the chart's fixed scale.
        var written = unattributed.Where(m => m.Text.Length > 0).Select(m => m.Y / yMax * plotHeight).Order().ToList();
        Assert.True(written.Count >= 2);
        for (var i = 1; i < written.Count; i++)
            Assert.True(written[i] - written[i - 1] >= 16, $"labels {written[i - 1]:F0} px and {written[i]:F0} px overlap");
        // The largest current figure keeps its label; the others keep their hover.
        Assert.Contains(unattributed, m => m.Y == 10_100 && m.Text == "~10,100");
        var x = layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString()!;
        var all = figure.GetProperty("data").EnumerateArray()
            .Where(t => t.TryGetProperty("mode", out var m) && m.GetString() == "markers+text")
            .SelectMany(t => t.GetProperty("text").EnumerateArray().Select(l => l.GetString()!)).ToList();
        Assert.Contains($"labels on {all.Count(l => l.Length > 0)} of {all.Count} figures, where they fit", x);
    }

    [Fact]
    public void Figures_far_apart_keep_every_label_and_the_plain_axis_title()
    {
        // Near miss: two figures of one column far apart in size both keep their labels.
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Fighters reach the coast\n\nAbout 10,000 Ruritanian fighters are in the coastal province.\n\n" +
            "About 2,000 Ruritanian fighters are training in camps across the border.\n");
        var figure = Figure(Charts.TroopEstimates(Kit.Analyze(corpus.Load())));
        var texts = figure.GetProperty("data").EnumerateArray()
            .Where(t => t.TryGetProperty("mode", out var m) && m.GetString() == "markers+text")
            .SelectMany(t => t.GetProperty("text").EnumerateArray().Select(l => l.GetString()!)).ToList();
        Assert.Equal(["~10,000", "~2,000"], texts.Order(StringComparer.Ordinal));
        Assert.Equal("Attributed to", figure.GetProperty("layout").GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
    }
}

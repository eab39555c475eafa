using System.Text.Json;
using Plotly.NET;

namespace Analysis.Tests.Report;

using Analysis.Charts;
using Analysis.Extraction;
using Analysis.Report;

/// <summary>Charts checked through their plotly JSON: what a browser would be given.</summary>
public class ChartTests
{
    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;

    [Fact]
    public void Estimates_chart_has_title_axes_and_the_quote_in_its_hover()
    {
        var figure = Figure(Charts.TroopEstimates(SampleFindings.Make()));
        var layout = figure.GetProperty("layout");
        Assert.Equal("Troop-count estimates by source", layout.GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("Attributed to", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("Troops", layout.GetProperty("yaxis").GetProperty("title").GetProperty("text").GetString());
        // Drawn traces have points; legend-key traces have a single null point and no hover.
        var drawn = figure.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("y")[0].ValueKind != JsonValueKind.Null).ToArray();
        var trace = Assert.Single(drawn, t => t.GetProperty("yaxis").GetString() == "y");
        Assert.Equal([2000.0], trace.GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal("2,000", trace.GetProperty("text")[0].GetString()); // the label printed beside the mark
        Assert.Contains("Officials said 2,000 soldiers moved east.", trace.GetProperty("hovertext")[0].GetString());
        Assert.Equal("%{hovertext}<extra></extra>", trace.GetProperty("hovertemplate").GetString());
    }

    [Fact]
    public void Army_size_figures_stay_off_the_estimates_scale()
    {
        var findings = SampleFindings.Make();
        // In the estimates figure the whole army is a panel of its own: its own x and y axes, side by side.
        var estimates = Figure(Charts.TroopEstimates(findings));
        var drawn = estimates.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("y")[0].ValueKind != JsonValueKind.Null).ToArray();
        var onMainScale = drawn.Where(t => t.GetProperty("yaxis").GetString() == "y").SelectMany(t => t.GetProperty("y").EnumerateArray()).ToArray();
        Assert.NotEmpty(onMainScale);
        Assert.DoesNotContain(onMainScale, v => v.GetDouble() > 1_000_000);
        var armyPanel = Assert.Single(drawn, t => t.GetProperty("yaxis").GetString() == "y2");
        Assert.Equal(1_200_000, armyPanel.GetProperty("y")[0].GetDouble());
        var layout = estimates.GetProperty("layout");
        Assert.True(layout.GetProperty("xaxis").GetProperty("domain")[1].GetDouble() < layout.GetProperty("xaxis2").GetProperty("domain")[0].GetDouble());
        Assert.Equal("x2", layout.GetProperty("yaxis2").GetProperty("anchor").GetString());

        var army = Figure(Charts.ArmySize(findings)).GetProperty("data")[0];
        Assert.Equal(1_200_000, army.GetProperty("y")[0].GetDouble());
    }

    [Fact]
    public void Timeline_draws_intervals_and_keeps_undated_rows_without_a_mark()
    {
        var figure = Figure(Charts.Timeline(SampleFindings.Make()));
        var rows = figure.GetProperty("layout").GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(r => r.GetString()!).ToArray();
        Assert.Equal(["2. Nothing dated (undated)", "1. Soldiers moved east (2024-10-22 – 2024-10-24)"], rows);
        // The interval is a horizontal bar from its first day, three days long (22, 23 and 24 October).
        var interval = Assert.Single(figure.GetProperty("data").EnumerateArray());
        Assert.Equal("bar", interval.GetProperty("type").GetString());
        Assert.Equal("h", interval.GetProperty("orientation").GetString());
        Assert.Equal("2024-10-22", interval.GetProperty("base")[0].GetString());
        Assert.Equal(3 * 86_400_000.0, interval.GetProperty("x")[0].GetDouble());
        Assert.Equal(rows[1], interval.GetProperty("y")[0].GetString());
    }

    [Fact]
    public void Source_chart_sorts_by_mentions_and_colours_by_kind()
    {
        var figure = Figure(Charts.SourceFrequencies(SampleFindings.Make()));
        var traces = figure.GetProperty("data").EnumerateArray().ToArray();
        // One trace per kind of source, so the legend names the colours; then the attributed facts.
        Assert.Equal(["facts attributed to the source", "government"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(ChartTheme.ColorOf(SourceKind.Government), traces[1].GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal([1], traces[1].GetProperty("x").EnumerateArray().Select(v => v.GetInt32()));
        Assert.True(traces[1].GetProperty("legendrank").GetInt32() < traces[0].GetProperty("legendrank").GetInt32(), "kinds come first in the legend");
    }
}

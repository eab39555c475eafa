using System.Text.Json;
using Plotly.NET;

namespace Analysis.Tests.Report;

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
        var trace = Assert.Single(figure.GetProperty("data").EnumerateArray());
        Assert.Equal([2000.0], trace.GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Contains("Officials said 2,000 soldiers moved east.", trace.GetProperty("text")[0].GetString());
    }

    [Fact]
    public void Army_size_figures_stay_off_the_estimates_scale()
    {
        var findings = SampleFindings.Make();
        var estimates = Figure(Charts.TroopEstimates(findings)).GetProperty("data");
        Assert.DoesNotContain(estimates.EnumerateArray().SelectMany(t => t.GetProperty("y").EnumerateArray()), v => v.GetDouble() > 1_000_000);
        var army = Figure(Charts.ArmySize(findings)).GetProperty("data")[0];
        Assert.Equal(1_200_000, army.GetProperty("y")[0].GetDouble());
    }

    [Fact]
    public void Timeline_draws_intervals_and_keeps_undated_rows_without_a_mark()
    {
        var figure = Figure(Charts.Timeline(SampleFindings.Make()));
        var rows = figure.GetProperty("layout").GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(r => r.GetString()!).ToArray();
        Assert.Equal(["2. Nothing dated (undated)", "1. Soldiers moved east (2024-10-22 – 2024-10-24)"], rows);
        var interval = Assert.Single(figure.GetProperty("data").EnumerateArray());
        Assert.Equal(["2024-10-22", "2024-10-25", "null"], interval.GetProperty("x").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? "null" : v.GetString()!));
    }

    [Fact]
    public void Source_chart_sorts_by_mentions_and_colours_by_kind()
    {
        var figure = Figure(Charts.SourceFrequencies(SampleFindings.Make()));
        var traces = figure.GetProperty("data").EnumerateArray().ToArray();
        Assert.Equal(["mentions", "attributed facts"], traces.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(ChartTheme.ColorOf(SourceKind.Government), traces[0].GetProperty("marker").GetProperty("color")[0].GetString());
    }
}

using Plotly.NET;

namespace Analysis.Tests.Report;

using Analysis.Charts;
using Analysis.Corpus;
using Analysis.Pipeline;
using Analysis.Report;

/// <summary>
/// A story read in several outlets: the report's tables and the charts' hover boxes say which outlet carried each
/// figure, and on what day, not only the headline it sat under.
/// </summary>
public class ReportOutletTests
{
    // Two short articles of our own, the same figure carried by two outlets on two days.
    private static Findings TwoOutlets() => Extractor.Default.Extract(new Corpus(Path.GetTempPath(),
    [
        CorpusLoader.FromText("Alliance sends more peacekeepers\n\nThe alliance said on Monday it would send 600 more troops to the region.",
            id: "first", metadata: new DocumentMetadata(Title: "Alliance sends more peacekeepers", Published: new DateOnly(2023, 5, 30), Outlet: "Wire <One>")),
        CorpusLoader.FromText("Peacekeepers arrive\n\nThe first of the 600 troops arrived on Friday, the alliance said.",
            id: "second", metadata: new DocumentMetadata(Title: "Peacekeepers arrive", Published: new DateOnly(2023, 6, 2), Outlet: "Daily Two")),
    ], []));

    [Fact]
    public void The_figures_table_names_the_outlet_and_day_of_each_figure()
    {
        var html = Report.Render(TwoOutlets());
        var figures = html[html.IndexOf("id=\"troop-counts\"", StringComparison.Ordinal)..html.IndexOf("id=\"sources\"", StringComparison.Ordinal)];
        Assert.Contains("<td>Wire &lt;One&gt;, 2023-05-30: Alliance sends more peacekeepers, sentence ", figures);
        Assert.Contains("<td>Daily Two, 2023-06-02: Peacekeepers arrive, sentence ", figures);
    }

    [Fact]
    public void A_document_without_outlet_or_day_keeps_its_headline_alone()
    {
        var findings = Extractor.Default.Extract(new Corpus(Path.GetTempPath(),
            [CorpusLoader.FromText("Troops sent\n\nThe ministry said 600 troops were sent.", id: "bare")], []));
        Assert.Contains("<td>Troops sent, sentence ", Report.Render(findings));
    }

    [Fact]
    public void A_hover_box_names_the_outlet_and_day_of_its_figure()
    {
        var json = GenericChart.toJson(Charts.TroopEstimates(TwoOutlets()));
        Assert.Contains("Wire &lt;One&gt;, 2023-05-30: Alliance sends more peacekeepers (first), sentence", json);
        Assert.Contains("Daily Two, 2023-06-02: Peacekeepers arrive (second), sentence", json);
    }

    [Fact]
    public void A_chart_of_your_own_with_quotes_names_the_outlet_too()
    {
        var findings = TwoOutlets();
        var points = findings.TroopCounts.ToList();
        var chart = Plotly.NET.CSharp.Chart.Point<int, double, string>(
            Enumerable.Range(0, points.Count).ToArray(), points.Select(t => t.Value ?? 0).ToArray());
        var json = GenericChart.toJson(ChartTheme.WithQuotes(chart, findings, points.Select(t => t.Provenance).ToList()));
        Assert.Contains("Daily Two, 2023-06-02: Peacekeepers arrive (second), sentence", json);
    }
}

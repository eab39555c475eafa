using Plotly.NET;

namespace Analysis.Tests.ChartImages;

using Analysis.Charts;
using Analysis.Corpus;
using Analysis.Pipeline;
using Analysis.Report;

/// <summary>ChartJson writes the same text as Plotly.NET's own serializer, for every chart the report draws.</summary>
public class ChartJsonTests
{
    public static TheoryData<string> Corpora => ["rich", "seed"];

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Every_report_chart_is_written_as_Plotly_NET_writes_it(string corpus)
    {
        var findings = corpus == "rich" ? RichFindings.Make("Ministry <b>&amp;</b> \"quoted\"") : Extractor.Default.Extract(CorpusLoader.Load());
        var charts = Report.ChartsOf(findings);
        Assert.True(charts.Count >= 3);
        foreach (var (id, chart) in charts)
            Assert.True(GenericChart.toJson(chart) == ChartJson.Of(chart), $"{id}: ChartJson differs from GenericChart.toJson");
    }
}

using System.Text.Json;
using Plotly.NET;

namespace Analysis.Tests.ChartImages;

using Analysis.Charts;
using Analysis.Tests.Corpus;

/// <summary>The estimates-by-source chart when one source's figure is reported again and again.</summary>
public class RepeatedFigureLabelTests
{
    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;

    [Fact]
    public void A_figure_repeated_by_several_reports_is_labelled_once_with_how_many_reports()
    {
        using var corpus = new TempCorpus();
        corpus.Write("a.txt", "Deployment grows\n\nAbout 2,000 Ruritanian soldiers crossed the border, the Pentagon said on Monday.\n");
        corpus.Write("b.txt", "Border crossing\n\nThe Pentagon said about 2,000 Ruritanian soldiers had crossed the border.\n");
        corpus.Write("c.txt", "Troops cross\n\nAbout 2,000 Ruritanian troops crossed into the region, according to the Pentagon.\n\nThe Pentagon said a further 500 soldiers were waiting.\n");

        var drawn = Figure(Charts.TroopEstimates(Kit.Analyze(corpus.Load()))).GetProperty("data").EnumerateArray()
            .Where(t => t.GetProperty("y")[0].ValueKind != JsonValueKind.Null).ToArray();
        var labels = drawn.SelectMany(t => t.GetProperty("text").EnumerateArray().Select(l => l.GetString()!)).ToList();

        // Three marks of ~2,000 on one spot: one label that says three reports, not three labels printed over each other.
        Assert.Equal(1, labels.Count(l => l == "~2,000 (3 reports)"));
        Assert.Equal(2, labels.Count(l => l == ""));
        Assert.DoesNotContain("~2,000", labels);
        // Near miss: a figure reported once keeps its plain label.
        Assert.Contains("500", labels);
    }
}

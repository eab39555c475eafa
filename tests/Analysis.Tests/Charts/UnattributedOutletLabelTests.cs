using System.Text.Json;
using Plotly.NET;

namespace Analysis.Tests.Charts;

using Analysis.Charts;
using Analysis.Corpus;
using Analysis.Pipeline;

/// <summary>
/// Estimates over time on two outlets that print different figures on the same day, neither credited to anyone: each
/// label names the outlet that printed it ("in Stars and Stripes"; the hover says no source was named), so a reader comparing them need not hover every mark.
/// </summary>
public class UnattributedOutletLabelTests
{
    [Fact]
    public void An_unattributed_figure_is_labelled_with_its_outlet()
    {
        var findings = Extractor.Default.Extract(new Corpus("poland", [
            Article("stripes", "Stars and Stripes", "The U.S. has about 8,000 troops in Poland, mostly on a rotational basis."),
            Article("antiwar", "Antiwar.com", "The US has about 10,000 troops in Poland on a rotational basis."),
            CorpusLoader.FromText("Trump offers more troops\n\nThe US has about 9,000 troops in Poland.", "no-outlet",
                new DocumentMetadata(Published: new DateOnly(2025, 9, 3))),
        ], []));
        var figure = JsonDocument.Parse(GenericChart.toJson(Charts.TroopEstimatesOverTime(findings))).RootElement;
        var labels = figure.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("mode").GetString() == "markers+text")
            .SelectMany(t => t.GetProperty("text").EnumerateArray().Select(x => x.GetString())).ToList();
        // Labels are HTML-encoded where they are drawn (the middle dot too).
        Assert.Contains("~8,000 &#183; in Stars and Stripes", labels);
        Assert.Contains("~10,000 &#183; in Antiwar.com", labels);
        Assert.Contains("~9,000 &#183; unattributed", labels);
    }

    private static Document Article(string id, string outlet, string body) =>
        CorpusLoader.FromText("Trump offers more troops\n\n" + body, id, new DocumentMetadata(Outlet: outlet, Published: new DateOnly(2025, 9, 3)));
}

using System.Text.RegularExpressions;

namespace Analysis.Tests.Report;

using Analysis.Report;

public class ReportTests
{
    [Fact]
    public void Embeds_plotly_and_loads_nothing_from_the_network()
    {
        var html = Report.Render(SampleFindings.Make());
        Assert.Contains("plotly.js v" + PlotlyJs.Version, html); // the bundle's own banner
        Assert.DoesNotMatch(new Regex(@"<script[^>]*\bsrc\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex(@"<link[^>]*\bhref\s*=\s*[""']?https?:", RegexOptions.IgnoreCase), html);
        Assert.True(html.Length > 3_000_000, "plotly.js (about 3.6 MB) should be inline");
    }

    [Fact]
    public void Draws_the_core_charts_estimates_over_time_sources_and_timeline()
    {
        // Army size is a panel of the estimates chart; the sample's figure is carried by a dated event,
        // so the chart over time is drawn too. Its articles have no published date: of the Claims section's
        // charts only the citation network is drawn.
        var html = Report.Render(SampleFindings.Make());
        var ids = Regex.Matches(html, @"Plotly\.newPlot\(""([a-z-]+)""").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(["troop-estimates", "estimates-over-time", "source-frequencies", "timeline", "citation-network"], ids);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    public void Document_text_is_encoded_everywhere(string hostile)
    {
        var html = Report.Render(SampleFindings.Make(title: hostile, quote: hostile + " said 2,000 troops left."));
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(hostile), html);
    }

    [Theory]
    [InlineData(null, "More units are being trained at Russian bases, the ministry said.", true)]
    [InlineData("2024-11-20", "More units are being trained at Russian bases, the ministry said.", false)]
    // With no day to count from, "on Sunday" gives no date of its own: the article's inferred one still bounds it.
    [InlineData(null, "More units arrived at Russian bases on Sunday, the ministry said.", true)]
    public void An_undated_event_says_when_its_date_is_the_articles_inferred_one(string? published, string second, bool inferred)
    {
        using var corpus = new Analysis.Tests.Corpus.TempCorpus();
        corpus.Write("front.txt", "Troops reach the front\n\nOn October 23, 2024, North Korea sent 3,000 soldiers to Russia, officials said. " +
            second + "\n");
        if (published is not null) corpus.Write("manifest.json", $$"""{ "front": { "published": "{{published}}" } }""");
        var html = Report.Render(Kit.Analyze(corpus.Load()));

        var timeline = html[html.IndexOf("id=\"events\"", StringComparison.Ordinal)..html.IndexOf("id=\"documents\"", StringComparison.Ordinal)];
        Assert.Contains("on or before", timeline);
        Assert.Equal(inferred, timeline.Contains("(inferred)", StringComparison.Ordinal));
    }

    [Fact]
    public void Tables_and_hovers_say_kinds_and_hedges_in_words_not_column_codes()
    {
        using var corpus = new Analysis.Tests.Corpus.TempCorpus();
        corpus.Write("army.txt", "Army in numbers\n\nNorth Korea's army has at least 1.2 million soldiers, the ministry said.\n");
        var html = Report.Render(Kit.Analyze(corpus.Load()));

        Assert.Contains("army size", html);
        Assert.Contains("at least", html);
        Assert.DoesNotContain("army_size", html);
        Assert.DoesNotContain("at_least", html);
    }

    [Fact]
    public void Lists_the_problems_met_while_loading()
    {
        var html = Report.Render(SampleFindings.Make());
        Assert.Contains("id=\"problems\"", html);
        Assert.Contains("bad.txt", html);
        Assert.Contains("is empty", html);
    }

    [Fact]
    public void Write_creates_the_folder_and_returns_the_full_path()
    {
        var folder = Path.Combine(Path.GetTempPath(), "analysis-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Report.Write(SampleFindings.Make(), Path.Combine(folder, "nested", "r.html"));
            Assert.True(File.Exists(path));
            Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(path));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}

using System.Text.Json;
using Plotly.NET;

namespace Analysis.Tests.ChartImages;

using Analysis.Charts;
using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Timeline;

/// <summary>What a reader of each chart relies on, checked on the plotly JSON of richer hand-made findings.</summary>
public class ChartDesignTests
{
    // The over-time chart's note of the figures it could not place.
    // The note of the undated figures: one part of the chart's note (which also says how many marks are labelled).
    private static string? Undated(JsonElement figure) =>
        figure.GetProperty("layout").GetProperty("annotations").EnumerateArray().SelectMany(a => a.GetProperty("text").GetString()!.Split(" · "))
            .FirstOrDefault(t => t.Contains("without a date"));

    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;

    private static JsonElement[] Drawn(JsonElement figure) =>
        figure.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("y").GetArrayLength() > 0 && t.GetProperty("y")[0].ValueKind != JsonValueKind.Null).ToArray();

    private static string[] Legend(JsonElement figure) =>
        figure.GetProperty("data").EnumerateArray()
            .Where(t => !t.TryGetProperty("showlegend", out var show) || show.GetBoolean())
            .OrderBy(t => t.TryGetProperty("legendrank", out var rank) ? rank.GetInt32() : 1000) // plotly's default rank; the sort is stable
            .Select(t => t.GetProperty("name").GetString()!).ToArray();

    [Fact]
    public void Estimates_have_one_panel_per_kind_of_figure_in_a_fixed_order()
    {
        var layout = Figure(Charts.TroopEstimates(RichFindings.Make())).GetProperty("layout");
        var titles = layout.GetProperty("annotations").EnumerateArray().Select(a => a.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(["<b>Sent or deployed</b>", "<b>Casualties</b>", "<b>Whole army (own scale)</b>"], titles);
        Assert.Equal(["Troops", "Killed or wounded", "Soldiers"],
            new[] { "yaxis", "yaxis2", "yaxis3" }.Select(y => layout.GetProperty(y).GetProperty("title").GetProperty("text").GetString()));
        var ends = new[] { "xaxis", "xaxis2", "xaxis3" }.Select(x => layout.GetProperty(x).GetProperty("domain")).ToArray();
        for (var i = 1; i < ends.Length; i++) Assert.True(ends[i - 1][1].GetDouble() < ends[i][0].GetDouble(), "panels must not overlap");
    }

    [Fact]
    public void Estimates_legend_explains_status_colours_and_hedge_shapes_once()
    {
        var figure = Figure(Charts.TroopEstimates(RichFindings.Make()));
        Assert.Equal(["current estimate", "earlier estimate (superseded)", "planned or intended", "at least", "at most", "range, drawn low to high"], Legend(figure));
    }

    [Theory]
    [InlineData("between 10,000 and 12,000 soldiers", 10_000.0, 2_000.0, "10,000–12,000", "line-ew")]
    [InlineData("at least 10,000", 10_000.0, 0.0, "≥ 10,000", "triangle-up")]
    [InlineData("about 1.2 million active soldiers", 1_200_000.0, 0.0, "~1.2 million", "circle")]
    [InlineData("up to 500", 500.0, 0.0, "≤ 500", "triangle-down")]
    public void Each_figure_is_drawn_at_its_value_with_its_range_label_and_shape(string phrase, double y, double errorUp, string label, string symbol)
    {
        var figure = Figure(Charts.TroopEstimates(RichFindings.Make()));
        var (trace, i) = Drawn(figure)
            .SelectMany(t => Enumerable.Range(0, t.GetProperty("y").GetArrayLength()).Select(i => (t, i)))
            .Single(p => p.t.GetProperty("hovertext")[p.i].GetString()!.Contains($"<b>{phrase}</b>"));
        Assert.Equal(y, trace.GetProperty("y")[i].GetDouble());
        Assert.Equal(label, trace.GetProperty("text")[i].GetString());
        Assert.Equal(symbol, trace.GetProperty("marker").GetProperty("symbol")[i].GetString());
        var up = trace.TryGetProperty("error_y", out var error) ? error.GetProperty("array")[i].GetDouble() : 0;
        Assert.Equal(errorUp, up);
    }

    [Fact]
    public void Earlier_estimates_are_hollow_and_current_ones_filled()
    {
        var drawn = Drawn(Figure(Charts.TroopEstimates(RichFindings.Make())));
        var earlier = drawn.Single(t => t.GetProperty("legendgroup").GetString() == "earlier" && t.GetProperty("yaxis").GetString() == "y");
        var current = drawn.First(t => t.GetProperty("legendgroup").GetString() == "current");
        Assert.Equal("white", earlier.GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(ChartTheme.ColorOf(EstimateStatus.Current), current.GetProperty("marker").GetProperty("color").GetString());
    }

    [Fact]
    public void Over_time_a_figure_takes_its_events_date_and_leaves_out_other_kinds_and_earlier_figures()
    {
        var figure = Figure(Charts.TroopEstimatesOverTime(RichFindings.Make()));
        // The deployments' panel (casualties have a panel of their own).
        var points = Drawn(figure).Where(t => t.GetProperty("mode").GetString() == "markers+text")
            .SelectMany(t => Enumerable.Range(0, t.GetProperty("x").GetArrayLength())
                .Select(i => (Date: t.GetProperty("x")[i].GetString(), Hover: t.GetProperty("hovertext")[i].GetString()!)))
            .Where(p => p.Hover.Contains("(deployment,", StringComparison.Ordinal))
            .OrderBy(p => p.Date).ToArray();
        // 1,500: an event of 7–13 October (placed at its middle); 3,000: an event of 23 October;
        // 10,000–12,000: November (middle: 15th); at least 10,000: December (middle: 16th). No casualties, no
        // army, and not the earlier 3,000: it was current before its sentence, at no date the text gives.
        Assert.Equal(["2024-10-10", "2024-10-23", "2024-11-15", "2024-12-16"], points.Select(p => p.Date));
        Assert.Equal("1 figure(s) without a date are not shown", Undated(figure));
        Assert.Contains("Dated: 2024-10-07 – 2024-10-13, the date of the event it belongs to", points[0].Hover);
        // One source with two dated figures: a dotted line joins them.
        var line = Assert.Single(figure.GetProperty("data").EnumerateArray(), t => t.GetProperty("mode").GetString() == "lines" && t.GetProperty("name").GetString() != "date interval");
        Assert.Equal("National Intelligence Service", line.GetProperty("name").GetString());
        // A figure dated to an interval shows the whole interval as a line through its point.
        var intervals = figure.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("name").GetString() == "date interval")
            .Select(t => string.Join(" – ", t.GetProperty("x").EnumerateArray().Select(x => x.GetString()))).ToList();
        Assert.Contains("2024-10-07 – 2024-10-13", intervals);
        Assert.Contains("2024-11-01 – 2024-11-30", intervals);
    }

    [Fact]
    public void Over_time_uses_the_published_day_when_no_event_carries_the_figure()
    {
        var rich = RichFindings.Make();
        var findings = rich with { Events = [] };
        var figure = Figure(Charts.TroopEstimatesOverTime(findings));
        var dates = Drawn(figure).Where(t => t.GetProperty("mode").GetString() == "markers+text")
            .SelectMany(t => Enumerable.Range(0, t.GetProperty("x").GetArrayLength())
                .Where(i => t.GetProperty("hovertext")[i].GetString()!.Contains("(deployment,", StringComparison.Ordinal))
                .Select(i => t.GetProperty("x")[i].GetString()!)).Order().ToArray();
        // Only current figures take their article's day: the planned one and the earlier one stay undated.
        Assert.Equal(["2024-10-18", "2024-10-23", "2024-11-04"], dates);
        Assert.Equal("2 figure(s) without a date are not shown", Undated(figure));
    }

    [Fact]
    public void Over_time_without_any_date_says_so_instead_of_drawing_an_empty_axis()
    {
        var rich = RichFindings.Make();
        var undatedCorpus = rich.Corpus with { Documents = rich.Corpus.Documents.Select(d => d with { Metadata = DocumentMetadata.None }).ToList() };
        var figure = Figure(Charts.TroopEstimatesOverTime(rich with { Corpus = undatedCorpus, Events = [] }));
        Assert.Empty(Drawn(figure));
        Assert.Contains("could be dated", figure.GetProperty("layout").GetProperty("annotations")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Sources_are_sorted_by_mentions_with_a_legend_entry_per_kind()
    {
        var figure = Figure(Charts.SourceFrequencies(RichFindings.Make()));
        var order = figure.GetProperty("layout").GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(c => c.GetString()!).Reverse().ToArray();
        Assert.Equal(["National Intelligence Service", "Lawmakers", "Defence ministry", "Regional governor", "Think tank", "Unnamed official"], order);
        Assert.Equal(["intelligence", "official", "government", "other", "facts attributed to the source"], Legend(figure));
        var official = figure.GetProperty("data").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "official");
        Assert.Equal(ChartTheme.ColorOf(SourceKind.Official), official.GetProperty("marker").GetProperty("color").GetString());
        Assert.Equal(["Lawmakers", "Regional governor", "Unnamed official"], official.GetProperty("y").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public void A_source_bar_quotes_the_sentence_of_its_first_mention()
    {
        var rich = RichFindings.Make();
        var figure = Figure(Charts.SourceFrequencies(rich));
        var intelligence = figure.GetProperty("data").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "intelligence");
        var hover = intelligence.GetProperty("hovertext")[0].GetString()!;

        var first = rich.SourceMentions.First(m => m.Source == "National Intelligence Service");
        var sentence = rich.Corpus[first.Provenance.Document].Sentences[first.Provenance.Sentence].Text;
        Assert.StartsWith("<b>National Intelligence Service</b>", hover);
        Assert.Contains("First mention: “", hover);
        // The whole sentence, once the hover's line breaks and bold marks are taken out.
        static string Words(string html) =>
            string.Join(' ', System.Text.RegularExpressions.Regex.Replace(html.Replace("<br>", " "), "</?[bi]>", "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains($"“{Words(ChartTheme.Encode(sentence))}”", Words(hover));
    }

    [Fact]
    public void Sources_beyond_the_top_are_counted_in_a_note()
    {
        var figure = Figure(Charts.SourceFrequencies(RichFindings.Make(), top: 4));
        Assert.Equal(4, figure.GetProperty("layout").GetProperty("yaxis").GetProperty("categoryarray").GetArrayLength());
        Assert.Equal("2 less cited source(s) not shown", figure.GetProperty("layout").GetProperty("annotations")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Timeline_marks_exact_days_and_bars_spans_with_the_quote_in_every_hover()
    {
        var figure = Figure(Charts.Timeline(RichFindings.Make()));
        var traces = figure.GetProperty("data").EnumerateArray().ToArray();
        var bars = traces.Single(t => t.GetProperty("type").GetString() == "bar");
        var days = traces.Single(t => t.GetProperty("type").GetString() == "scatter");
        Assert.Equal(["2024-10-07", "2024-12-01", "2024-11-01"], bars.GetProperty("base").EnumerateArray().Select(b => b.GetString()));
        Assert.Equal([7.0, 31, 30], bars.GetProperty("x").EnumerateArray().Select(x => x.GetDouble() / 86_400_000));
        Assert.Equal(["2024-10-23", "2024-11-04"], days.GetProperty("x").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("(“on Wednesday”)", days.GetProperty("hovertext")[0].GetString());
        Assert.Contains("Lawmakers said on Wednesday that roughly 3,000 soldiers", days.GetProperty("hovertext")[0].GetString());
        Assert.Equal("1 undated event(s) keep their row, with no mark", figure.GetProperty("layout").GetProperty("annotations")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("he said \"go\"", "he said &#34;go&#34;")] // plotly.js knows no &quot;
    [InlineData("the 'fire' order", "the &#39;fire&#39; order")]
    [InlineData("“curly” stays", "“curly” stays")]
    public void Encode_uses_only_entities_plotly_decodes(string text, string encoded) => Assert.Equal(encoded, ChartTheme.Encode(text));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    public void Document_text_reaches_every_chart_encoded(string hostile)
    {
        var findings = RichFindings.Make(hostile);
        foreach (var chart in new[] { Charts.TroopEstimates(findings), Charts.TroopEstimatesOverTime(findings), Charts.SourceFrequencies(findings), Charts.Timeline(findings) })
        {
            var json = GenericChart.toJson(chart);
            Assert.DoesNotContain("<script", json);
            Assert.DoesNotContain("<img", json);
        }
        var figure = Figure(Charts.SourceFrequencies(findings));
        Assert.Contains(ChartTheme.Encode(hostile), figure.GetProperty("layout").GetProperty("yaxis").GetProperty("categoryarray").EnumerateArray().Select(c => c.GetString()));
    }
}

using System.Globalization;
using System.Text.Json;
using Plotly.NET;

namespace Analysis.Tests.ChartImages;

using Analysis.Charts;
using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// What a reader meets when the kit follows a story other than the bundled one: a corpus with nothing to chart,
/// sources of kind "other" (experts, rights groups, the UN), a story followed for months, long sentences in hovers.
/// </summary>
public class NewStoryChartTests
{
    private static JsonElement Figure(GenericChart chart) => JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;

    // Our own sentences: a story of UN experts and a government disagreeing on a deployment over seven months.
    private static readonly Document July = CorpusLoader.FromText(
        "Experts count the soldiers\n" +
        "In a long report sent to the council after months of interviews along the border, the panel of experts said that " +
        "between 3,000 and 4,000 soldiers were operating alongside the rebels in the hills north of the lake, well beyond the figures given earlier by diplomats.\n",
        "july", new DocumentMetadata(Published: new DateOnly(2024, 7, 8), Outlet: "Lakes Wire"));

    private static readonly Document February = CorpusLoader.FromText(
        "Ministry gives a higher figure\n" +
        "The foreign ministry said that at least 10,000 soldiers were now inside the country.\n",
        "february", new DocumentMetadata(Published: new DateOnly(2025, 2, 8), Outlet: "Capital Daily"));

    private static Provenance At(Document document, int sentence, string words)
    {
        var s = document.Sentences[sentence];
        var start = document.Text.IndexOf(words, s.Span.Start, StringComparison.Ordinal);
        return Provenance.Of(document, s, new TextSpan(start, start + words.Length));
    }

    private static Findings Story()
    {
        var experts = new TroopCount("between 3,000 and 4,000", null, 3000, 4000, Hedge.Range, TroopKind.Deployment, EstimateStatus.Current,
            "Rwanda", "UN panel of experts", [], At(July, 1, "between 3,000 and 4,000"));
        var ministry = new TroopCount("at least 10,000", 10000, null, null, Hedge.AtLeast, TroopKind.Deployment, EstimateStatus.Current,
            "Rwanda", "Foreign ministry", [], At(February, 1, "at least 10,000"));
        var mentions = new List<SourceMention>
        {
            new("the panel of experts", "UN panel of experts", SourceKind.Other, null, At(July, 1, "the panel of experts")),
            new("The foreign ministry", "Foreign ministry", SourceKind.Government, "Congo", At(February, 1, "The foreign ministry")),
        };
        var sources = new List<CitedSource>
        {
            new("UN panel of experts", SourceKind.Other, null, 1, 1, 1),
            new("Foreign ministry", SourceKind.Government, "Congo", 1, 1, 1),
        };
        return new Findings(new Analysis.Corpus.Corpus("/tmp/story", [July, February], []), [experts, ministry], mentions, sources, []);
    }

    public static TheoryData<string> EmptyCharts => ["estimates", "army", "over-time", "sources", "timeline", "claims", "citations"];

    [Theory]
    [MemberData(nameof(EmptyCharts))]
    public void A_chart_with_nothing_to_draw_shows_its_message_and_no_axes(string name)
    {
        // An article with no figure, no source and no event: each chart says why it is empty. With axes and no data, plotly
        // draws an empty grid and writes the x axis title ("Attributed to", "Count", "Day of report · not drawn: …") at the
        // top of the chart, beside its title.
        var article = CorpusLoader.FromText("Talks continue\nDiplomats met again to discuss a ceasefire.\n", "talks");
        var nothing = new Findings(new Analysis.Corpus.Corpus("/tmp/none", [article], []), [], [], [], []);
        var chart = name switch
        {
            "estimates" => Charts.TroopEstimates(nothing),
            "army" => Charts.ArmySize(nothing),
            "over-time" => Charts.TroopEstimatesOverTime(nothing),
            "sources" => Charts.SourceFrequencies(nothing),
            "timeline" => Charts.Timeline(nothing),
            "claims" => Charts.ClaimsOverTime(nothing),
            _ => Charts.CitationNetwork(nothing),
        };
        var layout = Figure(chart).GetProperty("layout");
        Assert.NotEmpty(layout.GetProperty("annotations")[0].GetProperty("text").GetString()!);
        foreach (var axis in new[] { "xaxis", "yaxis" })
        {
            Assert.False(layout.GetProperty(axis).GetProperty("visible").GetBoolean(), $"{name}: {axis} is drawn");
            Assert.False(layout.GetProperty(axis).TryGetProperty("title", out var title) && title.TryGetProperty("text", out _), $"{name}: {axis} has a title");
        }
    }

    [Fact]
    public void No_kind_of_source_is_drawn_in_the_grey_of_the_facts_bars()
    {
        // A grey "other" beside the grey facts bars would make an expert panel's mentions and its facts read as one colour.
        static int Chroma(string color)
        {
            var rgb = Enumerable.Range(0, 3).Select(i => int.Parse(color.AsSpan(1 + 2 * i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
            return rgb.Max() - rgb.Min();
        }
        Assert.True(Chroma(ChartTheme.FactsColor) < 40, "the facts bars are grey");
        foreach (var kind in Enum.GetValues<SourceKind>())
            Assert.True(Chroma(ChartTheme.ColorOf(kind)) >= 40, $"{kind}: {ChartTheme.ColorOf(kind)} reads as grey");
        Assert.Equal(Enum.GetValues<SourceKind>().Length, Enum.GetValues<SourceKind>().Select(ChartTheme.ColorOf).Distinct().Count());

        var figure = Figure(Charts.SourceFrequencies(Story()));
        var other = figure.GetProperty("data").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "other");
        var facts = figure.GetProperty("data").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "facts attributed to the source");
        Assert.NotEqual(facts.GetProperty("marker").GetProperty("color").GetString(), other.GetProperty("marker").GetProperty("color").GetString());
    }

    [Fact]
    public void Claims_followed_for_months_tick_on_the_first_of_months()
    {
        // Seven months of reports: ticks a fixed number of days apart would read "Jun 16", "Jul 19", "Aug 21"…
        var x = Figure(Charts.ClaimsOverTime(Story())).GetProperty("layout").GetProperty("xaxis");
        Assert.Equal("date", x.GetProperty("type").GetString());
        Assert.Equal("M1", x.GetProperty("dtick").GetString());
        Assert.EndsWith("-01", x.GetProperty("tick0").GetString());
        Assert.Equal("%b<br>%Y", x.GetProperty("tickformat").GetString());
    }

    [Fact]
    public void Troop_axes_write_thousands_as_the_labels_and_tables_do()
    {
        // Plotly writes 4,000 as "4000" unless told (and 10,000 as "10k" either way); the labels beside the marks say "4,000".
        var estimates = Figure(Charts.TroopEstimates(Story())).GetProperty("layout");
        Assert.True(estimates.GetProperty("yaxis").GetProperty("separatethousands").GetBoolean());
        var overTime = Figure(Charts.TroopEstimatesOverTime(Story())).GetProperty("layout");
        Assert.True(overTime.GetProperty("yaxis").GetProperty("separatethousands").GetBoolean());
        Assert.True(Figure(Charts.ArmySize(Story() with { TroopCounts = [.. Story().TroopCounts.Select(c => c with { Kind = TroopKind.ArmySize })] }))
            .GetProperty("layout").GetProperty("yaxis").GetProperty("separatethousands").GetBoolean());
    }

    [Fact]
    public void Over_months_the_first_marks_keep_room_off_the_y_axis()
    {
        // Seven months from 8 July: with only three days of room, the first range bar and the "at most" triangle sit on the y axis.
        var x = Figure(Charts.TroopEstimatesOverTime(Story())).GetProperty("layout").GetProperty("xaxis");
        var from = DateOnly.Parse(x.GetProperty("range")[0].GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(from, new DateOnly(2024, 6, 24), new DateOnly(2024, 7, 1));
    }

    [Fact]
    public void A_claim_s_hover_cuts_a_long_sentence_between_words()
    {
        var data = Figure(Charts.ClaimsOverTime(Story())).GetProperty("data").EnumerateArray();
        var hover = data.Single(t => t.GetProperty("name").GetString() == "UN panel of experts" && t.GetProperty("mode").GetString() == "markers")
            .GetProperty("hovertext")[0].GetString()!;
        var excerpt = hover[hover.IndexOf('“', StringComparison.Ordinal)..(hover.IndexOf('”', StringComparison.Ordinal) + 1)].Replace("<br>  ", " ", StringComparison.Ordinal);
        // 70 characters either side of the figure fall inside "interviews" and inside "figures": the cut moves to the words' ends.
        Assert.StartsWith("“…", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…”", excerpt, StringComparison.Ordinal);
        var words = July.Sentences[1].Text.Split(' ').ToHashSet(StringComparer.Ordinal);
        Assert.All(excerpt.Trim('“', '”', '…').Replace("<b>", "", StringComparison.Ordinal).Replace("</b>", "", StringComparison.Ordinal).Split(' '),
            word => Assert.Contains(word, words));
    }
}

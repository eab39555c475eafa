using System.Text.Json;
using Plotly.NET;

namespace Analysis.Tests.Timeline;

using Analysis.Charts;
using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Frames;
using Analysis.Pipeline;
using Analysis.Report;
using Analysis.Timeline;

/// <summary>
/// When an article was written, when its metadata does not say: inferred from what it reports, marked as inferred,
/// and the bound of every event it leaves undated; drawn on a time axis of days.
/// </summary>
public class DocumentDateTests
{
    private static Findings Analyze(params Document[] documents) =>
        Extractor.Default.Extract(new Analysis.Corpus.Corpus("test", documents, []));

    private static readonly Findings Seed = Extractor.Default.Extract(CorpusLoader.Load());

    // Written for this test: two dated events reported as past, one announced for later, one undated.
    private const string Undated = """
        Drills continue near the border

        The defence ministry said the first drills ended on 4 March 2025.

        Officials said a second round of drills ended on 12 March 2025.

        The ministry said a third round will start on 30 March 2025.

        Officials said the soldiers had complained about the cold.
        """;

    [Fact]
    public void An_undated_article_was_written_after_the_latest_event_it_reports_as_past_and_before_one_it_announces()
    {
        var document = CorpusLoader.FromText(Undated, "drills");
        var findings = Analyze(document);

        var written = DocumentDate.Of(document, findings.Events);

        // Not before the 12th (reported as past), not after the 29th (the 30th is still to come).
        Assert.Equal((new DateOnly(2025, 3, 12), new DateOnly(2025, 3, 29), DatePrecision.Inferred), (written.Earliest, written.Latest, written.Precision));
        Assert.Contains("12 March 2025", written.Expression);
        Assert.Equal("2025-03-12 – 2025-03-29 (inferred)", Words.Of(written));
    }

    [Fact]
    public void Without_a_future_event_the_window_is_the_reporting_window_after_the_latest_past_one()
    {
        var document = CorpusLoader.FromText(string.Join("\n", Undated.Split('\n').Where(l => !l.Contains("will start"))), "drills");
        var written = DocumentDate.Of(document, Analyze(document).Events);
        Assert.Equal((new DateOnly(2025, 3, 12), new DateOnly(2025, 3, 12).AddDays(DocumentDate.ReportingWindowDays)), (written.Earliest, written.Latest));
    }

    [Fact]
    public void Undated_events_are_bounded_by_their_articles_date_with_no_earliest_day_made_up()
    {
        var document = CorpusLoader.FromText(Undated, "drills");
        var cold = Analyze(document).Events.Single(e => e.Provenance.Quote.Contains("cold"));

        Assert.Equal((null, new DateOnly(2025, 3, 29), DatePrecision.OnOrBefore), (cold.Date.Earliest, cold.Date.Latest, cold.Date.Precision));
        Assert.Equal("on or before 2025-03-29", Words.Of(cold.Date));
    }

    [Fact]
    public void An_article_that_dates_nothing_stays_undated_and_so_do_its_events()
    {
        var document = CorpusLoader.FromText("Quiet week\n\nOfficials said the soldiers had complained about the cold.", "quiet");
        var findings = Analyze(document);

        Assert.Equal(EventDate.Unknown, DocumentDate.Of(document, findings.Events));
        Assert.All(findings.Events, e => Assert.Equal(DatePrecision.Unknown, e.Date.Precision));
    }

    [Fact]
    public void A_published_date_wins_over_any_inference()
    {
        var published = new DateOnly(2025, 4, 2);
        var document = CorpusLoader.FromText(Undated, "drills", new DocumentMetadata(Published: published));
        Assert.Equal(new EventDate(published, published, DatePrecision.Day, "published"), DocumentDate.Of(document, Analyze(document).Events));
    }

    [Fact]
    public void The_documents_table_marks_the_inferred_window()
    {
        var row = Frames.Documents(Seed);
        Assert.Equal("inferred", row.GetColumn<string>("written_precision").Values.Single());
        Assert.Equal(new DateTime(2024, 10, 24), row.GetColumn<DateTime>("written_earliest").Values.Single());
        Assert.Equal(new DateTime(2024, 11, 24), row.GetColumn<DateTime>("written_latest").Values.Single());
    }

    [Fact]
    public void The_seed_timeline_places_every_event_on_an_axis_of_days()
    {
        var figure = JsonDocument.Parse(GenericChart.toJson(Charts.Timeline(Seed))).RootElement;
        var traces = figure.GetProperty("data").EnumerateArray().ToArray();

        // The summit as a bar; the twelve events the text leaves undated as arrows at the end of the article's window.
        var bounded = traces.Single(t => t.GetProperty("marker").TryGetProperty("symbol", out var s) && s.GetString() == "triangle-left");
        Assert.Equal(Seed.Events.Count - 1, bounded.GetProperty("x").GetArrayLength());
        Assert.All(bounded.GetProperty("x").EnumerateArray(), x => Assert.Equal("2024-11-24", x.GetString()));
        Assert.Contains("reported by 2024-11-24", bounded.GetProperty("hovertext")[0].GetString());
        Assert.False(figure.GetProperty("layout").TryGetProperty("annotations", out _), "no event is left without a mark");

        var axis = figure.GetProperty("layout").GetProperty("xaxis");
        Assert.Equal("date", axis.GetProperty("type").GetString());
        Assert.DoesNotContain("%H", axis.GetProperty("tickformat").GetString());
    }

    [Fact]
    public void A_timeline_of_one_day_ticks_once_a_day_never_at_noon()
    {
        var document = CorpusLoader.FromText("Talks\n\nOfficials said the talks ended on 7 March 2025.", "talks");
        var axis = JsonDocument.Parse(GenericChart.toJson(Charts.Timeline(Analyze(document)))).RootElement.GetProperty("layout").GetProperty("xaxis");

        Assert.Equal(86_400_000, axis.GetProperty("dtick").GetDouble());
        Assert.Equal(["2025-03-06", "2025-03-08"], axis.GetProperty("range").EnumerateArray().Select(r => r.GetString()));
        Assert.DoesNotContain("%H", axis.GetProperty("tickformat").GetString());
    }

    [Fact]
    public void The_seed_current_estimate_is_drawn_over_time_in_its_articles_inferred_window()
    {
        Assert.Contains(Report.ChartsOf(Seed), c => c.Id == "estimates-over-time");
        var json = GenericChart.toJson(Charts.TroopEstimatesOverTime(Seed));
        Assert.Contains("its article has no date; this is the window it was written in", json);
    }
}

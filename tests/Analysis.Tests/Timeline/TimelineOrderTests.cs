namespace Analysis.Tests.Timeline;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Report;
using Analysis.Timeline;

/// <summary>Placing dated and undated events, per document and across a corpus, and the summaries that show them.</summary>
public class TimelineOrderTests
{
    private static readonly EventDate Oct1 = Day(2024, 10, 1);
    private static readonly EventDate Oct30 = Day(2024, 10, 30);

    [Theory]
    // Dates of the events in narrative order ("-" undated) → their sentence indexes in timeline order.
    [InlineData("- - -", "0 1 2")]              // nothing dated: the story's order
    [InlineData("- 10-30 -", "0 1 2")]          // an undated opening stays before the first dated event
    [InlineData("10-30 - 10-01", "2 0 1")]      // an undated event follows the dated one told before it
    [InlineData("- 10-30 - 10-01 -", "3 4 0 1 2")]
    public void Places_undated_events_by_the_story(string dates, string expected)
    {
        var events = dates.Split(' ').Select((d, i) => Event(i, d == "-" ? EventDate.Unknown : Day(2024, int.Parse(d[..2]), int.Parse(d[3..])))).ToList();
        Assert.Equal(expected, string.Join(' ', TimelineOrder.Place(events).Select(e => e.Provenance.Sentence)));
    }

    [Fact]
    public void Merges_documents_by_date_and_puts_documents_with_no_date_at_all_last()
    {
        var early = Doc("early", new DateOnly(2024, 10, 5));
        var late = Doc("late", null);
        var undated = Doc("undated", null);
        var merged = TimelineOrder.Merge([
            (undated, [Event(0, EventDate.Unknown, "undated")]),
            (late, [Event(0, Oct30, "late"), Event(1, EventDate.Unknown, "late")]),
            (early, [Event(0, EventDate.Unknown, "early"), Event(1, EventDate.Unknown, "early")]),
        ]);
        // "early" has no dated event but was published on 5 October: its events happened by then.
        Assert.Equal(new[] { "early#0", "early#1", "late#0", "late#1", "undated#0" }, merged.Select(e => $"{e.Provenance.Document}#{e.Provenance.Sentence}"));
        Assert.Equal(new[] { 1, 2, 3, 4, 5 }, merged.Select(e => e.Order));
    }

    [Fact]
    public void Summary_lists_events_with_dates_kinds_actors_and_figures()
    {
        var document = Doc("doc", null);
        var provenance = new Provenance("doc", 1, new TextSpan(0, 5), "words");
        var earlier = new TroopCount("2,000", 2000, null, null, Hedge.Exact, TroopKind.Deployment, EstimateStatus.Earlier, "North Korea", "Agency", [], provenance);
        var current = earlier with { Phrase = "about 5,000", Value = 5000, Hedge = Hedge.Approximate, Status = EstimateStatus.Current, Provenance = provenance with { Span = new TextSpan(6, 10) } };
        var events = new[]
        {
            Event(1, Oct1, "doc") with { Kind = EventKinds.Estimate, Summary = "Agency raised its figure", Actors = ["Agency", "North Korea"], Facts = [current, earlier] },
            Event(2, EventDate.Unknown, "doc") with { Summary = "Drills <b>continued</b> *daily*" },
        };
        var summary = TimelineSummary.Of(document, events);
        Assert.Equal(new[] { 1, 2 }, summary.Entries.Select(e => e.Position));
        Assert.Equal("2,000 (earlier) → about 5,000", summary.Entries[0].Figures);
        var text = summary.ToString();
        Assert.Contains("2024-10-01", text);
        Assert.Contains("undated", text);
        Assert.Contains("Agency raised its figure [2,000 (earlier) → about 5,000] — Agency, North Korea", text);
        Assert.Contains("Estimates by Agency: 2,000 (earlier) → 5,000 @ 2024-10-01", text);
        // Markdown shows article text literally: no tags, no emphasis taken from the text.
        var markdown = summary.ToMarkdown();
        Assert.DoesNotContain("<b>", markdown);
        Assert.Contains("&lt;b&gt;continued&lt;/b&gt; \\*daily\\*", markdown);
    }

    [Fact]
    public void An_earlier_estimate_never_takes_the_date_of_the_sentence_that_replaced_it()
    {
        var document = Doc("doc", new DateOnly(2024, 11, 1));
        var provenance = new Provenance("doc", 1, new TextSpan(0, 5), "words");
        var earlier = new TroopCount("2,000", 2000, null, null, Hedge.Exact, TroopKind.Deployment, EstimateStatus.Earlier, null, "Agency", [], provenance);
        var current = earlier with { Value = 5000, Status = EstimateStatus.Current, Provenance = provenance with { Span = new TextSpan(6, 10) } };
        var later = current with { Value = 7000, Provenance = provenance with { Sentence = 2 } };
        var dated = Event(1, Oct1, "doc") with { Facts = [current, earlier] };
        var points = EstimateSeries.Of(new Corpus("", [document], []), [later, current, earlier], [dated]);
        Assert.Equal(new double?[] { 2000, 5000, 7000 }, points.Select(p => p.Value));
        Assert.Equal(new[] { EstimateDating.Undated, EstimateDating.Event, EstimateDating.Published }, points.Select(p => p.Dating));
        Assert.Equal(EventDate.Unknown, points[0].Date);
        Assert.Equal(Oct1, points[1].Date);
        Assert.Equal(new DateOnly(2024, 11, 1), points[2].Date.Earliest);
    }

    private static EventDate Day(int year, int month, int day) => new(new DateOnly(year, month, day), new DateOnly(year, month, day), DatePrecision.Day, "a day");

    private static Document Doc(string id, DateOnly? published) =>
        CorpusLoader.FromText("Headline\nBody.", id, new DocumentMetadata(Published: published));

    private static TimelineEvent Event(int sentence, EventDate date, string document = "doc") =>
        new(sentence + 1, EventKinds.Statement, [], $"event {sentence}", date, [], new Provenance(document, sentence, new TextSpan(0, 1), "x"));
}

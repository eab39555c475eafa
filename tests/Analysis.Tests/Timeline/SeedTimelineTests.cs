namespace Analysis.Tests.Timeline;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Extraction;
using Analysis.Frames;
using Analysis.Pipeline;
using Analysis.Report;
using Analysis.Timeline;

/// <summary>The seed article through the default extractor: its developments, in the order it tells them.</summary>
public class SeedTimelineTests
{
    private static readonly Corpus Seeds = CorpusLoader.Load();
    private static readonly Findings Findings = Extractor.Default.Extract(Seeds);
    private static Document Seed => Seeds["000_d2ab335c71fa1998"];
    private static IReadOnlyList<TimelineEvent> Events => Findings.Events.Where(e => e.Provenance.Document == Seed.Id).OrderBy(e => e.Order).ToList();

    // Each development the article reports: the words that identify its sentence, and the kind of event it is.
    public static TheoryData<string, string> Developments => new()
    {
        { "10,000 North Korean troops", EventKinds.Estimate },
        { "basic Russian commands", EventKinds.Training },
        { "tightened its internal security", EventKinds.SecurityMeasure },
        { "'K Battalion'", EventKinds.Intercept },
        { "BRICS summit", EventKinds.Statement },
        { "state media claimed", EventKinds.Statement },
        { "Choe Son Hui", EventKinds.Diplomacy },
        { "travel to Washington", EventKinds.Diplomacy },
    };

    [Fact]
    public void Yields_the_eight_developments_in_narrative_order()
    {
        var markers = Developments.Select(row => (string)row[0]).ToList();
        var positions = markers.Select(m => Events.ToList().FindIndex(e => e.Provenance.Quote.Contains(m))).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.True(Events.Count >= 8);
        // Order is the timeline's numbering from 1, and for this undated story it is the story's order.
        Assert.Equal(Enumerable.Range(1, Events.Count), Events.Select(e => e.Order));
        Assert.Equal(Events.Select(e => e.Provenance.Sentence).Order(), Events.Select(e => e.Provenance.Sentence));
    }

    [Theory]
    [MemberData(nameof(Developments))]
    public void Each_development_has_its_kind_a_short_summary_and_its_sentence(string marker, string kind)
    {
        var e = Events.First(e => e.Provenance.Quote.Contains(marker));
        Assert.Equal(kind, e.Kind);
        var sentence = Seed.Sentences[e.Provenance.Sentence];
        Assert.Equal(sentence.Text, e.Provenance.Quote);
        Assert.Equal(sentence.Span, e.Provenance.Span);
        Assert.InRange(e.Summary.Split(' ').Length, 3, EventSummarizer.MaxWords + 1);
        Assert.True(e.Summary.Length < sentence.Text.Length, $"summary is the whole sentence: {e.Summary}");
    }

    [Fact]
    public void The_BRICS_statement_is_dated_to_the_summit_and_the_others_bounded_by_the_inferred_article_date()
    {
        var brics = Events.Single(e => e.Provenance.Quote.Contains("BRICS summit"));
        Assert.Equal(new EventDate(new DateOnly(2024, 10, 22), new DateOnly(2024, 10, 24), DatePrecision.Interval, "BRICS summit"), brics.Date);
        Assert.Contains("Vladimir Putin", brics.Actors);
        // The seed has no published date: "recent", "currently" and the like date nothing. It reports the summit as
        // past, so it was written on its last day or later, and every event it leaves undated happened by the end
        // of that window: no earliest day is made up.
        Assert.Null(Seed.Published);
        var written = DocumentDate.Of(Seed, Events);
        Assert.Equal((new DateOnly(2024, 10, 24), new DateOnly(2024, 11, 24), DatePrecision.Inferred), (written.Earliest, written.Latest, written.Precision));
        Assert.All(Events.Where(e => e != brics), e => Assert.Equal((null, new DateOnly(2024, 11, 24), DatePrecision.OnOrBefore), (e.Date.Earliest, e.Date.Latest, e.Date.Precision)));
        Assert.All(Events.Where(e => e != brics), e => Assert.StartsWith("reported by 2024-11-24", e.Date.Expression));
    }

    [Fact]
    public void Actors_are_canonical_names()
    {
        Assert.Contains("Choe Son Hui", Events.First(e => e.Provenance.Quote.Contains("Choe Son Hui")).Actors);
        Assert.Contains("North Korean state media", Events.First(e => e.Provenance.Quote.Contains("state media claimed")).Actors);
        Assert.Contains("United States", Events.First(e => e.Provenance.Quote.Contains("Washington")).Actors);
        var estimate = Events.First(e => e.Kind == EventKinds.Estimate);
        Assert.Contains("National Intelligence Service", estimate.Actors);
        Assert.Contains("Yonhap", estimate.Actors);
    }

    [Fact]
    public void Commentary_and_the_headline_are_not_events()
    {
        Assert.DoesNotContain(Events, e => e.Provenance.Sentence == 0);
        Assert.DoesNotContain(Events, e => e.Provenance.Quote.StartsWith("Overall,"));
        Assert.DoesNotContain(Events, e => e.Provenance.Quote.StartsWith("This possible intervention"));
        Assert.DoesNotContain(Events, e => e.Provenance.Quote.Contains("despite this training"));
    }

    [Fact]
    public void The_earlier_estimate_comes_before_the_current_one()
    {
        var estimate = Events.First(e => e.Kind == EventKinds.Estimate);
        Assert.Equal(new[] { EstimateStatus.Current, EstimateStatus.Earlier }, estimate.Facts.Select(f => f.Status));
        var series = EstimateSeries.Of(Findings.Corpus, Findings.TroopCounts, Findings.Events).Where(p => p.Kind == TroopKind.Deployment).ToList();
        Assert.Equal(new double?[] { 3000, 10000 }, series.Select(p => p.Value));
        Assert.Equal(new[] { 1, 2 }, series.Select(p => p.Sequence));
        Assert.All(series, p => Assert.Equal("National Intelligence Service", p.Source));
        // The earlier figure is never given its article's date; the current one is current when the article was
        // written, the window inferred from the events it reports.
        Assert.Equal(new[] { EstimateDating.Undated, EstimateDating.Inferred }, series.Select(p => p.Dating));
        Assert.Equal((new DateOnly(2024, 10, 24), new DateOnly(2024, 11, 24)), (series[1].Date.Earliest, series[1].Date.Latest));
        var summary = TimelineSummary.Of(Seed, Findings.Events, Findings.TroopCounts).ToString();
        Assert.Contains("3,000 (earlier) → approximately 10,000", summary);
        Assert.Contains("Estimates by National Intelligence Service: 3,000 (earlier) → 10,000", summary);
    }

    [Fact]
    public void The_events_frame_has_the_exported_columns_and_a_row_per_event()
    {
        var frame = Frames.Events(Findings);
        Assert.Equal(new[] { "document", "order", "earliest", "latest", "precision", "kind", "actors", "summary", "sentence", "quote" }, frame.ColumnKeys);
        Assert.Equal(Export.ColumnsOf("events"), frame.ColumnKeys);
        Assert.Equal(Findings.Events.Count, frame.RowCount);
        var precision = frame.GetColumn<string>("precision").Values.ToList();
        Assert.Equal(1, precision.Count(p => p == "interval"));
        Assert.Equal(Findings.Events.Count - 1, precision.Count(p => p == "on_or_before"));
        // Unknown earliest days are missing values, not made-up ones; the bound of the undated events is the latest day.
        Assert.Equal(new[] { new DateTime(2024, 10, 22) }, frame.GetColumn<DateTime>("earliest").Values);
        Assert.Equal(Findings.Events.Count - 1, frame.GetColumn<DateTime>("latest").Values.Count(d => d == new DateTime(2024, 11, 24)));
    }

    [Fact]
    public void Extract_writes_events_csv_with_its_columns()
    {
        var folder = Path.Combine(Path.GetTempPath(), "timeline-export-" + Guid.NewGuid().ToString("N"));
        try
        {
            Export.Write(Findings, folder);
            var lines = File.ReadAllLines(Path.Combine(folder, "events.csv"));
            Assert.Equal("document,order,earliest,latest,precision,kind,actors,summary,sentence,quote", lines[0]);
            Assert.Equal(Findings.Events.Count + 1, lines.Length);
            Assert.Contains(lines, l => l.Contains(",2024-10-22,2024-10-24,interval,statement,"));
        }
        finally
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}

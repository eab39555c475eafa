namespace Analysis.Tests.Extraction;

using Analysis.Corpus;
using Analysis.Evaluation;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>
/// The scorer itself, on tiny hand-made dev sets and hand-made findings (no extractor): each measure
/// counts what it says, and can fail.
/// </summary>
public class EvaluationTests
{
    private const string OneFigure = """
        { "items": [
          { "id": "a", "story": "s", "split": "dev", "published": "2024-12-20", "tags": ["relay"],
            "text": "About 300 North Korean soldiers were killed, the NIS said on Thursday.",
            "figures": [ { "value": 300, "hedge": "approximate", "kind": "casualties", "status": "current", "subject": "North Korea",
                           "attributed_to": "National Intelligence Service", "tags": ["casualties", "speech_after"],
                           "as_of": { "earliest": "2024-12-19", "latest": "2024-12-19", "precision": "day" } } ],
            "events": [ { "anchor": "NIS said on Thursday", "earliest": "2024-12-19", "latest": "2024-12-19", "precision": "day" } ],
            "sources": ["National Intelligence Service", "Yonhap"] },
          { "id": "b", "story": "s", "split": "heldout", "text": "Nothing here.", "figures": [], "sources": [] }
        ] }
        """;

    private static readonly DevSet Set = DevSet.FromJson(OneFigure);

    /// <summary>Findings for passage "a": one figure of 300 with the given kind, status, origin; a source; an event with a date.</summary>
    private static Func<Document, DocumentFindings> Found(TroopKind kind, EstimateStatus status = EstimateStatus.Current,
        string? origin = "National Intelligence Service", double value = 300, EventDate? eventDate = null, EventDate? asOf = null) => document =>
    {
        if (document.Id != "a") return new DocumentFindings(document, [], [], []);
        var sentence = document.Sentences.First(s => s.Text.Contains("300"));
        var provenance = Provenance.Of(document, sentence, sentence.Span);
        var count = new TroopCount("300 North Korean soldiers", value, null, null, Hedge.Approximate, kind, status, "North Korea", origin, [], provenance)
        {
            AsOf = asOf ?? EventDate.Unknown,
        };
        var mention = new SourceMention("NIS", "National Intelligence Service", SourceKind.Intelligence, "South Korea", provenance);
        var @event = new TimelineEvent(1, "statement", [], "NIS said", eventDate ?? EventDate.Unknown, [count], provenance);
        return new DocumentFindings(document, [count], [mention], [@event]);
    };

    [Fact]
    public void A_kind_taken_for_another_lands_off_the_diagonal_of_the_confusion_table()
    {
        var result = Set.Evaluate(Found(TroopKind.Deployment));
        Assert.Equal(1, result.Figures.Correct);
        Assert.Equal(1, result.Kind[TroopKind.Casualties, TroopKind.Deployment]);
        Assert.Equal(0, result.Kind[TroopKind.Casualties, TroopKind.Casualties]);
        Assert.Equal(0, result.Kind.Accuracy);
        Assert.Contains("casualties", result.Kind.Describe());

        var right = Set.Evaluate(Found(TroopKind.Casualties));
        Assert.Equal(1, right.Kind.Accuracy);
    }

    [Fact]
    public void Status_is_scored_apart_from_kind()
    {
        var result = Set.Evaluate(Found(TroopKind.Casualties, EstimateStatus.Planned));
        Assert.Equal(1, result.Kind.Accuracy);
        Assert.Equal(0, result.Status.Accuracy);
        Assert.Equal(1, result.Status[EstimateStatus.Current, EstimateStatus.Planned]);
    }

    [Theory]
    // origin the kit gives -> which kind of origin error it is counted as (the set expects the NIS, cited with Yonhap)
    [InlineData("National Intelligence Service", "right")]
    [InlineData(null, "none")]
    [InlineData("Yonhap", "other cited")]
    [InlineData("Pentagon", "not cited")]
    public void A_wrong_origin_is_sorted_by_what_the_kit_gave_instead(string? origin, string expected)
    {
        var errors = Set.Evaluate(Found(TroopKind.Casualties, origin: origin)).OriginErrors;
        var counts = new Dictionary<string, int>
        {
            ["right"] = errors.Right, ["none"] = errors.NoneGiven, ["other cited"] = errors.OtherCited, ["not cited"] = errors.NotCited,
        };
        Assert.Equal(expected, Assert.Single(counts, kv => kv.Value == 1).Key);
        Assert.Equal(3, counts.Values.Count(v => v == 0));
        // The kit's only source mention is the NIS, in the figure's own sentence: any other speaker came from outside it.
        Assert.Equal(expected is "other cited" or "not cited" ? 1 : 0, errors.WrongCarried);
        Assert.Equal(origin is null ? 1 : 0, errors.NoneGivenButFound);
        // Whatever the kit gave, it found the NIS in the figure's sentence: a choice among its mentions could have been right.
        Assert.Equal((1, 1), (errors.ExpectedInSentence, errors.ExpectedInPassage));
        // The baseline takes the NIS, the only mention, nearest the figure, whatever the kit gave.
        Assert.Equal(1, errors.NearestRight);
        // Where the kit gave anything but the NIS it differs from that baseline, and the baseline is the one right.
        Assert.Equal((0, expected == "right" ? 0 : 1, 0), (errors.DifferKitRight, errors.DifferNearestRight, errors.DifferNeither));
    }

    [Theory]
    [InlineData("South Korean intelligence", 1)]
    [InlineData("Service of the Pentagon", 1)]
    [InlineData("The Pentagon", 0)]
    public void A_name_the_passage_does_not_cite_is_a_variant_when_it_shares_a_word_with_the_expected_one(string origin, int variants)
    {
        var errors = Set.Evaluate(Found(TroopKind.Casualties, origin: origin)).OriginErrors;
        Assert.Equal(1, errors.NotCited);
        Assert.Equal(variants, errors.NotCitedVariant);
    }

    [Fact]
    public void Attribution_and_sources_are_scored_separately()
    {
        var result = Set.Evaluate(Found(TroopKind.Casualties, origin: "Yonhap"));
        Assert.Equal(0, result.Attribution.Correct);
        Assert.Equal(1, result.Attribution.Predicted);
        Assert.Equal(1, result.Sources.Correct);
        Assert.Equal(2, result.Sources.Expected);
        Assert.Contains(result.Errors, e => e.Contains("missed source Yonhap"));
    }

    [Fact]
    public void A_missed_figure_counts_against_each_of_its_tags()
    {
        var result = Set.Evaluate(Found(TroopKind.Casualties, value: 3000));
        Assert.Equal(0, result.Figures.Correct);
        var tag = Assert.Single(result.FigureTags, t => t.Tag == "speech_after");
        Assert.Equal((1, 0), (tag.Expected, tag.Found));
        Assert.Equal(1, tag.Failures);
        var sources = Assert.Single(result.SourceTags, t => t.Name == "relay");
        Assert.Equal((1, 2), (sources.Correct, sources.Expected));
    }

    [Fact]
    public void Splits_select_their_items_and_unsplit_items_are_dev()
    {
        Assert.Equal(["a"], Set.Only(DevSet.Dev).Items.Select(i => i.Id));
        Assert.Equal(["b"], Set.Only(DevSet.HeldOut).Items.Select(i => i.Id));
        Assert.Equal(2, Set.Only(DevSet.All).Items.Count);
        Assert.Equal(DevSet.Dev, DevSet.FromJson("""{ "items": [ { "id": "x", "text": "t" } ] }""").Items[0].Split);
        Assert.Throws<ArgumentException>(() => Set.Only("test"));
        var bad = Assert.Throws<FormatException>(() => DevSet.FromJson("""{ "items": [ { "id": "x", "split": "train", "text": "t" } ] }"""));
        Assert.Contains("'x'", bad.Message);
    }

    [Fact]
    public void The_as_of_date_of_a_figure_is_compared_with_its_annotated_one()
    {
        // Dated on the publication day, not the Thursday of the statement: one day off.
        var published = new DateOnly(2024, 12, 20);
        var result = Set.Evaluate(Found(TroopKind.Casualties, asOf: EventDate.OnDay(published, "published")));
        Assert.Equal((1, 1), (result.Dates.DatedFigures, result.Dates.FiguresFound));
        Assert.Equal((0, 1, 0), (result.Dates.AsOfRight, result.Dates.AsOfWithin3Days, result.Dates.AsOfNoDate));
        Assert.True(result.Dates.AsOfProduced);
        Assert.Contains(result.Errors, e => e.Contains("as of 2024-12-20, expected as of 2024-12-19"));

        var thursday = new DateOnly(2024, 12, 19);
        var right = Set.Evaluate(Found(TroopKind.Casualties, eventDate: EventDate.OnDay(thursday), asOf: EventDate.OnDay(thursday)));
        Assert.Equal((1, 1), (right.Dates.AsOfRight, right.Dates.EventsRight));
    }

    [Fact]
    public void An_event_without_a_date_or_bound_is_found_but_not_dated()
    {
        // Hand-made findings with no dates component: no as-of date, no event date, and the report says so.
        var result = Set.Evaluate(Found(TroopKind.Casualties));
        Assert.Equal((1, 1, 0, 0), (result.Dates.Events, result.Dates.EventsFound, result.Dates.EventsDated, result.Dates.EventsRight));
        Assert.Equal(1, result.Dates.AsOfNoDate);
        Assert.False(result.Dates.AsOfProduced);
        Assert.Contains("not produced by this extractor", result.Describe());
    }

    [Fact]
    public void The_kit_dates_the_figure_and_event_of_the_passage_by_the_statement()
    {
        // The default extractor: "the NIS said on Thursday" dates both the figure and the event (published Friday).
        var result = Set.Only(DevSet.Dev).Evaluate();
        Assert.Equal((1, 1, 1), (result.Dates.AsOfRight, result.Dates.EventsDated, result.Dates.EventsRight));
        Assert.True(result.Dates.AsOfProduced);
    }

    [Fact]
    public void A_bound_matches_only_an_open_interval_ending_on_its_day()
    {
        var day = new DateOnly(2024, 12, 20);
        var bound = new ExpectedDate(null, day, "on_or_before");
        Assert.True(bound.Matches(new EventDate(null, day, DatePrecision.Unknown, null)));
        Assert.False(bound.Matches(new EventDate(day, day, DatePrecision.Day, null)));
        var month = new ExpectedDate(new DateOnly(2024, 11, 1), new DateOnly(2024, 11, 30), "month");
        Assert.True(month.IsWithin(new EventDate(new DateOnly(2024, 11, 2), new DateOnly(2024, 11, 28), DatePrecision.Interval, null), 3));
        Assert.False(month.IsWithin(new EventDate(new DateOnly(2024, 11, 5), new DateOnly(2024, 11, 30), DatePrecision.Interval, null), 3));
    }

    [Fact]
    public void The_evaluate_command_scores_one_split_of_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"devset-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, OneFigure);
        try
        {
            var (code, dev) = Cli.Run("evaluate", "--devset", path);
            Assert.Equal(0, code);
            Assert.Contains("split dev: 1 passages, 1 figures", dev);
            Assert.Contains("kind ", dev);
            Assert.Contains("status ", dev);
            Assert.Contains("dates (issue 18)", dev);
            var (_, heldout) = Cli.Run("evaluate", "--devset", path, "--split", "heldout");
            Assert.Contains("split heldout: 1 passages, 0 figures", heldout);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

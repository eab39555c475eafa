using System.Globalization;

namespace Analysis.Tests.Timeline;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>
/// Issue 18's "what goes wrong", bullet by bullet, on sentences written for these tests: each figure's as-of and
/// target dates (<see cref="TroopCount.AsOf"/>, <see cref="TroopCount.Target"/>) and each event's date, as the
/// default pipeline gives them. Dates are yyyy-MM-dd; "-" is unknown.
/// </summary>
public class FigureDateTests
{
    // A date anywhere in the sentence must not date every figure in it: each figure takes its own clause's.
    [Theory]
    [InlineData("Seoul says 5,000 soldiers have been sent and 8,000 more soldiers are expected by March, officials said.", "2025-01-08",
        5000, "2025-01-08", "2025-01-08", "day")]
    [InlineData("Seoul says 5,000 soldiers have been sent and 8,000 more soldiers are expected by March, officials said.", "2025-01-08",
        8000, "2025-01-08", "2025-01-08", "day")]
    [InlineData("About 2,500 troops had crossed by Sept. 14, a ministry spokesman said; by the end of the month the number had reached 6,000.", "2023-10-05",
        2500, "2023-09-14", "2023-09-14", "day")]
    [InlineData("About 2,500 troops had crossed by Sept. 14, a ministry spokesman said; by the end of the month the number had reached 6,000.", "2023-10-05",
        6000, "2023-09-30", "2023-09-30", "day")]
    [InlineData("The garrison grew from about 900 soldiers in early March to about 4,000 soldiers in late May, the governor said.", "2022-06-10",
        900, "2022-03-01", "2022-03-10", "interval")]
    [InlineData("The garrison grew from about 900 soldiers in early March to about 4,000 soldiers in late May, the governor said.", "2022-06-10",
        4000, "2022-05-21", "2022-05-31", "interval")]
    [InlineData("In August, before the talks began, the army was drilling some 1,200 reservists near the coast, a monitoring group said last week.", "2023-10-02",
        1200, "2023-08-01", "2023-08-31", "month")]
    [InlineData("Another 150 marines landed at the port on Tuesday morning, bringing the total to 900, the navy said.", "2024-03-08",
        900, "2024-03-05", "2024-03-05", "day")]
    public void Each_figure_is_dated_by_its_own_clause(string text, string published, double value, string earliest, string latest, string precision)
    {
        var count = CountOf(text, published, value);
        Assert.Equal((earliest, latest, precision), Of(count.AsOf));
    }

    // A figure in an undated clause that names who or how many, with no statement's date, takes the date of the clause
    // that goes on with it; not from a relative clause, nor into one that hangs on the figure's.
    [Theory]
    [InlineData("Twelve Danish sappers, four of them officers, were hurt by a roadside bomb on Monday, the army said.", "2024-03-08",
        12, "2024-03-04", "2024-03-04", "day")]
    [InlineData("The first group of the 2,400 Marines bound for the base, about 600 infantrymen, landed at the airfield on Wednesday.", "2024-03-08",
        600, "2024-03-06", "2024-03-06", "day")]
    [InlineData("The island, whose garrison numbers about 3,000 soldiers, rejected the demand on Tuesday.", "2024-03-08",
        3000, "2024-03-08", "2024-03-08", "day")]
    [InlineData("About 700 of the soldiers still on the island are engineers, down from 2,000 in late 2022.", "2024-03-08",
        700, "2024-03-08", "2024-03-08", "day")]
    public void A_figure_before_its_predicate_takes_the_predicates_date(string text, string published, double value, string earliest, string latest, string precision)
    {
        var count = CountOf(text, published, value);
        Assert.Equal((earliest, latest, precision), Of(count.AsOf));
    }

    // Two dates, not one: as of when the figure was stated or held, and, when planned, the target.
    [Theory]
    [InlineData("The alliance said on Thursday that 3,000 troops would be stationed in the north by June.", "2024-02-16",
        3000, "2024-02-15", "2024-02-15", "2024-06-01", "2024-06-30")]
    [InlineData("The ministry plans to send 1,800 soldiers by the end of the year.", "2024-09-02",
        1800, "2024-09-02", "2024-09-02", "2024-12-31", "2024-12-31")]
    [InlineData("Some 600 soldiers are already in the capital, and from April 2026 up to 2,000 more soldiers will rotate through the base, the defence ministry said on Monday.", "2025-11-12",
        2000, "2025-11-10", "2025-11-10", "2026-04-01", "2026-04-30")]
    [InlineData("The general will deploy 4,000 soldiers to the border in January, an army spokesman said on Friday.", "2023-11-20",
        4000, "2023-11-17", "2023-11-17", "2024-01-01", "2024-01-31")]
    public void A_planned_figure_keeps_when_it_was_stated_and_its_target(string text, string published, double value,
        string asOfEarliest, string asOfLatest, string targetEarliest, string targetLatest)
    {
        var count = CountOf(text, published, value);
        Assert.Equal((asOfEarliest, asOfLatest), (Day(count.AsOf.Earliest), Day(count.AsOf.Latest)));
        Assert.Equal((targetEarliest, targetLatest), (Day(count.Target.Earliest), Day(count.Target.Latest)));
    }

    [Fact]
    public void A_figure_stated_as_held_has_no_target()
    {
        var count = CountOf("About 7,000 soldiers are in the region, the ministry said on Monday.", "2024-05-08", 7000);
        Assert.Equal(EventDate.Unknown, count.Target);
        Assert.Equal(("2024-05-06", "2024-05-06", "day"), Of(count.AsOf));
    }

    // Relative dates: named periods are that period; weekdays look back or forward with their verb; a month without a
    // year takes the year its tense fits; "last year", "earlier this month", "in the spring".
    [Theory]
    // Named periods.
    [InlineData("Around 1,100 soldiers were moved to the front in the first half of November, the ministry said.", "2024-12-20", 1100, "2024-11-01", "2024-11-15", "interval")]
    [InlineData("About 400 soldiers were killed in late September, officials said.", "2024-11-30", 400, "2024-09-21", "2024-09-30", "interval")]
    [InlineData("Some 700 troops reached the coast in the second week of June, the navy said.", "2024-07-03", 700, "2024-06-08", "2024-06-14", "interval")]
    // Weekdays: "said on Monday" is the Monday before; a verb in the future looks forward; the same weekday is the day itself.
    [InlineData("About 2,000 troops will arrive on Monday, the ministry said on Wednesday.", "2024-06-13", 2000, "2024-06-12", "2024-06-12", "day")]
    [InlineData("Around 1,500 soldiers crossed the river on Sunday, the general staff said.", "2024-06-13", 1500, "2024-06-09", "2024-06-09", "day")]
    [InlineData("Some 900 troops are deployed there, the minister told parliament on Thursday.", "2024-06-13", 900, "2024-06-13", "2024-06-13", "day")]
    [InlineData("Only 300 soldiers have returned home, a spokesman said on Friday.", "2024-06-13", 300, "2024-06-07", "2024-06-07", "day")]
    // A month without a year: what happened is in the months before the article, even the year before it.
    [InlineData("Roughly 1,700 soldiers were stationed there in November, the ministry said.", "2025-02-03", 1700, "2024-11-01", "2024-11-30", "month")]
    [InlineData("The force will shrink to about 1,000 soldiers from roughly 1,700 soldiers in April, the ministry said.", "2025-10-30", 1700, "2025-04-01", "2025-04-30", "month")]
    // Periods counted from the article.
    [InlineData("Last year the country sent around 9,000 troops abroad, the ministry said.", "2025-03-14", 9000, "2024-01-01", "2024-12-31", "year")]
    [InlineData("Earlier this month, officials put the number of soldiers at 2,400.", "2024-12-28", 2400, "2024-12-01", "2024-12-27", "interval")]
    [InlineData("In the spring, about 5,000 soldiers took part in the drills, the army said.", "2024-10-01", 5000, "2024-03-01", "2024-05-31", "interval")]
    public void Relative_dates_resolve_to_the_period_they_name(string text, string published, double value, string earliest, string latest, string precision)
    {
        var count = CountOf(text, published, value);
        Assert.Equal((earliest, latest, precision), Of(count.AsOf));
    }

    // No fallback is missing: no date words, the statement's date in the next sentence, a document with no date.
    [Theory]
    [InlineData("The army estimates that some 12,000 soldiers were sent.", "2025-04-28", 12000, "2025-04-28", "2025-04-28", "day")]
    [InlineData("The government intends to send 3,500 soldiers.", "2025-04-28", 3500, "2025-04-28", "2025-04-28", "day")]
    [InlineData("Around 2,200 soldiers have been killed or wounded, the general staff said. The briefing took place on Monday.", "2025-01-15", 2200, "2025-01-13", "2025-01-13", "day")]
    public void Without_a_date_of_its_own_a_figure_holds_as_of_its_statement_else_its_article(string text, string published, double value, string earliest, string latest, string precision)
    {
        var count = CountOf(text, published, value);
        Assert.Equal((earliest, latest, precision), Of(count.AsOf));
    }

    [Fact]
    public void In_an_undated_article_a_figure_holds_as_of_the_window_the_article_was_written_in()
    {
        // No publication date: the latest dated thing it reports (3 March 2025) opens the window it was written in.
        var count = CountOf("Officials met on 3 March 2025 to review the mission. About 2,000 soldiers remain there, the ministry said.", null, 2000);
        Assert.Equal(("2025-03-03", "2025-04-03", "inferred"), Of(count.AsOf));
    }

    [Fact]
    public void An_earlier_figure_with_no_date_of_its_own_is_not_given_the_statements()
    {
        var findings = Extract("The ministry now counts 6,000 soldiers, up from an earlier estimate of 2,000, officials said on Tuesday.", "2024-04-11");
        var earlier = findings.TroopCounts.Single(c => c.Value == 2000);
        Assert.Equal(EstimateStatus.Earlier, earlier.Status);
        Assert.Equal(EventDate.Unknown, earlier.AsOf);
        Assert.Equal(("2024-04-09", "2024-04-09", "day"), Of(findings.TroopCounts.Single(c => c.Value == 6000).AsOf));
    }

    // Events never placed: an event with no date words happened on or before its report.
    [Theory]
    [InlineData("The ministry confirmed that its soldiers had fought near the river.", "2025-04-28", "-", "2025-04-28", "on_or_before")]
    [InlineData("The ministry confirmed on Monday that its soldiers had fought near the river.", "2025-04-30", "2025-04-28", "2025-04-28", "day")]
    [InlineData("Soldiers were moved to the port between Oct. 8 and Oct. 13, the agency said on Friday.", "2024-10-18", "2024-10-08", "2024-10-13", "interval")]
    [InlineData("The president said on Saturday that the unit had lost dozens of men on Friday and Saturday.", "2025-01-05", "2025-01-03", "2025-01-04", "interval")]
    // Two months joined: one interval.
    [InlineData("The contracts were signed between June 2023 and February 2024, the ministry said.", "2024-05-20", "2023-06-01", "2024-02-29", "interval")]
    [InlineData("The pictures of the camp were taken from March 2024 to May 2024, the ministry said.", "2024-06-20", "2024-03-01", "2024-05-31", "interval")]
    public void Every_event_has_a_date_or_a_bound(string text, string published, string earliest, string latest, string precision)
    {
        var e = Assert.Single(Extract(text, published).Events);
        Assert.Equal((earliest, latest, precision), Of(e.Date));
    }

    [Fact]
    public void The_dates_are_a_layer_of_the_document_with_clause_boundaries()
    {
        var document = CorpusLoader.FromText("Development passage\n\nSeoul says 5,000 soldiers have been sent and 8,000 more soldiers are expected by March, officials said.",
            "clauses", new DocumentMetadata(Published: new DateOnly(2025, 1, 8)));
        var annotated = Extractor.Default.Extract(document).Annotations;
        var clauses = annotated.Get(Layers.Clauses)[1];
        Assert.Equal(["Seoul says 5,000 soldiers have been sent", "and 8,000 more soldiers are expected by March", "officials said"],
            clauses.Select(c => document.Text[c.Span.Start..c.Span.End]));
        Assert.Equal([ClauseRole.Reporting, ClauseRole.Main, ClauseRole.Reporting], clauses.Select(c => c.Role));
        var march = Assert.Single(annotated.Get(TimelineLayers.Dates)[1]);
        Assert.Equal("by March", document.Text[march.Span.Start..march.Span.End]);
        Assert.Equal(2, annotated.Get(TimelineLayers.FigureDates).Count);
    }

    // Old wire copy printed the next morning speaks from its dateline's day: "today" and "on Tuesday" count from it.
    [Theory]
    [InlineData("OTTAWA, May 15 - The prime minister today ordered another 1,500 soldiers to the coast.", "1962-05-16", "1962-05-15")]
    [InlineData("OTTAWA, May 15 (CP) - About 1,500 soldiers reached the coast yesterday.", "1962-05-16", "1962-05-14")]
    [InlineData("OTTAWA, May 16 - The prime minister today ordered another 1,500 soldiers to the coast.", "1962-05-16", "1962-05-16")]
    [InlineData("OTTAWA, May 2 - The prime minister today ordered another 1,500 soldiers to the coast.", "1962-05-16", "1962-05-16")] // too far back: a dateline of another day
    public void A_dateline_a_day_before_publication_is_the_day_the_article_speaks_from(string text, string published, string day)
    {
        var result = Extract(text, published);
        var count = Assert.Single(result.TroopCounts);
        Assert.Equal((day, day, "day"), Of(count.AsOf));
        Assert.Equal((day, day, "day"), Of(Assert.Single(result.Events).Date));
    }

    private static TroopCount CountOf(string text, string? published, double value)
    {
        var counts = Extract(text, published).TroopCounts;
        return counts.FirstOrDefault(c => c.Value == value || c.Low == value)
            ?? throw new Xunit.Sdk.XunitException($"no figure {value} in [{string.Join(", ", counts.Select(c => c.Phrase))}]: {text}");
    }

    private static DocumentFindings Extract(string text, string? published) =>
        Extractor.Default.Extract(CorpusLoader.FromText("Development passage\n\n" + text, "test",
            published is null ? null : new DocumentMetadata(Published: DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture))));

    private static (string, string, string) Of(EventDate date) =>
        (Day(date.Earliest), Day(date.Latest), date.IsKnown ? EnumNames.ToSnake(date.Precision) : "-");

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
}

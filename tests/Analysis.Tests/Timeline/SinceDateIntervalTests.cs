namespace Analysis.Tests.Timeline;

using Analysis.Corpus;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>
/// A count "since" a date holds over the interval from that date to its statement (the
/// DevSet.Dated convention), for the figure and for the event; "since" right before the date or before a short clause
/// of its own ("since the ceasefire collapsed in May"). A date not opened by "since" keeps its own day or month.
/// </summary>
public class SinceDateIntervalTests
{
    // Friday 2025-05-16 is the published day; Sunday is the 11th.
    private static readonly DateOnly Friday = new(2025, 5, 16);

    private static DocumentFindings Extracted(string body) =>
        Extractor.Default.Extract(CorpusLoader.FromText("A made-up headline about a garrison\n" + body, "made-up", new DocumentMetadata(Published: Friday)));

    [Theory]
    // since a month, the statement dated: from the month's first day to the statement
    [InlineData("The brigade said on Sunday that 420 of its soldiers had been wounded since February.", "2025-02-01", "2025-05-11")]
    // since a clause ending in a day, no statement date: to the published day
    [InlineData("Some 1,300 soldiers have rotated through the base since the ceasefire collapsed on March 3, officials said.", "2025-03-03", "2025-05-16")]
    // since a clause ending in a month
    [InlineData("The army said on Sunday that 2,100 troops had crossed the river since the offensive began in April.", "2025-04-01", "2025-05-11")]
    // not "since": a month keeps its own dates
    [InlineData("The brigade said on Sunday that 420 of its soldiers were wounded in February.", "2025-02-01", "2025-02-28")]
    // "since" too far before the date, behind a comma: the date is its own
    [InlineData("Since the talks stalled, the army said on Sunday, 2,100 troops crossed the river in April.", "2025-04-01", "2025-04-30")]
    public void A_count_since_a_date_holds_from_that_date_to_its_statement(string sentence, string earliest, string latest)
    {
        var result = Extracted(sentence);
        var count = Assert.Single(result.TroopCounts);
        var expected = (DateOnly.Parse(earliest), DateOnly.Parse(latest));
        Assert.Equal(expected, (count.AsOf.Earliest, count.AsOf.Latest));
        var e = Assert.Single(result.Events);
        Assert.Equal(expected, (e.Date.Earliest, e.Date.Latest));
    }

    [Theory]
    // "the same day" / "the same report" carry the day the sentence before names, not the published day
    [InlineData("The governor said on Tuesday that the bridge had reopened. The garrison moved 800 soldiers north the same day, the army said.", "2025-05-13")]
    [InlineData("The broadcaster reported on Monday that the border post had closed. It said in the same report that 650 troops had arrived.", "2025-05-12")]
    [InlineData("The defence minister told reporters on Monday that the drills would go on. He said at the same news conference that 1,200 reservists had joined.", "2025-05-12")]
    [InlineData("The spy agency briefed lawmakers on Wednesday. It told them in the same briefing that 400 soldiers had been wounded.", "2025-05-14")]
    // without the phrase the sentence keeps the published day
    [InlineData("The governor said on Tuesday that the bridge had reopened. The garrison moved 800 soldiers north, the army said.", "2025-05-16")]
    public void The_same_day_carries_the_day_named_before(string text, string day)
    {
        var count = Assert.Single(Extracted(text).TroopCounts);
        Assert.Equal((DateOnly.Parse(day), DateOnly.Parse(day)), (count.AsOf.Earliest, count.AsOf.Latest));
    }

    [Theory]
    // a deadline still to come is the plan's target: the event takes its statement's day
    [InlineData("The two governments said in a joint statement on Sunday that the withdrawal of 900 soldiers will be completed by June 30.", "2025-05-11")]
    [InlineData("The withdrawal of 900 soldiers will end no later than July 4, the ministry said on Sunday.", "2025-05-11")]
    // an act set for a day ("will land on"), not a deadline, keeps its own day
    [InlineData("The first 900 soldiers will land on June 30, the ministry said on Sunday.", "2025-06-30")]
    public void A_deadline_to_come_dates_the_target_not_the_event(string sentence, string day)
    {
        var e = Assert.Single(Extracted(sentence).Events);
        Assert.Equal((DateOnly.Parse(day), DateOnly.Parse(day)), (e.Date.Earliest, e.Date.Latest));
    }

    [Theory]
    // "this week" runs from the Monday of the publication week to the statement's day (Friday 16th: Monday 12th..)
    [InlineData("The garrison said on Wednesday it had grown to 2,300 soldiers this week.", "2025-05-12", "2025-05-14")]
    [InlineData("The garrison grew to 2,300 soldiers this week.", "2025-05-12", "2025-05-16")]
    // "last week" stays the whole week before
    [InlineData("The garrison grew to 2,300 soldiers last week.", "2025-05-05", "2025-05-11")]
    public void This_week_runs_from_its_monday_to_the_statement(string sentence, string earliest, string latest)
    {
        var count = Assert.Single(Extracted(sentence).TroopCounts);
        Assert.Equal((DateOnly.Parse(earliest), DateOnly.Parse(latest)), (count.AsOf.Earliest, count.AsOf.Latest));
    }
}

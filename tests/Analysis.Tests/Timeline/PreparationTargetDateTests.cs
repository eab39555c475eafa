namespace Analysis.Tests.Timeline;

using Analysis.Corpus;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>
/// A date after "preparations to" is the plan's target, still to come, and the sentence's event
/// keeps its statement's day ("by June 30" in May is this year's June, not last year's); a preparation carried out keeps
/// its own date.
/// </summary>
public class PreparationTargetDateTests
{
    // Friday 2025-05-16 is the published day; Sunday is the 11th.
    private static readonly DateOnly Friday = new(2025, 5, 16);

    private static TimelineEvent EventOf(string body)
    {
        var document = CorpusLoader.FromText("A made-up headline about a drawdown\n" + body, "made-up", new DocumentMetadata(Published: Friday));
        return Assert.Single(Extractor.Default.Extract(document).Events);
    }

    [Theory]
    [InlineData("The mission said on Sunday that it had stepped up preparations to withdraw 1,500 soldiers by June 30.", "2025-05-11", "2025-05-11")]
    [InlineData("The mission said on Sunday that it had completed its preparations on May 2.", "2025-05-02", "2025-05-02")]
    public void A_date_after_preparations_to_is_the_plans_target(string sentence, string earliest, string latest)
    {
        var e = EventOf(sentence);
        Assert.Equal((DateOnly.Parse(earliest), DateOnly.Parse(latest)), (e.Date.Earliest, e.Date.Latest));
    }

    [Fact]
    public void The_planned_figure_takes_the_date_as_its_target_this_year()
    {
        var document = CorpusLoader.FromText("A made-up headline about a drawdown\nThe mission said on Sunday that it had stepped up preparations to withdraw 1,500 soldiers by June 30.",
            "made-up", new DocumentMetadata(Published: Friday));
        var count = Assert.Single(Extractor.Default.Extract(document).TroopCounts);
        Assert.Equal((new DateOnly(2025, 6, 30), new DateOnly(2025, 5, 11)), (count.Target.Earliest, count.AsOf.Earliest));
    }
}

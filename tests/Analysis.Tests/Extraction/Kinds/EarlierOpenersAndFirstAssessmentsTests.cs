namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A sentence opened by "Previously," or "Formerly," (as "Until recently," already does) tells a level of the past; one opened
/// by "Earlier," before a verb of saying tells a report the story has moved on from: both earlier. "Earlier," before an event
/// is the same day's news (current), and a plan said then is still a plan. And a report's first or initial version after "a"
/// or "an" ("according to a first assessment", "an initial count showed") is the one at hand: current, where "the initial
/// estimate" is one since replaced. A season told with "the" or the end of the year before opening the sentence ("In the
/// winter, Western estimates put the force at 11,000 to 12,000", "At the end of last year, Seoul estimated ...") dates a count
/// a later one replaced (earlier); "Last autumn the contingent numbered 1,300" stays current, as the dev sets keep it. The
/// sentences are ours.
/// </summary>
public class EarlierOpenersAndFirstAssessmentsTests
{
    [Theory]
    [InlineData("Previously, roughly 1,300 Italian soldiers were based at the camp.", 1300, EstimateStatus.Earlier)]
    [InlineData("Formerly, some 650 marines guarded the port.", 650, EstimateStatus.Earlier)]
    [InlineData("Earlier, the army said 210 soldiers had been wounded.", 210, EstimateStatus.Earlier)]
    [InlineData("According to a first assessment, 35 soldiers died in the ambush.", 35, EstimateStatus.Current)]
    [InlineData("An initial count showed 64 soldiers were wounded.", 64, EstimateStatus.Current)]
    // Near misses: an event of the day, a plan said earlier, the initial estimate since replaced.
    [InlineData("Earlier, an estimated 150 troops rolled into the capital.", 150, EstimateStatus.Current)]
    [InlineData("Earlier, officials said 700 troops would arrive next week.", 700, EstimateStatus.Planned)]
    [InlineData("The initial estimate of 2,400 troops was later raised to 4,000.", 2400, EstimateStatus.Earlier)]
    public void Openers_and_first_reports(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Theory]
    // A season told with "the", or the end of the year before, opening the sentence: the time of a count a later one replaced.
    [InlineData("In the summer, Kenyan officials put the contingent at 1,200 soldiers.", 1200, EstimateStatus.Earlier)]
    [InlineData("In the autumn, about 2,500 Chadian troops had been guarding the border.", 2500, EstimateStatus.Earlier)]
    [InlineData("At the end of last year, Paris estimated that some 4,000 fighters had crossed the river.", 4000, EstimateStatus.Earlier)]
    [InlineData("Late last year, the ministry put the toll at 350 soldiers killed.", 350, EstimateStatus.Earlier)]
    // Near misses: a season still to come, a season after the figure's own time of now, and "last autumn", which counts the
    // force of that season as it stood.
    [InlineData("In the summer, Kenya will send 1,200 more soldiers.", 1200, EstimateStatus.Planned)]
    [InlineData("Some 1,200 Kenyan soldiers are now in the capital, the army said in the summer update.", 1200, EstimateStatus.Current)]
    [InlineData("Last autumn the contingent numbered roughly 1,300 men at the airport.", 1300, EstimateStatus.Current)]
    public void A_season_or_the_year_before_opening_the_sentence(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}

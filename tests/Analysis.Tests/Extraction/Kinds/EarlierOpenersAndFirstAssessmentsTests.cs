namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A sentence opened by "Previously," or "Formerly," (as "Until recently," already does) tells a level of the past; one opened
/// by "Earlier," before a verb of saying tells a report the story has moved on from: both earlier. "Earlier," before an event
/// is the same day's news (current), and a plan said then is still a plan. And a report's first or initial version after "a"
/// or "an" ("according to a first assessment", "an initial count showed") is the one at hand: current, where "the initial
/// estimate" is one since replaced. The sentences are ours.
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
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two ways the background paragraphs of troop stories tell a level of the past. A peak told of the force, then a "when" clause
/// that holds the figure ("the presence reached its peak in 2007, when there were 168,000 troops in Iraq"): the figure counts
/// the force at that peak (earlier), as "at its peak, N" and "peaked at N" already did. And what a force first was ("What
/// started as 50 special forces soldiers in 2015 grew to more than 2,000"): its start is earlier, as "began with N" was.
/// Near misses: a peak of something else, a peak still to come, and the level the force grew to. The sentences are ours.
/// </summary>
public class PeakWhenAndStartedAsTests
{
    [Theory]
    [InlineData("The American presence reached its peak in 2011, when some 100,000 troops were in the country.", 100000, EstimateStatus.Earlier)]
    [InlineData("The French deployment hit its high point in May, when there were 9,000 soldiers in the region.", 9000, EstimateStatus.Earlier)]
    [InlineData("It reached its peak during the surge in 2007 when there were 160,000 troops in the country.", 160000, EstimateStatus.Earlier)]
    [InlineData("What started as 300 advisers in 2014 grew to more than 5,000 troops.", 300, EstimateStatus.Earlier)]
    // Near misses.
    [InlineData("Violence peaked in March, when 3,000 troops were sent to the city.", 3000, EstimateStatus.Current)]
    [InlineData("The deployment will reach its peak next spring, when 12,000 troops will be in place.", 12000, EstimateStatus.Planned)]
    [InlineData("What started as 300 advisers in 2014 grew to more than 5,000 troops.", 5000, EstimateStatus.Current)]
    public void The_level_is_read_at_its_time(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}

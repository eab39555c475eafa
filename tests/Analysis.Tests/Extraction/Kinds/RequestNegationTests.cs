namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A request before "to" and a verb makes the figure after it planned ("asked its allies to send 10,000 soldiers"), but not
/// a request not to act: "an official who asked not to be named said 3,000 troops had arrived" counts troops there now.
/// The sentences are ours.
/// </summary>
public class RequestNegationTests
{
    [Theory]
    [InlineData("An official who asked not to be named said 3,000 troops had arrived in the city.", 3000, EstimateStatus.Current)]
    [InlineData("A commander who asked never to be identified said 2,400 soldiers were in the town.", 2400, EstimateStatus.Current)]
    // Near misses: a request to act is still a plan.
    [InlineData("Kyiv asked its allies to send about 10,000 soldiers to the front.", 10000, EstimateStatus.Planned)]
    [InlineData("The general urged NATO members to deploy 5,000 more troops.", 5000, EstimateStatus.Planned)]
    public void Status_of_the_figure(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(passage), c => c.Value == value).Status);
}

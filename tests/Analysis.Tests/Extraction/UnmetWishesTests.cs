namespace Analysis.Tests.Extraction;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A wish told in the past perfect is one never met, not a plan since changed: "had hoped to place 40,000" or "the 5,000
/// that the commanders had hoped for" are planned (intention_unmet_wishes, pledge_relative_verbs). The past perfect of
/// the troops' own verb, or of a wish the figure is the subject of, moves nothing. The sentences are ours.
/// </summary>
public class UnmetWishesTests
{
    [Theory]
    [InlineData("The war plans, which had hoped to place about 40,000 soldiers in the north, were thrown into doubt by the vote.", 40000, EstimateStatus.Planned)]
    [InlineData("The generals had wanted to send 8,000 more troops before the winter.", 8000, EstimateStatus.Planned)]
    [InlineData("The army had sought to recruit 6,000 volunteers for the mission by June.", 6000, EstimateStatus.Planned)]
    [InlineData("The allies agreed to send 3,000 troops, short of the 5,000 that the commanders had hoped for.", 5000, EstimateStatus.Planned)]
    [InlineData("The 4,000 soldiers the general requested have not arrived.", 4000, EstimateStatus.Planned)]
    // Near misses: the figure is the wish's subject, or its troops' own verb is in the past perfect.
    [InlineData("The 5,000 troops that had hoped for an early return are still in the desert.", 5000, EstimateStatus.Current)]
    [InlineData("Officials said 2,000 soldiers had arrived in the capital, as the government had hoped.", 2000, EstimateStatus.Current)]
    public void Status_of_the_figure(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(passage), c => c.Value == value).Status);
}

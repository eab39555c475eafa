namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A strength set before the troops come ("its planned strength of N", "the expected strength of N", "a deployment plan of N",
/// "an approved strength of N": target_nouns) is a planned figure, as "a ceiling of N" is. The sentences are ours.
/// </summary>
public class PlannedStrengthNounsTests
{
    [Theory]
    [InlineData("The regional force is still short of its planned strength of 3,000 officers.", 3_000d, EstimateStatus.Planned)]
    [InlineData("The brigade works at half the expected strength of 2,400 soldiers.", 2_400d, EstimateStatus.Planned)]
    [InlineData("Generals drew up a deployment plan of 4,000 soldiers for the northern border.", 4_000d, EstimateStatus.Planned)]
    [InlineData("The observer mission has an approved strength of 1,800 personnel.", 1_800d, EstimateStatus.Planned)]
    // Near misses: troops counted now beside the plan, and a strength reached, stay current.
    [InlineData("The regional force now has 1,200 officers in the country.", 1_200d, EstimateStatus.Current)]
    [InlineData("The brigade's strength stands at 2,400 soldiers.", 2_400d, EstimateStatus.Current)]
    public void A_strength_set_before_the_troops_come_is_planned(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(DocumentCounts(passage), c => (c.Value ?? c.Low) == value).Status);
}

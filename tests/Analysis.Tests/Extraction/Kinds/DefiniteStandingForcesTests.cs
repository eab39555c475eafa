namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A force "the" names as the one that is there, by its place right after it ("the 4,500 French soldiers in Mali") or a part of
/// it right before ("two-thirds of the 30,000 Russian troops"), is counted now, whatever is still to come of it ("will stay",
/// "are to leave by the end of the year", "are to replace"). Not "the 3,000 troops will arrive in Poland" (the place is the
/// verb's), "the 2,000 troops to be sent", "in two waves" (no place), nor "the deployment of the 3,000 troops". Our own sentences.
/// </summary>
public class DefiniteStandingForcesTests
{
    [Theory]
    [InlineData("Two-thirds of the 30,000 Russian troops in Armenia are to leave by the end of the year.", 30_000d)]
    [InlineData("The 4,500 French soldiers in Mali will stay until the elections, the minister said.", 4_500d)]
    [InlineData("Half of the 8,000 soldiers in the region will be sent home in the spring.", 8_000d)]
    [InlineData("Kenyan peacekeepers are to replace the 900 Burundian soldiers in the capital.", 900d)]
    [InlineData("The 35,000 Turkish soldiers in the north must stay as a guarantee, he says.", 35_000d)]
    public void A_force_the_text_places_is_there_now(string passage, double value) =>
        Assert.Equal(EstimateStatus.Current, Assert.Single(Counts(passage), c => c.Value == value).Status);

    [Theory]
    [InlineData("The 3,000 troops will arrive in Poland next week.", 3_000d)]
    [InlineData("The deployment of the 3,000 troops would begin next month.", 3_000d)]
    [InlineData("The 2,000 troops to be sent to Poland will leave next week.", 2_000d)]
    [InlineData("The 3,000 troops in two waves will arrive next week.", 3_000d)]
    public void A_force_still_to_come_stays_planned(string passage, double value) =>
        Assert.Equal(EstimateStatus.Planned, Assert.Single(Counts(passage), c => c.Value == value).Status);
}

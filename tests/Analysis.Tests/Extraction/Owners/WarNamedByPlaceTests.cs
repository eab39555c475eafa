namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's bare name right before "war" or "conflict" names a war by where it is fought ("Iraq war: live updates"):
/// it owns no troops, so the story's figures take their owner from elsewhere. A longer word ("Iraq warfare units") or
/// troops of the country's own ("Iraq masses troops") still name the owner. Our own sentences.
/// </summary>
public class WarNamedByPlaceTests
{
    [Theory]
    [InlineData("Afghanistan war: the latest\n\nThe Pentagon said 3,000 more troops would go next month.", "United States")]
    [InlineData("Yemen conflict: what we know\n\nThe Pentagon said it would send about 1,500 more troops to the region.", "United States")]
    public void A_war_named_by_its_place_owns_no_troops(string passage, string owner) =>
        Assert.Equal(owner, Assert.Single(Counts(passage)).Subject);

    [Theory]
    [InlineData("Iraq masses troops: live updates\n\nSome 5,000 soldiers were sent to the border on Monday.")]
    [InlineData("Iraq warfare units: live updates\n\nSome 5,000 soldiers were sent to the border on Monday.")]
    public void A_country_that_acts_still_owns_them(string passage) =>
        Assert.Equal("Iraq", Assert.Single(Counts(passage)).Subject);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Reservists "placed on active duty" are called up (deployment), not the size of the reserve they come from: "About 9,000
/// reservists have been placed on active duty since the order", "2,400 members of its reserve forces have been placed on
/// active duty". A reserve counted whole stays army_size.
/// </summary>
public class PlacedOnActiveDutyTests
{
    [Theory]
    [InlineData("About 9,000 reservists have been placed on active duty since the order.", 9_000d)]
    [InlineData("The navy said 2,400 members of its reserve forces have been placed on active duty.", 2_400d)]
    public void Reservists_placed_on_active_duty_are_a_call_up(string passage, double value) =>
        Assert.Equal(TroopKind.Deployment, Assert.Single(Counts(passage), c => c.Value == value).Kind);

    // Near miss: the reserve itself.
    [Theory]
    [InlineData("The country has about 9,000 reservists, the ministry said.", 9_000d)]
    public void A_reserve_counted_whole_is_its_size(string passage, double value) =>
        Assert.Equal(TroopKind.ArmySize, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}

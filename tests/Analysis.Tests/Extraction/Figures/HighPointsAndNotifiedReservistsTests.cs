namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two shapes of real troop reporting: a force's peak told in other words than "peak" or "height" ("At its high point, the
/// operation saw some 5,500 soldiers deployed"), an earlier level; and reservists "notified" of a call-up ("roughly 5,600
/// soldiers from the ready reserve will be notified"), a call-up (deployment), not the size of the reserve.
/// </summary>
public class HighPointsAndNotifiedReservistsTests
{
    [Theory]
    [InlineData("France has 1,700 soldiers in the Central African Republic. The deployment reached about 2,500 at its highest.", 2_500d)]
    [InlineData("Chad has some 1,100 troops in Mali. At its high point, the Chadian contingent counted about 1,800 soldiers.", 1_800d)]
    [InlineData("Kenya has about 3,000 troops in Somalia. The Kenyan force numbered roughly 4,000 at its zenith.", 4_000d)]
    public void A_level_at_its_high_point_is_earlier(string passage, double value) =>
        Assert.Equal(EstimateStatus.Earlier, Assert.Single(Counts(passage), c => c.Value == value).Status);

    // The present level beside it stays current.
    [Theory]
    [InlineData("Chad has some 1,100 troops in Mali. At its high point, the Chadian contingent counted about 1,800 soldiers.", 1_100d)]
    public void The_present_level_beside_it_is_current(string passage, double value) =>
        Assert.Equal(EstimateStatus.Current, Assert.Single(Counts(passage), c => c.Value == value).Status);

    [Theory]
    [InlineData("Roughly 4,300 reservists will be notified, an army official said.", 4_300d)]
    [InlineData("The ministry said about 3,500 reservists are being notified this week.", 3_500d)]
    public void Reservists_notified_are_a_call_up(string passage, double value) =>
        Assert.Equal(TroopKind.Deployment, Assert.Single(Counts(passage), c => c.Value == value).Kind);

    // A reserve counted whole, with a notice sent to someone else, stays the reserve's size.
    [Theory]
    [InlineData("The country has 4,000 reservists, and the ministry notified parliament of its plans.", 4_000d)]
    public void A_reserve_beside_another_notice_is_its_size(string passage, double value) =>
        Assert.Equal(TroopKind.ArmySize, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}

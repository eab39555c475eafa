namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Reservists "called to duty", "called to active duty" or "summoned to active duty" are called up, a deployment, as "called up"
/// reservists are; reservists only counted stay the army's size. The sentences are ours.
/// </summary>
public class CalledToDutyTests
{
    [Theory]
    [InlineData("Roughly 45,000 reservists have been called to duty since the weekend.", TroopKind.Deployment)]
    [InlineData("Some 8,000 reservists were summoned to active duty on Thursday.", TroopKind.Deployment)]
    // Near miss: a reserve counted.
    [InlineData("The country has some 45,000 reservists.", TroopKind.ArmySize)]
    public void Reservists_called_to_duty_are_sent(string text, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text)).Kind);

    // An order before the number and the duty after the mention; a call-up after the figure keeps reservists sent though
    // their own words name an army's people.
    [Theory]
    [InlineData("In 1990 the order put 180,000 reservists on active duty for the Gulf.", TroopKind.Deployment)]
    [InlineData("The governor ordered 2,300 Guard members to active duty after the floods.", TroopKind.Deployment)]
    [InlineData("Today 240 more members of the Army Reserve are ordered to active duty.", TroopKind.Deployment)]
    [InlineData("Up to 30,000 reserve troops may now be activated by the ministry.", TroopKind.Deployment)]
    [InlineData("In 1973 some 150,000 reservists were called to arms within a day.", TroopKind.Deployment)]
    // Near misses: an army's troops on duty, counted; the order's comma ends its clause before the duty.
    [InlineData("The navy has about 330,000 sailors on active duty.", TroopKind.ArmySize)]
    [InlineData("The country keeps 40,000 reservists, and put its army on active duty.", TroopKind.ArmySize)]
    public void Reservists_ordered_to_active_duty_are_sent(string text, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text)).Kind);

    // "to be called", "may summon": reservists still to be called up are a plan.
    [Theory]
    [InlineData("The decree allows up to 600,000 reservists to be called for a year.", EstimateStatus.Planned)]
    [InlineData("The general staff may summon 20,000 reservists.", EstimateStatus.Planned)]
    // Near miss: reservists summoned already.
    [InlineData("The general staff summoned 20,000 reservists on Monday.", EstimateStatus.Current)]
    public void Reservists_still_to_be_called_are_planned(string text, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text)).Status);
}

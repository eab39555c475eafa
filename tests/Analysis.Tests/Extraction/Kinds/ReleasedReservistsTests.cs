namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Reservists released from duty were serving: "Some 1,400 reservists have been let go", "the army released tens of thousands
/// of reservists", "demobilised 20,000 reservists" count troops that leave (kind deployment), not a reserve's size (lists
/// release_words after the mention behind an auxiliary, release_verbs_before right before the number). Not a reserve counted
/// whole ("has about 465,000 reservists"), nor a verb of release further back ("released its yearbook: the country has 350,000 reservists").
/// The sentences are ours.
/// </summary>
public class ReleasedReservistsTests
{
    [Theory]
    [InlineData("Some 2,300 reservists have been let go to return to their farms, the ministry said.", 2300, TroopKind.Deployment)]
    [InlineData("After the brigades left the border, the army released about 40,000 reservists.", 40000, TroopKind.Deployment)]
    [InlineData("The general staff demobilised 15,000 reservists on Sunday.", 15000, TroopKind.Deployment)]
    [InlineData("About 6,000 reservists were sent home at the weekend.", 6000, TroopKind.Deployment)]
    // Near misses: a reserve's size, and a release of figures rather than of troops.
    [InlineData("The country has about 465,000 reservists.", 465000, TroopKind.ArmySize)]
    [InlineData("The ministry released its yearbook: the country has 350,000 reservists.", 350000, TroopKind.ArmySize)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Fighters "enlisted" by a state, in the passive, are called up, as "drafted" or "mobilised" ones are: a deployment, above all when
/// they are then sent abroad. "Enlisted" as the noun of an army's ranks still counts that army. The sentences are ours.
/// </summary>
public class EnlistedAndSentTests
{
    [Theory]
    [InlineData("About 1,800 Chadian fighters have already been enlisted by Sudan and flown to the front.", TroopKind.Deployment)]
    [InlineData("Some 900 Chadian fighters were enlisted by Sudan last winter.", TroopKind.Deployment)]
    // Near miss: the ranks of an army, counted.
    [InlineData("The army has about 90,000 enlisted and 9,000 officers.", TroopKind.ArmySize)]
    public void Enlisted_fighters_are_sent(string text, TroopKind kind) =>
        Assert.Equal(kind, Counts(text)[0].Kind);
}

namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Prisoners and convicts recruited to fight are a force, not captives: "Wagner recruited some 50,000 prisoners" is a
/// deployment, though "prisoners" is a casualty word; "inmates" and "convicts" count as prisoners do, only where they are
/// recruited in a sentence about troops or their own clause says they fight or go to war. Prisoners an army takes stay casualties, and a prison's inmates count no one. The sentences are ours.
/// </summary>
public class RecruitedPrisonersTests
{
    [Theory]
    [InlineData("The company recruited some 40,000 prisoners to fight in the war, officials said.", 40_000d, TroopKind.Deployment)]
    [InlineData("The army recruited some 10,000 prisoners last year.", 10_000d, TroopKind.Deployment)]
    [InlineData("About 1,500 former prisoners had been recruited into the army.", 1_500d, TroopKind.Deployment)]
    [InlineData("Officials in Kyiv said at least 20,000 convicts had been recruited to fight.", 20_000d, TroopKind.Deployment)]
    [InlineData("At least 30,000 inmates went to war for the group, the outlet found.", 30_000d, TroopKind.Deployment)]
    // prisoners an army takes stay casualties
    [InlineData("The army took 1,200 prisoners in the offensive.", 1_200d, TroopKind.Casualties)]
    public void Recruited_prisoners_are_a_deployment_and_taken_ones_casualties(string text, double value, TroopKind kind)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal((value, kind), (count.Value, count.Kind));
    }

    [Theory]
    [InlineData("The prison holds 2,000 inmates.")]
    [InlineData("Troops guarded 5,000 convicts at the camp.")]
    [InlineData("The charity hired 40 inmates for its bakery.")]
    public void A_prisons_inmates_are_not_counted(string text) => Assert.Empty(Counts(text));
}

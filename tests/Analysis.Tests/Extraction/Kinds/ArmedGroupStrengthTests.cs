namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An armed group by its name (armed_group_context) right before a verb of strength, opening its clause, counts its whole force
/// (kind army_size), as "the rebels number ..." does: "the LTTE had between 6,000 and 7,000 cadres", "officials said Hamas has
/// about 25,000 fighters" (FigureKind.GroupOpensClause). Not with a place in the clause ("Hezbollah has about 1,500 fighters in
/// Syria": troops somewhere), nor a name inside another phrase ("the coalition against Islamic State has 4,000 troops"), nor a
/// verb that is no verb of strength ("the army said it had killed 30 Taliban fighters"). The sentences are ours.
/// </summary>
public class ArmedGroupStrengthTests
{
    [Theory]
    [InlineData("Some 20,000 Indian troops were committed; the LTTE had between 6,000 and 7,000 cadres.", 6000, TroopKind.ArmySize)]
    [InlineData("Israeli officials said Hamas has about 25,000 fighters.", 25000, TroopKind.ArmySize)]
    [InlineData("The Taliban have roughly 70,000 fighters, according to a UN monitoring report.", 70000, TroopKind.ArmySize)]
    // Near misses: a place in the clause, a name inside another phrase, a casualty count.
    [InlineData("Hezbollah has about 1,500 fighters in Syria, Western officials believe.", 1500, TroopKind.Deployment)]
    [InlineData("The coalition against Islamic State has 4,000 troops.", 4000, TroopKind.Deployment)]
    [InlineData("The army said it had killed 30 Taliban fighters near Kandahar.", 30, TroopKind.Casualties)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => (c.Value ?? c.Low) == value).Kind);
}

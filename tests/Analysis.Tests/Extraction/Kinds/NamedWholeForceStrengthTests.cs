namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A whole force named by its own name: a strength right before a name that ends in a whole force ("the 7,000-strong Sierra
/// Leone Army", "the 2,000-strong Swaziland Defence Force": named_whole_force_heads), even where a casualty word stands nearer
/// ("put the dead of the 2,000-strong ... Defence Force at 40"), and a verb of strength after such a name ("the Botswana
/// Defence Force has 9,000 soldiers": strength_army_subjects; "the presidential guard is made up of about 800 troops":
/// whole_force_nouns, strength_verbs) count that force's size (kind army_size). Not a unit or contingent the name modifies ("the 850-strong Kenya
/// Defence Forces contingent", "the 1,000-man Army battle group": named_force_parts), nor a strength before an unnamed force
/// sent somewhere ("a 3,000-strong force"). The sentences are ours.
/// </summary>
public class NamedWholeForceStrengthTests
{
    [Theory]
    [InlineData("Mutineers seized the armoury of the 7,000-strong Sierra Leone Army on Friday.", 7000, TroopKind.ArmySize)]
    [InlineData("The king called on the 3,000-strong Swaziland Defence Force to stay in its barracks.", 3000, TroopKind.ArmySize)]
    [InlineData("The ministry put the dead of the 2,000-strong Swaziland Defence Force at 40.", 2000, TroopKind.ArmySize)]
    [InlineData("The ministry put the dead of the 2,000-strong Swaziland Defence Force at 40.", 40, TroopKind.Casualties)]
    [InlineData("The Botswana Defence Force has 9,000 soldiers, according to the yearbook.", 9000, TroopKind.ArmySize)]
    [InlineData("The president's presidential guard is made up of about 800 troops.", 800, TroopKind.ArmySize)]
    // Near misses: a contingent or a unit the name modifies, and a force with no name, are sent.
    [InlineData("Kenya flew the 850-strong Kenya Defence Forces contingent to Mogadishu on Monday.", 850, TroopKind.Deployment)]
    [InlineData("Advisers proposed moving the 1,000-man Army battle group up to the river.", 1000, TroopKind.Deployment)]
    [InlineData("The bloc agreed to send a 3,000-strong force to the island.", 3000, TroopKind.Deployment)]
    // Nor a part of a force whose name stands further back than right before the verb of strength.
    [InlineData("Officials said the first batch of the unit of the Ground Self-Defense Force, numbering 90 soldiers, left for Iraq on Tuesday.", 90, TroopKind.Deployment)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}

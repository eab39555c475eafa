namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "Of the wounded, about 1,500 were flown home": after a passage that counted troops and their casualties, the casualty word
/// before the comma is the whole's, so the figure is a part of those casualties (kind subset), as "among them 600 dead" is.
/// Not when the part has a casualty verb of its own ("Of the wounded, about 300 have died": a toll). The sentences are ours.
/// </summary>
public class FrontedCasualtyPartSubsetTests
{
    private const string Before = "The kingdom has sent 12,000 troops to the front, and more than 3,000 have been wounded. ";

    [Theory]
    [InlineData(Before + "Of the wounded, about 1,500 were flown home.", 1500, TroopKind.Subset)]
    [InlineData(Before + "Of the injured, some 800 are still in military hospitals.", 800, TroopKind.Subset)]
    // Near miss: a casualty verb of the part's own.
    [InlineData(Before + "Of the wounded, about 300 have died.", 300, TroopKind.Casualties)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);

    [Theory]
    // The casualty word after the number: "of the" takes a part of the casualties; "of its" counts its dead.
    [InlineData(Before + "About 1,500 of the wounded were flown home in March.", 1500, TroopKind.Subset)]
    [InlineData(Before + "The ministry has named only about 400 of its dead.", 400, TroopKind.Casualties)]
    // Near miss: a casualty verb of the part's own.
    [InlineData(Before + "Some 300 of the wounded have since died.", 300, TroopKind.Casualties)]
    public void Kind_of_a_casualty_partitive(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);

    // Near miss: with no troops in the passage, the dead of a disaster are no troop figure.
    [Fact]
    public void No_figure_of_a_disaster_s_dead() =>
        Assert.DoesNotContain(Counts("The storm flattened the coast. About 400 of the dead were fishermen."), c => c.Value == 400);

    // Near miss: a part the clause says is others.
    [Fact]
    public void No_figure_of_a_part_that_is_others() =>
        Assert.DoesNotContain(Counts(Before + "About 40 of the wounded were children from the village."), c => c.Value == 40);
}

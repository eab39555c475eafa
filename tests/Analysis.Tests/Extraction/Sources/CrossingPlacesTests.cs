namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country after a word of crossing ("a raid into Pakistan", "crossed into Syria") is where a force from elsewhere went, so it
/// owns no body the sentence names bare. Near misses: armed men doing the crossing (the soldiers they kill are at home), and a
/// plain place word ("in southern Pakistan"). The sentences are ours.
/// </summary>
public class CrossingPlacesTests
{
    [Theory]
    [InlineData("Special forces killed 12 militants in a cross-border raid into Pakistan, the army said.", 12, null)]
    [InlineData("Troops crossed into Syria and killed 15 fighters, the army said.", 15, null)]
    // Near misses: armed men cross, and no crossing at all.
    [InlineData("Militants who crossed into Pakistan killed 5 soldiers, the army said.", 5, "Pakistani Army")]
    [InlineData("Insurgents who had slipped across southern Niger ambushed a patrol, killing 9 soldiers, the army said.", 9, "Nigerien Army")]
    [InlineData("Four soldiers were killed in an ambush in southern Pakistan, the army said.", 4, "Pakistani Army")]
    public void A_country_a_force_crosses_into_owns_no_bare_body(string text, double value, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}

namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troops that claim a harm as their own ("a special forces unit said it had killed 77 North Koreans") count the enemy's fallen,
/// whom copy names by their country alone. Only the claim makes them soldiers: "troops killed 12 villagers" counts civilians and
/// people of a country killed by a strike may be anyone. The sentences are ours, in the shapes of the 2024-25 copy on Ukraine's
/// special operations forces and the North Koreans in Kursk.
/// </summary>
public class ClaimedEnemyDeadTests
{
    [Theory]
    [InlineData("A Ukrainian special forces unit said it had killed 35 North Koreans near the village.", 35)]
    [InlineData("The brigade said they captured 14 Russians in the assault.", 14)]
    [InlineData("Rebel fighters claimed to have killed 60 Ethiopians in the ambush.", 60)]
    public void A_claimed_toll_of_people_of_a_country_is_casualties(string text, double value) =>
        Assert.Equal(TroopKind.Casualties, Assert.Single(Counts(text), c => c.Value == value).Kind);

    [Theory]
    // Near misses: no side claims the harm as its own.
    [InlineData("Soldiers killed 12 Ukrainians in the village, officials said.")]
    [InlineData("The missile strike killed 30 Syrians at the market.")]
    public void No_figure_without_a_claim(string text) =>
        Assert.Empty(Counts(text));
}

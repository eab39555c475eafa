namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A casualty predicate after a figure whose troop noun is followed by a word of move or place ("sent to the front",
/// "stationed on the island") is the figure's main verb when it needs no auxiliary ("lost their lives", "fell in battle",
/// "were shot", as "died" already was) or when a verb takes the casualty word as its complement where an auxiliary would
/// stand ("went missing", "have become casualties", "were evacuated wounded"). War reports on North Korea's losses in
/// Russia, Kenya's police in Haiti and Tigray write their tolls so. The sentences are ours.
/// </summary>
public class FiniteCasualtyPredicatesTests
{
    [Theory]
    [InlineData("Some 40 soldiers sent to the front lost their lives in the first week.", 40)]
    [InlineData("Twenty conscripts posted at the base fell in battle.", 20)]
    [InlineData("Nine peacekeepers deployed in the south went missing after the ambush.", 9)]
    [InlineData("Around 200 marines stationed on the island were evacuated wounded.", 200)]
    [InlineData("Two soldiers posted at the checkpoint were shot on Monday.", 2)]
    public void The_predicate_makes_the_figure_casualties(string text, double value) =>
        Assert.Equal(TroopKind.Casualties, Assert.Single(Counts(text), c => c.Value == value).Kind);

    [Fact]
    public void A_part_of_a_force_that_became_casualties_is_casualties_and_the_force_a_deployment()
    {
        var counts = Counts("About 3,000 of the 12,000 soldiers deployed by Pyongyang have become casualties, the ministry said.");
        Assert.Equal(TroopKind.Casualties, Assert.Single(counts, c => c.Value == 3000).Kind);
        Assert.Equal(TroopKind.Deployment, Assert.Single(counts, c => c.Value == 12000).Kind);
    }

    [Theory]
    // Near misses: the linking verb takes no casualty word.
    [InlineData("Some 5,000 troops deployed to the region went home in March.", 5000)]
    [InlineData("About 300 soldiers sent to the front became instructors.", 300)]
    public void Other_complements_keep_the_deployment(string text, double value) =>
        Assert.Equal(TroopKind.Deployment, Assert.Single(Counts(text), c => c.Value == value).Kind);
}

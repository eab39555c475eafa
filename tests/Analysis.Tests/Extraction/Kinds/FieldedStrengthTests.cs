namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// What a force can put into the field is its strength (army size), whoever the force is: a group by its own name, a movement,
/// rebels. Troops fielded somewhere, or in the past ("fielded"), stay sent.
/// </summary>
public class FieldedStrengthTests
{
    [Theory]
    [InlineData("Hezbollah can field as many as 100,000 fighters, its leader has claimed.", 100_000d)]
    [InlineData("The movement could field up to 5,000 men, Western diplomats estimated.", 5_000d)]
    [InlineData("Al-Shabaab was thought to field about 7,000 fighters at the height of its power.", 7_000d)]
    [InlineData("UNITA, which fields some 28,000 guerrillas, rejected the talks.", 28_000d)]
    public void A_force_that_can_field_a_number_has_that_strength(string passage, double value) =>
        Assert.Equal(TroopKind.ArmySize, Assert.Single(Counts(passage), c => (c.Value ?? c.High) == value).Kind);

    [Theory]
    [InlineData("NATO fielded 60,000 troops in Bosnia after the accords, officials said.", 60_000d)]
    [InlineData("The alliance can field 5,000 troops in Estonia within days, officials said.", 5_000d)]
    public void Troops_fielded_somewhere_or_before_are_sent(string passage, double value) =>
        Assert.Equal(TroopKind.Deployment, Assert.Single(Counts(passage), c => (c.Value ?? c.High) == value).Kind);
}

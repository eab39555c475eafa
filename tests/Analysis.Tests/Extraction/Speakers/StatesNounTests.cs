namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "states" is a noun as often as a verb: "ECOWAS states sent 2,000 troops", "the Alliance's member states keep 4,000 soldiers"
/// name countries, and the body before them does not speak. It is a speech verb only before "that" ("the AU states that 5,000
/// troops are needed"), as "declares that" and "maintains that" are. Before, any "states" after a name made the name a
/// speaker. The sentences are ours.
/// </summary>
public class StatesNounTests
{
    [Theory]
    [InlineData("SADC states sent 1,600 troops to Cabo Delgado.", 1600, null)]
    [InlineData("Several NATO states keep 4,500 soldiers in Latvia on rotation.", 4500, null)]
    // Near miss: "states that" still speaks.
    [InlineData("The African Union states that 8,000 troops are needed in Somalia.", 8000, "African Union")]
    public void States_is_a_verb_only_before_that(string text, double value, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}

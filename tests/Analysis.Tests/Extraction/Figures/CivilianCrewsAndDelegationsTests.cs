namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A strength before a crew or a delegation ("the 26-member crew of the tanker", "a 40-member delegation from Seoul", "the 20-man
/// crew of the cargo ship") counts civilians, as a "12-person delegation" already does: no troop figure. A crew of a warship
/// or a delegation of officers still counts troops, and a force or contingent is unchanged. The sentences are ours.
/// </summary>
public class CivilianCrewsAndDelegationsTests
{
    [Theory]
    [InlineData("The 26-member crew of the tanker was released by the rebels.")]
    [InlineData("A 40-member delegation from Seoul arrived in Moscow on Tuesday.")]
    [InlineData("The 20-man crew of the cargo ship was rescued off Yemen.")]
    [InlineData("Pirates freed the 19-strong crew after a ransom was paid.")]
    public void A_crew_or_delegation_is_no_troop_figure(string text) => Assert.Empty(Counts(text));

    [Theory]
    [InlineData("The 500-member crew of the destroyer was evacuated.", 500)]
    [InlineData("A 20-member delegation of military officers visited the base.", 20)]
    // Near miss: a force's strength is unchanged.
    [InlineData("A 600-member contingent of Kenyan police arrived.", 600)]
    public void A_military_crew_or_a_force_stays_a_figure(string text, double value) => Assert.Contains(value, Values(text));
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An attack told as a noun right before the count ("the shooting of three guardsmen", "the stabbing of two soldiers") makes the
/// troops casualties, as "the killing of" does; a count elsewhere in the sentence keeps its own kind. The wounded as a hospital
/// reports them ("were taken to a hospital", "in critical condition") are casualties too. The sentences are ours.
/// </summary>
public class AttackNounsAndHospitalWordsTests
{
    [Theory]
    [InlineData("The base was locked down after the shooting of three guardsmen at the gate.", 3, TroopKind.Casualties)]
    [InlineData("Police are investigating the stabbing of two soldiers outside the barracks.", 2, TroopKind.Casualties)]
    [InlineData("The four sailors were taken to a hospital near the port on Sunday.", 4, TroopKind.Casualties)]
    [InlineData("The five marines remain in critical condition after the crash.", 5, TroopKind.Casualties)]
    // Near misses: the count of troops sent in answer to the attack is no casualty, nor troops sent to help hospitals.
    [InlineData("The minister ordered 800 more soldiers to the city after the shooting of three guardsmen.", 800, TroopKind.Deployment)]
    [InlineData("The army sent 300 medics to hospitals in the region.", 300, TroopKind.Deployment)]
    public void Attack_nouns_and_hospital_words_name_casualties(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}

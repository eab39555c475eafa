namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Fighters named by what they are said to be ("64 suspected mercenaries", "70 alleged mercenaries") are counted as the noun
/// alone is; fighters held by a state's police or courts ("arrested", "in custody", "jailed") are lost to their force as the
/// captured are: casualties. Near misses: an arrest the troops make is no loss of theirs, and a figure with no troop noun stays
/// none. The sentences are ours, in the shapes of the 2004 coup-plot copy from Harare and Malabo.
/// </summary>
public class SuspectedAndArrestedFightersTests
{
    [Theory]
    [InlineData("The leader of the 52 suspected mercenaries arrested at the airport was charged on Friday.", 52, TroopKind.Casualties)]
    [InlineData("Some 48 alleged mercenaries have been in custody since March.", 48, TroopKind.Casualties)]
    [InlineData("A court jailed 31 mercenaries for up to seven years.", 31, TroopKind.Casualties)]
    [InlineData("About 400 presumed Wagner fighters crossed into the north last week.", 400, TroopKind.Deployment)]
    // Held along with someone named: "with" and "other" go along, no instrument of the verb.
    [InlineData("Police detained the plot's leader with about 60 other mercenaries at the airport.", 60, TroopKind.Casualties)]
    [InlineData("The rebels stormed the town with some 600 fighters.", 600, TroopKind.Deployment)]
    // Near miss: the troops make the arrests.
    [InlineData("Some 300 soldiers were deployed to arrest the plotters.", 300, TroopKind.Deployment)]
    public void Kind_of_the_figure(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);

    // People a court tries are defendants, no troop count: convicted, acquitted, on trial, sentenced.
    [Theory]
    [InlineData("The colonel and eight other men were convicted of the hijacking on Monday.")]
    [InlineData("Forty-one of the 52 mercenaries on trial admitted the lesser charges.")]
    [InlineData("Twenty more of the mercenaries were acquitted for lack of evidence.")]
    [InlineData("Five Zimbabweans and four Namibians were also convicted and drew prison terms.")]
    [InlineData("The 58 mercenaries on the plane were handed six-month sentences.")]
    public void Defendants_are_no_troop_count(string text) =>
        Assert.Empty(Counts(text));

    // Near miss: a court's step in another clause leaves the count of troops.
    [Fact]
    public void Troops_beside_a_trial_are_counted() =>
        Assert.Equal(300, Assert.Single(Counts("About 300 soldiers guarded the court, where the leaders were convicted.")).Value);

    // Near miss: people held, with no troop noun, are no troop figure.
    [Fact]
    public void Suspects_with_no_troop_noun_are_no_figure() =>
        Assert.Empty(Counts("Police arrested 52 suspects at the airport on Sunday."));
}

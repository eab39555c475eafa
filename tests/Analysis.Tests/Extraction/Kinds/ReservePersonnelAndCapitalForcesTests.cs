namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's reserve counted as "reserve personnel" or "reserve forces" is its army's size, as "reservists" already are;
/// reserve personnel called up are sent (deployment). And "the country's Armed Forces", capitalised as copy often writes the
/// name, is that country's armed forces speaking, as the lower-case words are. The sentences are ours.
/// </summary>
public class ReservePersonnelAndCapitalForcesTests
{
    [Theory]
    [InlineData("Estonia has some 40,000 reserve personnel.", 40000, TroopKind.ArmySize)]
    [InlineData("The Latvian armed forces have about 7,000 active troops and more than 15,000 reserve forces.", 15000, TroopKind.ArmySize)]
    // Near miss: reserve personnel called up are sent.
    [InlineData("The ministry called up 5,000 reserve personnel for drills.", 5000, TroopKind.Deployment)]
    public void A_reserve_is_the_army_s_size(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);

    [Theory]
    [InlineData("Estonia called up 500 reservists, according to the country's Armed Forces.", "Estonian armed forces")]
    [InlineData("Estonia called up 500 reservists, according to the country's armed forces.", "Estonian armed forces")]
    public void The_countrys_Armed_Forces_are_its_forces(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}

namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Rotations to allied units are reported by the unit they join ("deployed to a Lithuanian battalion", "attached to the Polish
/// brigade"): the demonym on that unit says where the troops serve, not whose they are, so it owns none of them; a country
/// named as the sender still does. Near misses: troops that belong to a unit are its own, and a demonym that qualifies the
/// troops themselves ("The 1,000 Polish troops joined a Romanian brigade") still names them. The sentences are ours.
/// </summary>
public class UnitTheTroopsJoinTests
{
    [Theory]
    [InlineData("The 300-strong rotation has been deployed to a Lithuanian battalion.", 300, null)]
    [InlineData("Some 150 soldiers will be attached to the Polish brigade near the border.", 150, null)]
    [InlineData("A 180-strong company will be integrated into the Romanian brigade.", 180, null)]
    [InlineData("The 1,000 Polish troops joined a Romanian brigade.", 1000, "Poland")]
    [InlineData("Norway has put 200 soldiers into a Lithuanian battalion.", 200, "Norway")]
    // Near miss: the captured men belonged to the unit, which is theirs.
    [InlineData("The 40 captured soldiers belonged to a Russian brigade.", 40, "Russia")]
    public void A_unit_the_troops_join_does_not_own_them(string text, double value, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}

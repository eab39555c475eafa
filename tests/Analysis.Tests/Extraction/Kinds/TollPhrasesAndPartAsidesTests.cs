namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two shapes of casualty copy: a toll whose own phrase of place or cause runs long before its verb ("The death toll from
/// clashes between army units and militiamen near the lake has reached 27"), and a total whose part is named between commas
/// before the verb that counts them dead ("At least 15 soldiers, including four officers, were killed"): both are
/// casualties, and the part stays a part. The sentences are ours.
/// </summary>
public class TollPhrasesAndPartAsidesTests
{
    [Theory]
    [InlineData("The death toll from clashes between army units and militiamen near the lake has reached 27.", 27, TroopKind.Casualties)]
    [InlineData("At least 15 peacekeepers, including four from the Nepalese contingent, have been killed since Sunday.", 15, TroopKind.Casualties)]
    [InlineData("At least 15 peacekeepers, including four from the Nepalese contingent, have been killed since Sunday.", 4, TroopKind.Subset)]
    // Near misses: a force with a part named between commas, and a toll's verb too far from it.
    [InlineData("Some 2,400 soldiers, including 150 medics, landed on Sunday.", 2400, TroopKind.Deployment)]
    [InlineData("Some 2,400 soldiers, including 150 medics, landed on Sunday.", 150, TroopKind.Subset)]
    public void Tolls_and_totals_with_parts_count_the_dead(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}

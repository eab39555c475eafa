namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "senior" between a number and its troop noun ("two senior officers were sent ahead of the contingent", "three senior army
/// officers and 14 soldiers were killed") is a modifier of the noun (noun_modifiers, beside "junior"), not a word that breaks the
/// figure: a count of officers, whatever their seniority.
/// </summary>
public class SeniorRankModifierTests
{
    [Theory]
    [InlineData("Two senior officers from Ghana's army flew to Accra on Friday.", 2d, TroopKind.Deployment)]
    [InlineData("The army posted three senior military officers to the border post in Togo.", 3d, TroopKind.Deployment)]
    [InlineData("An ambush near the river left four senior officers and 11 soldiers dead, the army said.", 4d, TroopKind.Casualties)]
    [InlineData("Five senior army officers were wounded when the convoy was hit.", 5d, TroopKind.Casualties)]
    public void Counts_senior_officers(string passage, double value, TroopKind kind) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == kind);

    // Near misses: senior people who are no troops stay uncounted.
    [Theory]
    [InlineData("Two senior officials said the plan had been approved.")]
    [InlineData("Three senior diplomats met the envoy in Accra.")]
    [InlineData("Four senior citizens were evacuated from the town.")]
    public void Does_not_count_senior_people_who_are_no_troops(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value is 2 or 3 or 4);
}

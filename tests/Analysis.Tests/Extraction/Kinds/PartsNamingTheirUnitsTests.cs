namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A breakdown list whose rows name the unit or place each part serves in ("sent 47,872 men to Vietnam under the four
/// increments agreed with Washington: 2,128 in the medical groups, 18,004 with the Capital Division, 23,665 with the 9th
/// Division and 2,963 in a Marine battalion"): a capitalized word after a preposition of the row (part_unit_prepositions) names
/// the unit, not the row's own country, so each further row is a part too (kind subset); and the colon may follow a longer
/// run of the whole's own words (setting breakdown_lead_words). Not a row that names its own country before its noun
/// ("and 500 Polish troops"), nor a figure after a colon that a long clause of its own leads to. The sentences are ours.
/// </summary>
public class PartsNamingTheirUnitsTests
{
    private const string Increments = "Seoul sent 46,000 military personnel to Vietnam under the three increments agreed with Washington: "
        + "2,000 in the medical and engineering groups, 18,000 with the Capital Division and the Marine brigade, and 26,000 with the 9th Division.";

    private const string Bases = "France deployed 3,000 soldiers to the region: 1,800 in Gao, 700 at the Niamey air base and 500 with the European Task Force.";

    [Theory]
    [InlineData(Increments, 2000, TroopKind.Subset)]
    [InlineData(Increments, 18000, TroopKind.Subset)]
    [InlineData(Increments, 26000, TroopKind.Subset)]
    [InlineData(Increments, 46000, TroopKind.Deployment)]
    [InlineData(Bases, 1800, TroopKind.Subset)]
    [InlineData(Bases, 700, TroopKind.Subset)]
    [InlineData(Bases, 500, TroopKind.Subset)]
    [InlineData("Britain sent 2,400 troops to the Gulf in two waves: 1,500 soldiers with the 7th Armoured Brigade, and 900 Marines aboard HMS Ocean.", 900, TroopKind.Subset)]
    // Near misses: a row that names its own country before its noun, or where it comes from, is that country's own deployment.
    [InlineData("Canada sent 2,000 troops: 1,200 in Kandahar, and 500 Polish troops arrived with them.", 500, TroopKind.Deployment)]
    // Nor a figure after a colon that a long clause of its own, not the whole's words, leads to.
    [InlineData("Kenya keeps 3,600 troops in Somalia and the cabinet on Tuesday approved a plan to reinforce the contingent there: 500 soldiers will fly out next week.", 500, TroopKind.Deployment)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}

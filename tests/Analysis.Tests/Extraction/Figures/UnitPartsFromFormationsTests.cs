namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "Some 1,700 from the 3rd Infantry Division" counts soldiers by the formation they come from; a part of units counted just
/// before ("three infantry battalions — two from the Marine Corps") counts those units, not troops.
/// </summary>
public class UnitPartsFromFormationsTests
{
    [Theory]
    [InlineData("The Pentagon is sending three infantry battalions — two from the Marine Corps and one from the Army — to the airport.", 2d)]
    [InlineData("The Army is moving four combat brigades, three from the 82nd Airborne Division, to the region.", 3d)]
    public void A_part_of_units_counted_before_is_no_troop_count(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    // Near misses: soldiers from a formation, after units or alone
    [InlineData("The Army sent three battalions, about 2,000 from the 82nd Airborne Division, to Kuwait.", 2_000d)]
    [InlineData("Some 1,700 from the 3rd Infantry Division arrived on Monday.", 1_700d)]
    [InlineData("About 40 soldiers left; another 30 from the 101st Airborne Division will follow.", 30d)]
    public void Soldiers_from_a_formation_stand(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);
}

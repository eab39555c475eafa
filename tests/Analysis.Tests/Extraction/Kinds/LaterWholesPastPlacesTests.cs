namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A part whose whole comes after it: "out of" further on in its clause, past the part's place ("there are 16,000 troops in
/// Kuwait out of the 66,000 deployed in the region"), or "of the" and a larger number right after the part's noun ("1,229
/// soldiers of the 13,723 deployed", "1.229 soldiers of the 13.723 men": a point or a space may group the thousands), makes
/// the figure a part of that whole (kind subset). Not a ceiling the troops are counted against ("650 troops are in Iraq out of
/// 770 authorized": list cap_after_whole), nor a number that cannot hold the part ("of the 82nd Airborne", "out of the 3
/// bases"). The sentences are ours.
/// </summary>
public class LaterWholesPastPlacesTests
{
    [Theory]
    [InlineData("Officials said 9,000 troops are in Qatar out of the 45,000 American troops in the Gulf.", 9000, TroopKind.Subset)]
    [InlineData("Officials said 9,000 troops are in Qatar out of the 45,000 American troops in the Gulf.", 45000, TroopKind.Deployment)]
    [InlineData("About 2,400 soldiers stayed in the capital out of some 6,000 sent last spring.", 2400, TroopKind.Subset)]
    [InlineData("Ghana keeps a battalion there (850 soldiers of the 10,200 deployed), the mission said.", 850, TroopKind.Subset)]
    [InlineData("Senegal's share of the force (1.140 soldiers of the 12.650 men deployed) is the largest.", 1140, TroopKind.Subset)]
    [InlineData("Senegal's share of the force (1 140 soldiers of the 12 650 men deployed) is the largest.", 1140, TroopKind.Subset)]
    // Near misses: a cap, not a force; numbers that cannot hold the part; no number after "out of".
    [InlineData("About 480 Marines are now in the country out of 600 authorized, the spokesman said.", 480, TroopKind.Deployment)]
    [InlineData("About 700 paratroopers of the 82nd Airborne Division boarded planes on Friday.", 700, TroopKind.Deployment)]
    [InlineData("The army moved 1,500 soldiers out of the 3 bases near the river.", 1500, TroopKind.Deployment)]
    [InlineData("Washington pulled 3,000 troops out of the country last year.", 3000, TroopKind.Deployment)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}

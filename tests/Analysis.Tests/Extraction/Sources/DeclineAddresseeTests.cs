namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An outlet a refusal is addressed to ("declined to confirm the figure to AFP", "refused to comment to Reuters") is told
/// nothing and passes nothing on: named, not cited. An outlet told something after a turn or a mark stays cited.
/// </summary>
public class DeclineAddresseeTests
{
    [Theory]
    [InlineData("Kyiv said 900 soldiers had crossed. The army declined to confirm the number to AFP.", "AFP")]
    [InlineData("Kyiv said 900 soldiers had crossed. A defence spokesman refused to comment to Reuters on the claim.", "Reuters")]
    [InlineData("Kyiv said 900 soldiers had crossed. The ministry declined to discuss the deployment to the BBC.", "BBC")]
    public void Not_cited(string text, string outlet) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == outlet);

    [Theory]
    // Near misses: past a turn or a comma the outlet is told something, or relays it.
    [InlineData("The ministry declined to give a total but said to the BBC that 400 soldiers had left.", "BBC")]
    [InlineData("The ministry declined to comment, but told AFP that 200 soldiers had left.", "AFP")]
    [InlineData("The ministry declined to comment on the 300 soldiers, according to Reuters.", "Reuters")]
    public void Still_cited(string text, string outlet) =>
        Assert.Contains(Mentions(text), m => m.Source == outlet);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An outlet that says it could not check a claim is named, not cited for it, whether the copy writes "did not" or contracts
/// it ("didn't immediately confirm", "couldn’t independently verify").
/// </summary>
public class ContractedDeclinesTests
{
    [Theory]
    [InlineData("Seoul said 2,000 soldiers had left. North Korean state media didn't immediately confirm the move.", "North Korean state media")]
    [InlineData("Kyiv said 900 soldiers had been captured. Reuters couldn’t independently verify the claim.", "Reuters")]
    [InlineData("Kyiv said 900 soldiers had been captured. The BBC didn’t independently verify the figure.", "BBC")]
    public void Not_cited(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: the uncontracted decline was read already; an outlet that reports stays cited.
    [InlineData("Seoul said 2,000 soldiers had left. North Korean state media did not immediately confirm the move.", "North Korean state media", false)]
    [InlineData("Seoul said 2,000 soldiers had left, North Korean state media reported.", "North Korean state media", true)]
    public void Read_as_before(string text, string source, bool cited) =>
        Assert.Equal(cited, Mentions(text).Any(m => m.Source == source));
}

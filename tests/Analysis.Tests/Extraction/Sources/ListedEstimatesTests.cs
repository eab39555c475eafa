namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Several countries' adjectives listed before one "estimates" ("according to Israeli, Turkish and Western estimates") name
/// several estimates, each a source of its own named as the text names it, the first the figure's voice. Near miss: one
/// adjective alone stays its country's word ("according to Turkish estimates": Turkey). The sentences are ours.
/// </summary>
public class ListedEstimatesTests
{
    [Theory]
    [InlineData("Some 3,000 Iranian advisers are in Syria, according to Israeli, Turkish and Western estimates.", "Israeli estimates")]
    [InlineData("Some 3,000 Iranian advisers are in Syria, according to Israeli, Turkish and Western estimates.", "Turkish estimates")]
    [InlineData("Some 3,000 Iranian advisers are in Syria, according to Israeli, Turkish and Western estimates.", "Western estimates")]
    [InlineData("U.S. and British estimates put the Wagner force in Libya at 2,000.", "U.S. estimates")]
    [InlineData("U.S. and British estimates put the Wagner force in Libya at 2,000.", "British estimates")]
    public void Each_listed_estimate_is_a_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Fact]
    public void The_first_listed_estimate_gives_the_figure() =>
        Assert.Equal("U.S. estimates", Assert.Single(Counts("U.S. and British estimates put the Wagner force in Libya at 2,000."), c => c.Value == 2000).AttributedTo);

    [Theory]
    // Near miss: a single adjective's estimates are its country's.
    [InlineData("Some 800 Iranian advisers remain in Iraq, according to Turkish estimates.", "Turkish estimates")]
    public void Not_a_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}

namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: a force drawn "from several countries" (a quantifier in place of the number of countries) or sized as an
/// "international force" is a total of several states, of no single owner, whatever country its sentence or passage names.
/// </summary>
public class ForcesOfSeveralCountriesTests
{
    [Theory]
    [InlineData("Untitled\n\nThe first 200 Pakistani soldiers reached Bunia in May, the core of a brigade of 4,500 from several countries.", null)]
    [InlineData("Untitled\n\nJapan will host some 6,000 troops from various nations for the drills next month.", null)]
    [InlineData("Untitled\n\nBelgian troops landed on Friday, starting the deployment of a 2,000-strong international force sent to end the fighting.", null)]
    // One country's force keeps its owner.
    [InlineData("Untitled\n\nBelgian troops landed on Friday, starting the deployment of a 2,000-strong Belgian battalion.", "Belgium")]
    public void A_force_of_several_countries_has_no_single_owner(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);
}

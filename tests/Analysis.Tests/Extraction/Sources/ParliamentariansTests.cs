namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Translated copy names a member of parliament "parliamentarian" ("parlamentario", "parlementaire"): a lawmaker, named as a
/// country's lawmakers are ("a South Korean parliamentarian said": South Korean lawmakers). An audience is still no source.
/// </summary>
public class ParliamentariansTests
{
    [Theory]
    [InlineData("About 1,100 North Korean soldiers have been killed or wounded, a South Korean parliamentarian said on Friday.", "South Korean lawmakers")]
    [InlineData("Ukrainian parliamentarians said some 2,000 conscripts had deserted since the summer.", "Ukrainian lawmakers")]
    public void A_parliamentarian_is_a_lawmaker(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Told, not telling.
    [InlineData("The minister told Ukrainian parliamentarians that some 2,000 conscripts had deserted.", "Ukrainian lawmakers")]
    public void Parliamentarians_told_are_no_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}

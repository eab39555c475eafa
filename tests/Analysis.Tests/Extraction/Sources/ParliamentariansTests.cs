namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Translated copy names a member of parliament "parliamentarian" or "deputy" ("parlamentario", "diputado", "député"): a lawmaker,
/// named as a country's lawmakers are ("a South Korean deputy revealed": South Korean lawmakers). An audience is still no source,
/// and a deputy of an office ("a deputy minister", "his deputy, X,") is no member of parliament.
/// </summary>
public class ParliamentariansTests
{
    [Theory]
    [InlineData("About 1,100 North Korean soldiers have been killed or wounded, a South Korean parliamentarian said on Friday.", "South Korean lawmakers")]
    [InlineData("Ukrainian parliamentarians said some 2,000 conscripts had deserted since the summer.", "Ukrainian lawmakers")]
    [InlineData("Pyongyang has sent another 3,000 soldiers to Russia, a South Korean deputy revealed on Wednesday.", "South Korean lawmakers")]
    public void A_parliamentarian_is_a_lawmaker(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Told, not telling.
    [InlineData("The minister told Ukrainian parliamentarians that some 2,000 conscripts had deserted.", "Ukrainian lawmakers")]
    // The deputy of an office.
    [InlineData("Some 2,000 conscripts had deserted since the summer, a Ukrainian deputy minister said.", "Ukrainian lawmakers")]
    [InlineData("Some 2,000 conscripts had deserted since the summer, his deputy, Ivan Hrytsenko, said.", "Ukrainian lawmakers")]
    public void Parliamentarians_told_are_no_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}

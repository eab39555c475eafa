namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two plain bugs: a gazetteer alias after a lower-case "the" came out as the words of a country's group ("the British
/// military intelligence" named "British military intelligence", not British Defence Intelligence); dot-thousands before a
/// comma, a dot or a closing quote were read as a decimal ("more than 15.000,” he said" as 15).
/// </summary>
public class AliasAndDotThousandsTests
{
    [Theory]
    [InlineData("Some 4,000 soldiers have been lost, according to the British military intelligence.", "British Defence Intelligence")]
    [InlineData("Some 4,000 soldiers have been lost, according to the British intelligence.", "British Defence Intelligence")]
    [InlineData("About 7,000 troops crossed the border, according to the Russian military intelligence.", "GRU")]
    [InlineData("At least 9,000 troops were moved, the South Korean intelligence said.", "South Korean intelligence")]
    [InlineData("Some 1,200 soldiers arrived last week, according to the North Korean state media.", "North Korean state media")]
    // Negative: a voice of the body is its group, not the body ("the British military intelligence officials").
    [InlineData("Some 4,000 soldiers have been lost, according to the British military intelligence officials.", "British military intelligence officials")]
    [InlineData("Some 4,000 soldiers have been lost, according to the senior South Korean military officials.", "South Korean military officials")]
    public void AnAliasAfterTheIsNamedByItsEntry(string passage, string source) =>
        Assert.Equal(source, Assert.Single(Counts(passage)).AttributedTo);

    [Fact]
    public void EveryAliasOfTheGazetteerComesOutByItsCanonicalName()
    {
        var failed = new List<string>();
        foreach (var entry in SourceGazetteer.Default.Entries)
            foreach (var surface in entry.Surfaces)
            {
                var bare = surface.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? surface[4..] : surface;
                foreach (var passage in new[]
                {
                    $"{char.ToUpperInvariant(surface[0])}{surface[1..]} said 2,000 troops were deployed.",
                    $"2,000 troops were deployed, according to the {bare}.",
                })
                    if (Counts(passage) is not [{ AttributedTo: var named }] || named != entry.Name) failed.Add(passage);
            }
        Assert.Empty(failed);
    }

    [Theory]
    [InlineData("“The base may hold up to 20.000 troops, but I doubt there are more than 9.000,” the deputy declared on the radio.", "20000 9000")]
    [InlineData("“Moscow keeps 12.000 soldiers there.” The minister said so on Monday.", "12000")]
    [InlineData("The ministry said it had moved 8.500 troops (“a brigade and more”); others disagreed.", "8500")]
    [InlineData("Officials said 20.000 troops were sent, and later the count was put at 30.000.", "20000 30000")]
    [InlineData("Officials said 3.500 troops, 2.5 percent of the force, were sent.", "3500")]
    // Decimals stay decimals: a scale word after, or fewer than three digits after the dot or comma.
    [InlineData("Officials said 1.5 million troops were mobilised.", "1500000")]
    [InlineData("Officials said 4,5 thousand troops were mobilised.", "4500")]
    [InlineData("Officials said 2.500 million rounds and 6.000 troops were sent.", "6000")]
    public void DotThousandsBeforePunctuationAndQuotes(string passage, string values) =>
        Assert.Equal(values, string.Join(' ', Values(passage)));
}

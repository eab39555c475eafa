namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A group head after a list of countries' adjectives ("Dutch, Belgian and Danish officials") is each country's group, the
/// first the origin, as two joined by "and" already are; a comma alone joins no list ("Both are Danish, Belgian officials
/// said": the Danish are what the soldiers are). The sentences are ours.
/// </summary>
public class ListedCountriesGroupsTests
{
    [Theory]
    [InlineData("Dutch, Belgian and Danish officials said 4,000 troops would deploy to Lithuania.", "Dutch officials", "Dutch officials;Belgian officials;Danish officials")]
    [InlineData("Polish, Czech, Slovak and Hungarian diplomats said 4,000 troops would deploy.", "Polish diplomats", "Polish diplomats;Czech diplomats;Slovak diplomats;Hungarian diplomats")]
    [InlineData("Dutch and Belgian officials said 4,000 troops would deploy to Lithuania.", "Dutch officials", "Dutch officials;Belgian officials")]
    // Near miss: no "and", no list.
    [InlineData("The 4,000 troops are Danish, Belgian officials said.", "Belgian officials", "Belgian officials")]
    public void Each_listed_country_has_its_group(string text, string origin, string sources)
    {
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
        Assert.Equal(sources.Split(';').Order(), Mentions(text).Select(m => m.Source).Distinct().Order());
    }
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two people after one title, the first followed by the place they are of ("Gov. A B of Vermont and C D of Maine announced",
/// "Sen. A B of West Virginia and C D said"), as US copy names governors and lawmakers: the second shares the title and is a
/// source under the full name, the place between them no name of its own. The first named is the origin (the DevSet header:
/// owners joined by "and"). The sentences are ours.
/// </summary>
public class PlacedPartnersTests
{
    [Theory]
    [InlineData("Gov. Tom Hale of Vermont and Ann Price of Maine announced Saturday they would send 300 Guard members.", "Tom Hale", "Ann Price")]
    [InlineData("Gov. Tom Hale of Vermont and Ann Price of Maine said on Sunday that 300 Guard members would deploy.", "Tom Hale", "Ann Price")]
    [InlineData("Some 300 Guard members will deploy, Gov. Tom Hale of Vermont and Ann Price of Maine said.", "Tom Hale", "Ann Price")]
    [InlineData("Sen. Paul Stone of West Virginia and Mia Chen said 500 Marines would stay.", "Paul Stone", "Mia Chen")]
    public void The_second_shares_the_title(string text, string origin, string second)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(origin, count.AttributedTo);
        var sources = Mentions(text).Select(m => m.Source).ToList();
        Assert.Contains(origin, sources);
        Assert.Contains(second, sources);
    }

    // Near misses: a second place after the first's is no person ("of Vermont and New Hampshire"), nor is the first's place.
    [Theory]
    [InlineData("Gov. Tom Hale of Vermont and New Hampshire said 300 Guard members would deploy.", "Tom Hale")]
    [InlineData("Gov. Tom Hale of West Virginia and Maine said 300 Guard members would deploy.", "Tom Hale")]
    public void A_place_is_no_partner(string text, string origin)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(origin, count.AttributedTo);
        Assert.Equal([origin], Mentions(text).Select(m => m.Source).Distinct());
    }
}

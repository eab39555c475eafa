namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// People counted by their country and placed "in" a place of the war, or in "the region" or "the area" after a sentence
/// about troops, are those troops ("there are already 11,000 North Koreans in the region"). Near misses: the same people in
/// a place of no war in a passage about no troops, and people a sentence sends home. The sentences are ours, in the shapes of
/// the live pages of November 2024.
/// </summary>
public class PeoplesPresentInPlacesTests
{
    private const string Troops = "Kursk\n\nPyongyang has sent troops to help Russia. ";

    [Theory]
    [InlineData(Troops + "There are already 12,000 North Koreans in the region, the president said.", 12000)]
    [InlineData(Troops + "The minister said 9,000 North Koreans are already in the area.", 9000)]
    // A live page's headline with no verb: "Kyiv: 3,000 North Koreans in Kursk".
    [InlineData("War live\n\n09:15 Kyiv: 3,000 North Koreans in Kursk\nUkraine's intelligence says more are on their way.", 3000)]
    public void People_of_a_country_in_a_place_of_the_war_are_troops(string document, double value) =>
        Assert.Equal(value, Of(document, value).Value);

    [Theory]
    [InlineData("Nairobi\n\nAbout 120 Kenyans in the region protested on Monday.")]
    [InlineData(Troops + "About 400 North Koreans in the region were sent home to study.")]
    public void People_elsewhere_are_not(string document) =>
        Assert.Empty(DocumentCounts(document));
}

namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A whole page filed from one capital about its troops abroad names the country they serve in as a place: "the capital of
/// Afghanistan's Uruzgan province", "the Iraqi city of Diwaniyah", troops coming home "from Afghanistan", a base "in Tarin Kot,
/// Afghanistan,", a bomb "in southern Afghanistan". Such a country owns no
/// body the sentence names bare ("the Defence Ministry said"): the page's own state does, by its dateline. Near misses: a
/// country that acts in the sentence, or owns the body by its possessive, keeps it. The articles are ours.
/// </summary>
public class PlacesOfCountriesTests
{
    private const string Lead = "CANBERRA (Reuters) - Australia will bring home 400 soldiers next year, cutting its force by half.";
    private const string Tail = "The soldiers have trained local police since 2008.";

    [Theory]
    [InlineData("The Defence Ministry said about 200 of them would leave in March, leaving the rest at Tarin Kot, the capital of Afghanistan's Uruzgan province.", "Australian Defense Ministry")]
    [InlineData("About 200 soldiers would return home from Afghanistan in March, the defence ministry said.", "Australian Defense Ministry")]
    [InlineData("The engineers rebuilt a bridge outside the Afghan city of Tarin Kot last year, the Defence Ministry said.", "Australian Defense Ministry")]
    [InlineData("About 200 soldiers are guarding a base in the north of Afghanistan, the defence ministry said.", "Australian Defense Ministry")]
    [InlineData("About 200 soldiers based in Tarin Kot, Afghanistan, will come home in March, the defence ministry said.", "Australian Defense Ministry")]
    [InlineData("The government will cut the unit stationed in Tarin Kot, Afghanistan, to about 200 troops, a government official said.", "Australian officials")]
    [InlineData("Two soldiers were wounded by a roadside bomb in southern Afghanistan on Saturday, the Defence Ministry said.", "Australian Defense Ministry")]
    [InlineData("About 200 soldiers will stay in central Afghanistan until March, government officials said.", "Australian officials")]
    public void A_country_named_as_a_place_leaves_a_bare_body_to_the_page(string sentence, string body) =>
        Assert.Contains(PageMentions("Canberra to halve force", Lead, sentence, Tail), m => m.Source == body);

    [Theory]
    // Near misses: the country acts in the sentence, or owns the body by its possessive.
    [InlineData("Afghanistan will take over security in the province next year, the Defence Ministry said.", "Afghan Defense Ministry")]
    [InlineData("Afghanistan's defence ministry said about 200 soldiers would leave the province in March.", "Afghan Defense Ministry")]
    // A list of states after "in" is no city and its country.
    [InlineData("Officials in Kabul, Tokyo and Washington said about 200 soldiers would stay.", "Japanese officials")]
    public void A_country_that_acts_or_owns_keeps_the_body(string sentence, string body) =>
        Assert.Contains(PageMentions("Canberra to halve force", Lead, sentence, Tail), m => m.Source == body);
}

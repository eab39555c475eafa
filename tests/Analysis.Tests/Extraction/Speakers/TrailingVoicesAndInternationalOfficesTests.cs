namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Pipeline;

/// <summary>
/// Who said it, by category of real reporting: a headline's trailing voice
/// without its article (which lends no country), unnamed voices named by their country (a capitalised modifier, a national
/// outlet that cites them), offices of international bodies named without their holder. Each rule with rows where
/// it applies and rows where the same words must not change the answer. The sentences are ours, in real shapes.
/// </summary>
public class TrailingVoicesAndInternationalOfficesTests
{
    private static (string? Origin, IReadOnlyList<string> Via) Passage(string text, double value)
    {
        var count = Assert.Single(Extractor.Default.Extract(TestData.Passage(text)).TroopCounts, c => c.Value == value);
        return (count.AttributedTo, count.Via);
    }

    private static string? Document(string text, double value) => Extracted.Of(text, value).AttributedTo;

    [Theory]
    // A headline's trailing voice without its article ("…, military says") names no one: the review found it as often the
    // other side's military as the actor's ("Russia lost 1,200 troops in a day, military says" over Ukraine's General Staff),
    // so the headline's actor may not lend it a country.
    [InlineData("Israel mobilises 250,000 reservists, military says\n\nUnits were called up overnight.", 250000, null)]
    [InlineData("Russia lost 1,200 troops in a day, military says\n\nThe losses were reported by the General Staff.", 1200, null)]
    [InlineData("Israel mobilises 250,000 reservists to reinforce the military\n\nUnits were called up overnight.", 250000, null)]
    public void A_headline_trailing_voice_without_its_article_lends_no_country(string text, double value, string? origin) =>
        Assert.Equal(origin, Document(text, value));

    [Theory]
    // A national outlet's unnamed voices are its country's; a world wire's stay as the text names them.
    [InlineData("About 1,500 North Korean troops in Russia have been rotated home, Yonhap reported, citing military sources.", 1500, "South Korean military sources", "Yonhap")]
    [InlineData("About 1,500 North Korean troops in Russia have been rotated home, Reuters reported, citing military sources.", 1500, "military sources", "Reuters")]
    [InlineData("Some 5,000 reservists were sent home last week, Army Radio reported, quoting military officials.", 5000, "Israeli military officials", "Army Radio")]
    public void A_national_outlet_cites_its_own_country(string text, double value, string origin, string via)
    {
        var (found, chain) = Passage(text, value);
        Assert.Equal(origin, found);
        Assert.Equal([via], chain);
    }

    [Theory]
    // A modifier capitalised because it opens the sentence, or a service's name, still says the voice's trade.
    [InlineData("WASHINGTON (AP) - Defense officials said some 1,100 more troops would go to the border.", 1100, "U.S. defense officials")]
    [InlineData("WASHINGTON (AP) - About 900 Guard members are now in the city, Army officials said.", 900, "U.S. Army officials")]
    // Bare officials take no country from the troops they count: the owner is as often the side counted by the other.
    [InlineData("About 2,000 U.S. troops are now aboard the ships, officials said.", 2000, null)]
    [InlineData("Some 3,000 North Korean soldiers have been killed or wounded in Kursk, officials said.", 3000, null)]
    [InlineData("TOKYO (Kyodo) -- About 100,000 Chinese troops joined the drills, officials said.", 100000, null)]
    // Nor when another name qualifies them, nor when the sentence names a second country (a place).
    // (A side's adjective names the voices itself, "Houthi officials", never the counted Saudi side.)
    [InlineData("A Houthi official said about 2,000 Saudi soldiers were massed near the border.", 2000, "Houthi officials")]
    [InlineData("About 3,000 North Korean troops are in Russia, officials said.", 3000, null)]
    public void Unnamed_voices_take_the_country_the_text_gives(string text, double value, string? origin) =>
        Assert.Equal(origin, Passage(text, value).Origin);

    [Theory]
    // An office of an international body named without its holder is the body.
    [InlineData("Some 9,500 peacekeepers remain in southern Lebanon, the UN envoy to Lebanon told reporters.", 9500, "United Nations")]
    [InlineData("About 4,000 more troops will be placed on high readiness, NATO's top commander said.", 4000, "NATO")]
    // With its holder named, the holder speaks.
    [InlineData("Some 9,500 peacekeepers remain in southern Lebanon, UN envoy Jeanine Hennis-Plasschaert told reporters.", 9500, "Jeanine Hennis-Plasschaert")]
    public void An_office_of_an_international_body_speaks_for_it(string text, double value, string origin) =>
        Assert.Equal(origin, Passage(text, value).Origin);
}

namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A body no list knows, owned by a country: "the National Resistance Center of Ukraine said" was the government of Ukraine
/// (the country's name won the span), and "Ukraine's Centre for Countering Disinformation" had no country. A body named by what
/// it is (a centre, an institute, an observatory) is now its country's, of kind other, under its own name; one whose name
/// makes it a news agency ("Lebanon's National News Agency") is its country's state media, not its government; and an
/// organisation named "… of &lt;country&gt;" or opened by the country's name carries that country. A centre no country owns
/// stays an unknown name. The sentences are ours.
/// </summary>
public class CountryOwnedBodiesTests
{
    [Theory]
    [InlineData("The Centre for Strategic Communication of Moldova said 300 Russian soldiers remained in Transnistria.", "Centre for Strategic Communication", SourceKind.Other, "Moldova")]
    [InlineData("Moldova's Centre for Strategic Communication said 300 Russian soldiers remained in Transnistria.", "Centre for Strategic Communication", SourceKind.Other, "Moldova")]
    [InlineData("Chad's National Press Agency reported that 300 French soldiers had left N'Djamena.", "Chadian National Press Agency", SourceKind.StateMedia, "Chad")]
    [InlineData("The Armed Forces of Moldova said 300 soldiers had joined the drills.", "Armed Forces of Moldova", SourceKind.Military, "Moldova")]
    // Near misses: an organisation head after a possessive was already the country's; a centre no country owns stays unknown.
    [InlineData("Chad's National Police Service said 300 officers had left N'Djamena.", "Chadian National Police Service", SourceKind.Government, "Chad")]
    [InlineData("The Hudson Centre said 300 Russian soldiers remained in Transnistria.", "Hudson Centre", SourceKind.Other, null)]
    public void The_body_is_its_country_s(string text, string name, SourceKind kind, string? country)
    {
        var mention = Assert.Single(Mentions(text));
        Assert.Equal((name, kind, country), (mention.Source, mention.Kind, mention.Country));
    }
}

namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's name alone before a headline's colon ("Burundi: the regional force takes up positions …", "Mozambique: … -
/// live") labels the page with its subject, as wire services, live blogs and translated copy do: no voice, where the body never
/// cites that country nor opens a sentence with it. Near misses: a capital before the colon ("Maputo: …" cites the government),
/// and a label whose country the body names as the actor of a sentence ("MAPUTO (AFP) - Mozambique said …"). The articles are ours.
/// </summary>
public class HeadlineCountryLabelsTests
{
    [Fact]
    public void A_live_blogs_country_label_is_no_voice() =>
        Assert.DoesNotContain(PageMentions("Mozambique: Rwandan troops reach Mocimboa da Praia - live", "09:10 Convoy arrives",
            "About 1,000 Rwandan soldiers have reached the port town, residents say."), m => m.Source == "Mozambique");

    [Fact]
    public void A_translated_pages_country_label_is_no_voice() =>
        Assert.DoesNotContain(PageMentions("(Translated from the Portuguese)", "Burundi: the regional force takes up positions around Bujumbura",
            "BUJUMBURA, 4 May (AFP) - Some 700 Tanzanian soldiers of the regional force have taken up positions around the capital, the force's commander said."),
            m => m.Source == "Burundi");

    [Theory]
    // Near misses: a capital before the colon; the body's sentence opened by the country; the country's spokesman opening the lead.
    [InlineData("Maputo: 300 Malawian soldiers cross the border", "Some 300 Malawian soldiers crossed into Niassa province on Monday, the government said.")]
    [InlineData("Mozambique: 300 Malawian soldiers crossed the border", "MAPUTO (AFP) - Mozambique said on Monday that some 300 Malawian soldiers had crossed into Niassa province.")]
    [InlineData("Mozambique: 300 Malawian soldiers crossed the border",
        "MAPUTO (AFP) - Mozambique's defence ministry spokesman Jose Cumbe told reporters that some 300 Malawian soldiers had crossed into Niassa province.")]
    public void A_label_the_body_speaks_for_stays_a_voice(string headline, string lead) =>
        Assert.Contains(PageMentions(headline, lead), m => m.Source == "Mozambique");
}

namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A body named without a country in a sentence that names none (issue 14, bodies whose country is not in the phrase):
/// the country of the state voice the document cited before ("South Korea's Joint Chiefs of Staff said … The defence
/// ministry said"), and for a ministry's proper name the one country the document named as an owner ("British
/// reservists … The Ministry of Defence said"). Sentences of our own, in the shapes of Yonhap, the Independent and the BBC.
/// </summary>
public class DocumentCountryTests
{
    [Theory]
    // A ministry by its proper name alone is the one country the article has named as an owner.
    [InlineData("British reservists are being called up for the Gulf. The Ministry of Defence said 1,500 more would be mobilised.", "British Defense Ministry")]
    // A description is the body of the state voice cited before.
    [InlineData("South Korea's Joint Chiefs of Staff said 1,100 North Korean soldiers had been hurt. The defence ministry said 3,000 more could be sent.", "South Korean Defense Ministry")]
    [InlineData("Ukraine's military intelligence said 11,000 North Korean soldiers were in Kursk. A defence ministry spokesman said 3,000 more could follow.", "Ukrainian Defense Ministry")]
    public void A_body_without_a_country_is_the_documents(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // The troops' owner is not the voice of a description: whose ministry it is stays open.
    [InlineData("North Korean troops are fighting in Kursk. The defence ministry said 3,000 more could be sent.")]
    [InlineData("North Korean troops are fighting in Kursk. A defence ministry spokesman said 3,000 more could be sent.")]
    // Several owners and no state voice cited: no country.
    [InlineData("North Korean troops are fighting in Russia's Kursk region. The Ministry of Defence said 3,000 more could be sent.")]
    public void A_body_takes_no_country_the_document_does_not_give_it(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.EndsWith("Defense Ministry", StringComparison.Ordinal));
}

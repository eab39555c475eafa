namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's ministries and offices by the names their own press gives them: a ministry's full name with no
/// country before it is the document's country's ("the Ministry of National Defence said" in a story on Polish troops), France's
/// Armed Forces Ministry is its defence ministry, an interior ministry by its Russian, Ukrainian or Indian name, a health ministry
/// that counts a clash's dead, a head of state's office ("the Chadian presidency"), and a ministry's spokesman before whom the
/// ministry is named in capitals. Sentences of our own, in the shapes of AFP, Reuters and PAP copy.
/// </summary>
public class StateBodyNamesTests
{
    [Theory]
    [InlineData("Polish troops are guarding the border. About 5,000 more will be sent, the Ministry of National Defence said.", "Polish Defense Ministry")]
    [InlineData("French soldiers left Mali on Monday. About 2,400 will stay in the Sahel, the Ministry of the Armed Forces said.", "French Defense Ministry")]
    [InlineData("About 3,000 soldiers have been moved to the border, France's armed forces ministry said.", "French Defense Ministry")]
    [InlineData("About 3,000 soldiers have been moved to the border, Ukraine's Ministry of Internal Affairs said.", "Ukrainian Interior Ministry")]
    [InlineData("Thai soldiers were killed in the clashes. About 1,500 were wounded, Thailand's health ministry said.", "Thai Health Ministry")]
    [InlineData("About 3,000 soldiers have been moved to the border, the Chadian presidency said.", "Chadian presidency")]
    [InlineData("About 3,000 soldiers will go to the islands, a Japanese Defense Ministry spokesman said.", "Japanese Defense Ministry")]
    public void A_state_body_is_named_as_its_country_s(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Several owners and no state voice: the ministry's full name stays no country's.
    [InlineData("North Korean troops are fighting in Russia's Kursk region. About 3,000 more could be sent, the Ministry of Defence said.")]
    public void A_ministry_takes_no_country_the_document_does_not_give_it(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.EndsWith("Defense Ministry", StringComparison.Ordinal));
}

namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose an owned or bare description is ("the country's spy agency", "the National Defense Ministry"): a voice the sentence
/// cites gives its country before the wire credit does, so a foreign agency's credit ("SEOUL (CNA)", Taiwan's) does not make
/// a South Korean lawmaker's briefing Taiwan's; a home agency's credit ("ANKARA (AA)") still gives its country where no other
/// voice has one. The sentences are ours.
/// </summary>
public class CreditCountryLastTests
{
    [Theory]
    [InlineData("SEOUL (CNA) - About 300 North Korean soldiers have been wounded, a South Korean lawmaker said on Tuesday after a briefing by the country's spy agency.",
        "National Intelligence Service")]
    [InlineData("ANKARA (AA) - A total of 240 militants have been neutralized in northern Syria, the National Defense Ministry said on Monday.",
        "Turkish Defense Ministry")]
    public void A_cited_voice_s_country_comes_before_the_credit_s(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Several countries' intelligence services named together by one plural ("Ukrainian and South Korean intelligence agencies
/// say", "according to the U.S. and Japanese secret services"): each country's intelligence is a source, named as "U.S. and
/// South Korean intelligence" names them ("Ukrainian intelligence"), not a group of agencies of each, nor one source of both
/// adjectives. One country's services keep the words the text gives them.
/// </summary>
public class CoordinatedIntelligenceServicesTests
{
    [Theory]
    [InlineData("Ukrainian and South Korean intelligence agencies say about 11,000 soldiers were sent to the front.", "Ukrainian intelligence")]
    [InlineData("Ukrainian and South Korean intelligence agencies say about 11,000 soldiers were sent to the front.", "South Korean intelligence")]
    [InlineData("British and Western intelligence services estimated that roughly 9,000 troops had crossed the border.", "British intelligence")]
    [InlineData("British and Western intelligence services estimated that roughly 9,000 troops had crossed the border.", "Western intelligence")]
    [InlineData("According to the Japanese and Taiwanese secret services, some 4,000 soldiers took part in the drills.", "Japanese intelligence")]
    [InlineData("According to the Japanese and Taiwanese secret services, some 4,000 soldiers took part in the drills.", "Taiwanese intelligence")]
    [InlineData("Polish, Lithuanian and Latvian spy agencies said some 8,000 troops were massed near the border.", "Lithuanian intelligence")]
    public void Each_country_intelligence(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("Ukrainian and South Korean intelligence agencies say about 11,000 soldiers were sent to the front.", "Ukrainian intelligence agencies")]
    [InlineData("Ukrainian and South Korean intelligence agencies say about 11,000 soldiers were sent to the front.", "South Korean intelligence agencies")]
    [InlineData("According to the Japanese and Taiwanese secret services, some 4,000 soldiers took part in the drills.", "Japanese and Taiwanese")]
    public void Not_the_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // One country's (or one side's) services keep the text's words.
    [InlineData("Western intelligence agencies reported that some 10,000 soldiers were sent to the region.", "Western intelligence agencies")]
    public void One_country_keeps_its_words(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}

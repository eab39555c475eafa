namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A state body's name that the gazetteer gives to one country but any state's may bear ("Ministry of National Defense": South
/// Korea's), owned by "its" or "the country's", is the body of the country the sentence is about: "China will send 500
/// engineers to Mali, the country's Ministry of National Defense said" is China's ministry, not Seoul's, as "China's Ministry
/// of National Defense" already was. The owner is the first country named that is no place ("to Mali") nor whose troops
/// ("Chinese troops"). Where the sentence is about the gazetteer's own country, or names no other owner, the name keeps its
/// entry. The sentences are ours.
/// </summary>
public class PossessedStateBodyNamesTests
{
    [Theory]
    [InlineData("China will send 500 engineers to Mali, the country's Ministry of National Defense said on Friday.", "Chinese Defense Ministry", "China")]
    [InlineData("Taiwan will keep 500 soldiers on Matsu, its Ministry of National Defense said.", "Taiwanese Defense Ministry", "Taiwan")]
    // Near misses: the gazetteer's own country, and no other owner (a demonym before troops counts them, it owns no ministry).
    [InlineData("South Korea will send 500 engineers to Mali, the country's Ministry of National Defense said.", "South Korean Defense Ministry", "South Korea")]
    [InlineData("Some 500 North Korean soldiers crossed the river, the country's Ministry of National Defense said.", "South Korean Defense Ministry", "South Korea")]
    public void The_owned_ministry_is_the_sentence_s_country_s(string text, string name, string country)
    {
        var mention = Assert.Single(Mentions(text), m => m.Kind == SourceKind.Military);
        Assert.Equal((name, country), (mention.Source, mention.Country));
    }
}

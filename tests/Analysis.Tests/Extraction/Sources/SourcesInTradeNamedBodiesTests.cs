namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Unnamed sources placed in a country's body that copy names only by its trade in lower case ("a source in Ukraine's military
/// intelligence", "a source in the Kenyan police", "a source in the Japanese government") are that body's sources, named by it
/// ("Ukrainian military intelligence sources", "Kenyan police sources", "Japanese government sources"), as the DevSet header names
/// them; an intelligence body's officials keep its name too. Near misses: a service with a capitalised name keeps the country's
/// trade ("Kenyan military sources"), a foreign ministry's sources are diplomatic, the police speaking by themselves stay the police,
/// a government's officials are not renamed. The sentences are ours.
/// </summary>
public class SourcesInTradeNamedBodiesTests
{
    [Theory]
    [InlineData("As many as 2,000 Russian soldiers may have been captured, the paper reported, citing a source in Ukraine's military intelligence.",
        "Ukrainian military intelligence sources")]
    [InlineData("Several hundred North Koreans have enlisted, an official of Ukraine's military intelligence said.", "Ukrainian military intelligence officials")]
    [InlineData("About 400 officers will fly to Haiti next week, a source in the Kenyan police said.", "Kenyan police sources")]
    [InlineData("About 300 troops will stay in Iraq, a source in the Japanese government said.", "Japanese government sources")]
    public void Sources_in_the_body_are_named_by_it(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: the service's country and trade, the ministry's diplomats, the police by themselves.
    [InlineData("Several hundred soldiers have left the border, a source in the Kenyan army said.", "Kenyan military sources")]
    [InlineData("About 500 troops will cross into Syria, a source in the Turkish foreign ministry said.", "Turkish diplomatic sources")]
    [InlineData("About 400 officers will fly to Haiti next week, Kenyan police said.", "Kenyan police")]
    public void Other_bodies_keep_their_reading(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near miss: a government's officials are not its sources.
    [InlineData("About 300 troops will stay in Iraq, an official of the Japanese government said.", "Japanese government sources")]
    public void Officials_are_no_sources(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}

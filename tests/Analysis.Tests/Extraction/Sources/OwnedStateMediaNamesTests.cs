namespace Analysis.Tests.Extraction.Sources;

using Analysis.Pipeline;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's state media named by what they are after its adjective, possessive, "the North's" or "the country's": "Syrian
/// state media", "Syria's state-run media", "Iran's official news agency", "Nigerien state TV", "the country's state
/// television". Named by the country's adjective with "state" and the medium's noun (TV spelt "television"), or the
/// gazetteer's entry ("North Korean state media"). Near misses: a medium whose own name follows ("Iran's official news
/// agency IRNA"), a country's media with no "state" ("Russia's media": "Russian media"), officials speaking on state
/// television. Also unnamed political sources, named by their trade ("Lebanese political sources"); a country's short name
/// before its intelligence or sources ("UK intelligence", "UK sources"); official sources as the government's; Kenya's "CS"
/// before a name; countries' adjectives listed before "assessments". The sentences are ours.
/// </summary>
public class OwnedStateMediaNamesTests
{
    [Theory]
    [InlineData("Some 3,000 Syrian troops have moved toward the border, Syrian state media reported on Monday.", "Syrian state media")]
    [InlineData("Some 3,000 Syrian troops have moved toward the border, Syria's state-run media reported.", "Syrian state media")]
    [InlineData("Around 2,000 Iranian troops have been sent to the border, Iran's official news agency said.", "Iranian state news agency")]
    [InlineData("Some 20,000 Belarusian troops are deployed near the border, Belarusian state TV reported.", "Belarusian state television")]
    [InlineData("About 3,000 Turkish troops have arrived in Qatar, the Gulf country's state television reported.", "Qatari state television")]
    [InlineData("About 1,000 Russian instructors have arrived in Niger, the country's state television reported on Monday.", "Nigerien state television")]
    [InlineData("North Korea has sent 10,000 troops to Russia, and about 600 of them were killed, the North's state media reported.", "North Korean state media")]
    [InlineData("North Korea has sent 10,000 troops to Russia, and about 600 of them were killed, the North's official news agency said.", "North Korean state media")]
    [InlineData("About 2,000 troops have arrived at the base, according to Chinese state-owned media.", "Chinese state media")]
    [InlineData("The army will move 15,000 troops south of the river, a senior Lebanese political source said.", "Lebanese political sources")]
    public void Named_by_country_and_state(string text, string origin) =>
        Assert.Equal(origin, Counts(text).First(c => c.Value >= 1000 || c.Value == 600).AttributedTo);

    [Theory]
    // A country's short name before its intelligence or sources; its official sources; Kenya's title abbreviations.
    [InlineData("About 6,000 North Korean soldiers have been killed or wounded, UK intelligence said on Sunday.", "British Defence Intelligence")]
    [InlineData("About 2,500 British troops will stay until next year, UK sources said.", "British sources")]
    [InlineData("About 1,000 fighters have crossed the border, UAE intelligence said.", "Emirati intelligence")]
    [InlineData("About 50 mercenaries landed at the airport, official Seychelles sources told the radio.", "Seychellois government sources")]
    [InlineData("About 400 police officers will fly to Haiti, Interior CS Kithure Kindiki said.", "Kithure Kindiki")]
    public void Short_names_and_titles(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Fact]
    // Countries' adjectives listed before "assessments": each one's own voice, not one named "Ukrainian and Western".
    public void Listed_assessments_are_each_country_s()
    {
        var found = Extractor.Default.Extract(TestData.Passage("North Korea deployed around 11,000 soldiers to Kursk, according to Ukrainian and Western assessments."));
        Assert.Equal("Ukraine", Assert.Single(found.TroopCounts).AttributedTo);
        Assert.Contains(found.SourceMentions, m => m.Source == "Western assessments");
        Assert.DoesNotContain(found.SourceMentions, m => m.Source == "Ukrainian and Western");
    }

    [Theory]
    // Near misses: the medium's own name; media with no "state"; officials on state television; a government official.
    [InlineData("Around 2,000 Iranian troops have been sent to the border, Iran's official news agency IRNA said.", "IRNA")]
    [InlineData("About 10,000 troops have been sent to the border, Russia's media reported.", "Russian media")]
    [InlineData("About 5,000 troops will leave, Iranian officials told state television.", "Iranian officials")]
    [InlineData("About 5,000 troops have left, a Kenyan government official said.", "Kenyan officials")]
    [InlineData("About 2,000 soldiers have been killed, a senior Ukrainian military source said.", "Ukrainian military sources")]
    [InlineData("About 500 soldiers were killed, Saudi official sources said.", "Saudi officials")]
    [InlineData("About 2,500 British troops will stay until next year, UK officials said.", "British officials")]
    public void Other_names_stay(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}

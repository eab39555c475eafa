namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Elders of a village, a clan or a town are cited as residents and villagers are: "elders said", "village elders told AFP"
/// give the figure the voice the text names ("elders") and make them a source. Before, the figure had no voice. Only the plural:
/// "elder" is also the adjective of "an elder brother". The sentences are ours.
/// </summary>
public class ElderVoicesTests
{
    [Theory]
    [InlineData("The elders said about 300 soldiers had entered the valley.")]
    [InlineData("Village elders told AFP that about 300 soldiers had entered the valley.")]
    [InlineData("About 300 soldiers entered the valley on Friday, elders said.")]
    public void Elders_who_tell_of_it_speak(string text)
    {
        Assert.Equal("elders", Assert.Single(Counts(text)).AttributedTo);
        Assert.Contains(Mentions(text), m => m.Source == "elders");
    }

    [Theory]
    // Near misses: elders who meet or are met make no statement, and an elder brother is no voice.
    [InlineData("The commander of the 300 soldiers met the elders of the valley.")]
    [InlineData("Elders of the clan met the commander of the 300 soldiers.")]
    [InlineData("His elder brother was one of 300 soldiers sent to the valley.")]
    public void Elders_who_only_meet_cite_no_one(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}

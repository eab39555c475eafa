namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// After an inverted verb, the speaker may be followed by the outlet it spoke to ("…, said X in an interview with Reuters",
/// "…, said X to the BBC"): the outlet closes the speaker's clause as "in a statement" does, so X speaks, not the outlet alone.
/// The sentences are ours.
/// </summary>
public class InvertedSpeakerToldOutletTests
{
    [Theory]
    [InlineData("Nearly 600 marines were already ashore, said navy spokesman Peter Okafor in an interview with Reuters.", "Peter Okafor")]
    [InlineData("Nearly 600 marines were already ashore, said Peter Okafor in a telephone interview with the BBC.", "Peter Okafor")]
    [InlineData("Nearly 600 marines were already ashore, said navy spokesman Peter Okafor to Reuters.", "Peter Okafor")]
    // Near miss: the speaker before the verb was already read.
    [InlineData("Nearly 600 marines were already ashore, navy spokesman Peter Okafor said in an interview with Reuters.", "Peter Okafor")]
    public void The_speaker_before_the_outlet_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    [InlineData("Nearly 600 marines were already ashore, said navy spokesman Peter Okafor in an interview with Reuters.", "Reuters")]
    public void The_outlet_carries_the_speaker(string text, string via) =>
        Assert.Equal([via], Assert.Single(Counts(text)).Via);
}

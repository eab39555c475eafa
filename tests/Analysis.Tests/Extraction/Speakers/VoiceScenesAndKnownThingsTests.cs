namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice placed by a preposition, "the" and one lower-case noun before its verb ("News reports at the time said", "Diplomats at
/// the meeting said") speaks as one placed by a capitalised name does ("officials in Seoul said"). A name that a voice's
/// postmodifier leads to ("a senior official familiar with intelligence data said") is what the voice knows: the voice before it
/// speaks. The sentences are ours.
/// </summary>
public class VoiceScenesAndKnownThingsTests
{
    [Theory]
    [InlineData("News reports at the time said 1,200 of the foreign troops would leave first.", "news reports")]
    [InlineData("Diplomats at the meeting said 900 peacekeepers would be deployed along the river.", "diplomats")]
    public void A_voice_placed_by_a_scene_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    [InlineData("Around 1,500 Russian soldiers remain in the enclave, a senior Moldovan official familiar with intelligence data said.", "Moldovan officials")]
    [InlineData("A senior Moldovan official familiar with intelligence reports said 700 Russian soldiers had left the enclave.", "Moldovan officials")]
    public void What_a_voice_knows_is_no_second_speaker(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: a voice described by what it is close to, read as one voice, keeps its speech; a scene with no verb after it.
    [InlineData("A source close to the Moldovan army said 500 Russian soldiers had left the enclave.", "Moldovan military sources")]
    [InlineData("Diplomats at the meeting welcomed the 800 peacekeepers deployed along the river.", null)]
    public void Near_misses(string text, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}

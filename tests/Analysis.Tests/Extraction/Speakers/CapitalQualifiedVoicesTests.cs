namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's bare name or capital set before a voice noun as its adjective ("a Seoul lawmaker said", "Kyiv officials say",
/// "a senior Ukraine official"), in bodies and in headlines: the voice is that country's, as with "a South Korean lawmaker".
/// It was read as no voice. The sentences are ours, in the shape of Asian and European wire copy.
/// </summary>
public class CapitalQualifiedVoicesTests
{
    [Theory]
    [InlineData("About 800 North Korean soldiers have been wounded, a Seoul lawmaker said on Thursday.", "South Korean lawmakers")]
    [InlineData("About 800 North Korean soldiers have been wounded, Kyiv officials said on Thursday.", "Ukrainian officials")]
    [InlineData("About 800 North Korean soldiers have been wounded, a senior Ukraine official said on Thursday.", "Ukrainian officials")]
    [InlineData("Some 2,500 Chinese troops hold the island, Tokyo officials say", "Japanese officials")]
    public void The_place_names_the_voices_country(string text, string origin)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(origin, count.AttributedTo);
    }

    [Theory]
    // Near miss: the capital is where the troops went, after its preposition; the voice is nobody's.
    [InlineData("About 800 soldiers were flown to Kyiv officials said.")]
    public void A_place_after_its_preposition_names_no_voice(string text)
    {
        var count = Assert.Single(Counts(text));
        Assert.Null(count.AttributedTo);
    }
}

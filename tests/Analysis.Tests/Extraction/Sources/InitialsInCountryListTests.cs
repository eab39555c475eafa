namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "U.S." written as initials inside a list of countries that share a speech verb ("Seoul, the U.S. and Kyiv estimate", "The
/// U.S., Japan and South Korea say"): the United States is one of the voices, and the first listed leads (DevSet header, nk-044:
/// "Seoul, Washington and Kyiv all say" gives the first as the origin and every country as a source). Before, "U.S." spoke only
/// right before the verb, so the list lost it and, where it stood second, its first name too. The sentences are ours.
/// </summary>
public class InitialsInCountryListTests
{
    [Theory]
    [InlineData("Japan, the U.S. and South Korea estimate that roughly 13,000 North Korean soldiers remain in Russia.", "Japan")]
    [InlineData("The U.S., Ukraine and South Korea say roughly 13,000 North Korean soldiers remain in Russia.", "United States")]
    [InlineData("The U.S. and Japan believe roughly 13,000 North Korean soldiers remain in Russia.", "United States")]
    public void The_united_states_is_a_listed_voice(string text, string origin)
    {
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
        Assert.Contains(Mentions(text), m => m.Source == "United States");
    }

    // Near miss: "U.S." before a demonym and a voice noun stays an adjective of the officials; with no speech verb, no voice.
    [Theory]
    [InlineData("The U.S. and South Korean officials say roughly 13,000 North Korean soldiers remain in Russia.", "U.S. officials")]
    [InlineData("The U.S. and Japan held talks while roughly 13,000 North Korean soldiers remained in Russia.", null)]
    public void Not_a_list_that_speaks(string text, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}

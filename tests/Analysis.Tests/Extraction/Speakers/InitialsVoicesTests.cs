namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A state named by its initials ("The U.S.", which the lexicon also reads as the adjective of "U.S. troops") speaks where its
/// verb follows, past the auxiliaries and adverbs a speaker may have: "The U.S. has said", "the U.S. now says", "had earlier
/// estimated". Near misses: the initials before a troop noun name the troops, not a voice. The sentences are ours, in the shapes
/// of the Pentagon's Syria count (2017, 2024).
/// </summary>
public class InitialsVoicesTests
{
    [Theory]
    [InlineData("Syria\n\nThe U.S. has said that about 1,300 troops are in the country.", 1300, "United States")]
    [InlineData("Syria\n\nThe U.S. now says about 1,300 troops are in the country.", 1300, "United States")]
    [InlineData("Syria\n\nThe U.S. had earlier estimated that 1,300 troops were in the country.", 1300, "United States")]
    // Near miss: the troops' adjective.
    [InlineData("Syria\n\nAbout 1,300 U.S. troops have stayed in the country.", 1300, null)]
    public void Initials_speak_past_auxiliaries(string document, double value, string? origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);
}

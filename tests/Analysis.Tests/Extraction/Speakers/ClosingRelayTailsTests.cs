namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A body's estimate passed on by a voice that closes the sentence ("The Pentagon believes about 2,000 …, Senator Reed said"):
/// the body is the origin and the closing voice its via, also where the voice is said who it is before its verb ("officials
/// who spoke on condition of anonymity said", "lawmakers who received its report said", "two officials familiar with the
/// assessment said") and where the voice goes on past its verb without a figure (", adding that the toll could rise", ", and it
/// keeps detecting signs …"). Both lost the body. The sentences are ours, in the shape of Seoul copy after closed intelligence
/// briefings and of Washington copy on intelligence estimates.
/// </summary>
public class ClosingRelayTailsTests
{
    [Theory]
    [InlineData("The Pentagon believes about 2,000 Russian soldiers have died, U.S. officials who spoke on condition of anonymity said.", "Pentagon", "U.S. officials")]
    [InlineData("The Pentagon believes about 2,000 Russian soldiers have died, two U.S. officials familiar with the assessment said.", "Pentagon", "U.S. officials")]
    [InlineData("South Korea's National Intelligence Service estimates that a little over 2,000 North Korean soldiers have died, lawmakers who received its report said.", "National Intelligence Service", "South Korean lawmakers")]
    [InlineData("The Pentagon believes about 2,000 Russian soldiers have died, Senator Jack Reed said, adding that the toll could rise.", "Pentagon", "Jack Reed")]
    [InlineData("The National Intelligence Service also reckons that some 10,000 North Korean soldiers are deployed near the border, lawmaker Lee Seong-kweun said, and it keeps detecting signs of training.", "National Intelligence Service", "Lee Seong-kweun")]
    public void The_body_is_the_origin_and_the_closing_voice_its_via(string text, string origin, string via)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(origin, count.AttributedTo);
        Assert.Equal([via], count.Via);
    }

    [Theory]
    // Near misses: one voice only, before or after the figure; the tail leaves it the origin.
    [InlineData("U.S. officials who spoke on condition of anonymity said about 2,000 Russian soldiers had died.", "U.S. officials")]
    [InlineData("About 2,000 Russian soldiers have died, Senator Jack Reed said, adding that the toll could rise.", "Jack Reed")]
    public void One_voice_no_relay(string text, string origin)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(origin, count.AttributedTo);
        Assert.Empty(count.Via);
    }
}

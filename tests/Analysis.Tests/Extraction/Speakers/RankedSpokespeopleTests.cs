namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A spokesperson with a rank ("deputy", "chief") set beside their name speaks for themselves, and the titled person they
/// speak for is part of the title ("Lena Park, the deputy spokeswoman for Prime Minister Ivan Dorsky, said"), as with a plain
/// "spokeswoman for". Without a name beside it, the ranked spokesperson is the voice of the body or person after "for". The
/// sentences are ours, in real shapes.
/// </summary>
public class RankedSpokespeopleTests
{
    [Theory]
    [InlineData("Some 900 soldiers stayed behind, Lena Park, the deputy spokeswoman for Prime Minister Ivan Dorsky, told reporters.", 900, "Lena Park")]
    [InlineData("About 1,200 peacekeepers remain, Tom Reyes, chief spokesman for UN Secretary-General Antonio Guterres, said on Friday.", 1200, "Tom Reyes")]
    // Near misses: no name set beside the title, so the body or person after "for" speaks.
    [InlineData("A deputy spokesman for the Defence Ministry of Chad said 900 soldiers stayed.", 900, "Chadian Defense Ministry")]
    [InlineData("In Kabul, the deputy spokesman for President Ashraf Ghani said 900 soldiers stayed.", 900, "Ashraf Ghani")]
    public void A_ranked_spokesperson_beside_a_name_is_the_voice(string text, double value, string origin) =>
        Assert.Equal(origin, Of(text, value).AttributedTo);

    [Theory]
    [InlineData("Some 900 soldiers stayed behind, Lena Park, the deputy spokeswoman for Prime Minister Ivan Dorsky, told reporters.", "Ivan Dorsky")]
    [InlineData("About 1,200 peacekeepers remain, Tom Reyes, chief spokesman for UN Secretary-General Antonio Guterres, said on Friday.", "UN Secretary-General")]
    public void The_person_spoken_for_is_no_source(string text, string notSource) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == notSource);
}

namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's name joined by "and" to another country's officials before a speech verb ("Hungary and British officials said")
/// is a voice too, and the first named is the origin; the officials stay a voice of their own. The sentences are ours.
/// </summary>
public class CountryAndOfficialsTests
{
    [Theory]
    [InlineData("On Friday, Hungary and British officials said that roughly 650 British soldiers would rotate out.", "Hungary")]
    [InlineData("Roughly 650 British soldiers would rotate out, Estonia and German diplomats said.", "Estonia")]
    // Near miss: two countries joined by "and".
    [InlineData("Hungary and Britain said that roughly 650 British soldiers would rotate out.", "Hungary")]
    public void The_first_voice_is_the_origin(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    [InlineData("On Friday, Hungary and British officials said that roughly 650 British soldiers would rotate out.", "British officials")]
    public void The_officials_still_speak(string text, string group) =>
        Assert.Contains(Mentions(text), m => m.Source == group);
}

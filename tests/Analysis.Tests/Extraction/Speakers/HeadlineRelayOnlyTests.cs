namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A headline that names only the relay ("…, Seoul lawmaker says", "…, South Korean lawmaker says") over a body whose relay
/// speaks after a body's briefing: the headline's figure is the relay's, with no via, while the body's figure is the briefing
/// body's via the relay (DevSet header: "a headline whose speaker is only the relay … gives the headline figure to that relay").
/// Before, the briefing that informed the relay below was carried up into the headline. The sentences are ours, in the shape
/// of Reuters and Yonhap copy on the spy agency's briefings.
/// </summary>
public class HeadlineRelayOnlyTests
{
    private const string Unnamed = "Pyongyang has nearly 11,000 troops near the front, Seoul lawmaker says\n\nSEOUL, May 2 (Reuters) - About 10,800 North Korean soldiers are now near the front line, a South Korean lawmaker said on Thursday after a closed-door briefing by the country's spy agency.\n";
    private const string Named = "About 600 North Korean soldiers killed in Russia's war, South Korean lawmaker says\n\nSEOUL, April 30 - At least 550 North Korean soldiers have been killed fighting for Russia, lawmaker Park Ji-hoon said on Wednesday after a closed-door briefing by the National Intelligence Service.\n";

    [Theory]
    [InlineData(Unnamed, 11000, "South Korean lawmakers")]
    [InlineData(Named, 600, "Park Ji-hoon")]
    public void The_headline_figure_is_the_relays(string document, double value, string origin)
    {
        var figure = Of(document, value);
        Assert.Equal(origin, figure.AttributedTo);
        Assert.Empty(figure.Via);
    }

    [Theory]
    // Near misses: the body's figure stays the briefing body's, relayed.
    [InlineData(Unnamed, 10800, "South Korean lawmakers")]
    [InlineData(Named, 550, "Park Ji-hoon")]
    public void The_body_figure_keeps_the_briefing(string document, double value, string relay)
    {
        var figure = Of(document, value);
        Assert.Equal("National Intelligence Service", figure.AttributedTo);
        Assert.Equal([relay], figure.Via);
    }
}

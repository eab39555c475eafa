namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A broadcaster named by a number ("Channel 7 television said", "according to Channel 5", "Israeli Channel 11 reported") is
/// the outlet "Channel N", of the country named right before it; before, the number was left out ("Channel", a junk source) or
/// nothing was cited. And "TV" alone, in capitals, is an everyday word, never an unknown acronym's source ("TV reported", "TV
/// footage"), while a broadcaster whose name ends in it stays one. "Channel" with no number names nothing. The sentences are ours.
/// </summary>
public class NumberedChannelsTests
{
    [Theory]
    [InlineData("Roughly 7,000 reservists reported for duty, Channel 7 television said.", 7000, "Channel 7")]
    [InlineData("Roughly 7,000 reservists reported for duty, according to Channel 5.", 7000, "Channel 5")]
    [InlineData("Channel 9 reported on Sunday that 1,800 troops had moved north.", 1800, "Channel 9")]
    // Near miss: a channel the gazetteer knows keeps its entry.
    [InlineData("Israel's Channel 13 reported on Sunday that 1,800 troops had moved north.", 1800, "Channel 13")]
    public void A_numbered_channel_speaks(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    [InlineData("Roughly 7,000 reservists reported for duty, Israeli Channel 11 said.", "Channel 11", "Israel")]
    public void A_numbered_channel_is_its_country_s(string text, string source, string country) =>
        Assert.Equal(country, Assert.Single(Mentions(text), m => m.Source == source).Country);

    [Theory]
    [InlineData("Roughly 7,000 reservists reported for duty, according to Channel 5.")]
    [InlineData("Footage on state TV showed about 400 soldiers boarding trucks, the ministry said.")]
    [InlineData("About 400 soldiers were killed in the clashes, TV reported.")]
    // Near miss: "Channel" alone is a place, no outlet.
    [InlineData("About 400 soldiers crossed the English Channel, officials said.")]
    public void Neither_channel_alone_nor_TV_is_a_source(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source is "Channel" or "TV" or "English Channel");

    [Theory]
    // Near miss: a broadcaster whose name ends in "TV" is still one.
    [InlineData("About 400 soldiers were killed in the clashes, Kompas TV reported.", "Kompas TV")]
    public void A_named_TV_stays_a_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}

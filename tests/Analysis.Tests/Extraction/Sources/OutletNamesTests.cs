namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An outlet noun written in title case after "the" is a word of the outlet's name, not what the outlet is: "the Daily
/// Monitor reported" (Daily Monitor, not Monitor), "the Gulf Daily News" (with the capitalised words before it), "the
/// Radio Okapi". Both ways: a lower-case noun ("the daily Kommersant") and an all-capital one ("the TV channel Rossiya")
/// stay what the outlet is.
/// </summary>
public class OutletNamesTests
{
    [Theory]
    [InlineData("About 6,000 soldiers were deployed, the Daily Monitor reported.", "Daily Monitor")]
    [InlineData("About 6,000 soldiers were deployed, the Gulf Daily News reported.", "Gulf Daily News")]
    [InlineData("About 6,000 soldiers were deployed, the Radio Okapi reported.", "Radio Okapi")]
    [InlineData("About 6,000 soldiers were deployed, the daily Kommersant reported.", "Kommersant")]
    [InlineData("About 6,000 soldiers were deployed, the TV channel Rossiya reported.", "Rossiya")]
    public void Names_the_outlet(string text, string outlet) =>
        Assert.Contains(Mentions(text), m => m.Source == outlet);

    [Theory]
    [InlineData("About 6,000 soldiers were deployed, the Daily Monitor reported.", "Monitor")]
    [InlineData("About 6,000 soldiers were deployed, the Gulf Daily News reported.", "News")]
    [InlineData("About 6,000 soldiers were deployed, the daily Kommersant reported.", "daily Kommersant")]
    public void Does_not_name(string text, string outlet) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == outlet);
}

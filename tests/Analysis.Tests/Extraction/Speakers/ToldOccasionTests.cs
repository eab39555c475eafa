namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A briefing or statement someone told ("X told a press briefing") is the occasion where X spoke: no voice of its own, and no
/// cited source. A statement that speaks ("a joint statement said") still does. The sentences are ours.
/// </summary>
public class ToldOccasionTests
{
    [Theory]
    [InlineData("About 350 more U.S. troops will deploy to Poland, Pentagon spokesman Pat Ryder told a press briefing on Tuesday.", 350, "Pat Ryder")]
    [InlineData("Some 1,200 soldiers will stay in the country, Defence Minister Anna Kowalska told a joint press briefing.", 1200, "Anna Kowalska")]
    // Not: a statement that speaks keeps its voice.
    [InlineData("About 350 more troops will deploy to Poland, a joint statement said.", 350, "joint statement")]
    public void The_occasion_a_speaker_told_is_no_voice(string text, double value, string origin) =>
        Assert.Equal(origin, Count(text, value).AttributedTo);

    [Fact]
    public void The_occasion_is_no_cited_source()
    {
        var mentions = Extracted.Mentions("About 350 more U.S. troops will deploy to Poland, Pentagon spokesman Pat Ryder told a press briefing.");
        Assert.DoesNotContain(mentions, m => m.Source.Contains("briefing", StringComparison.Ordinal));
    }
}

namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An armed force's or a ministry's own release on its dead or its deployments opens with a formula before the verb of
/// speech: "The Kenya Defence Forces regrets to announce that three of its soldiers …", "The SANDF is saddened to announce
/// that …", "The Ministry of Defence wishes to confirm that …". The body is the figure's voice; the kit read no verb of speech
/// there and left the figure with none. Not a body that only thanks or mourns ("wishes to thank", "regrets the loss"), which
/// is not cited (DevSet header). The sentences are ours, in the shape of such releases.
/// </summary>
public class OwnReleaseVerbsTests
{
    [Theory]
    [InlineData("Title\nThe Kenya Defence Forces regrets to announce that three of its soldiers were killed when their vehicle hit an explosive device in Lamu.", 3, "Kenya Defence Forces")]
    [InlineData("Title\nThe South African National Defence Force is saddened to announce that two soldiers serving with SAMIDRC were killed in Goma.", 2, "South African National Defence Force")]
    [InlineData("Title\nThree soldiers were killed near the airport on Monday. The South African National Defence Force is also saddened to announce that one of its members injured in the fighting later died, bringing its dead to 13.", 13, "South African National Defence Force")]
    [InlineData("Title\nThe Ministry of Defence wishes to confirm that 150 British troops have arrived in Tallinn.", 150, "British Defense Ministry")]
    public void The_release_is_the_bodys_voice(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    // Near misses: thanks and mourning state nothing.
    [InlineData("Title\nThe Kenya Defence Forces wishes to thank the 400 soldiers who served in Haiti.", 400)]
    [InlineData("Title\nThe Kenya Defence Forces regrets the loss of three soldiers in Lamu.", 3)]
    public void No_voice(string text, double value) =>
        Assert.Null(Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}

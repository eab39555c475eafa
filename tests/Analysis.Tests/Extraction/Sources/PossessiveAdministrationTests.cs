namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A U.S. administration named by its president's possessive ("President Donald Trump's administration said", "Joe Biden's
/// administration says") is the administration the gazetteer knows as "the Trump administration": it speaks as that body, and
/// the titled president read over the first words of its name does not.
/// </summary>
public class PossessiveAdministrationTests
{
    [Theory]
    [InlineData("President Donald Trump's administration said 850 Marines would guard the federal buildings.", 850, "Trump administration")]
    [InlineData("U.S. President Joe Biden's administration has said 1,300 more troops would go to the border.", 1300, "Biden administration")]
    [InlineData("Trump's administration said it would keep 2,600 Guard members in the capital.", 2600, "Trump administration")]
    [InlineData("Barack Obama's administration announced that 450 troops would be sent to the region.", 450, "Obama administration")]
    public void The_administration_speaks(string text, double value, string voice) =>
        Assert.Equal(voice, Of(text, value).AttributedTo);

    [Theory]
    // Near misses: the president who speaks himself, and the administration as the actor of a speaker's sentence.
    [InlineData("President Donald Trump said 850 Marines would guard the federal buildings.", 850, "Donald Trump")]
    [InlineData("President Joe Biden's administration will send 1,300 more troops to the border, the Pentagon said.", 1300, "Pentagon")]
    public void Other_voices_keep_their_figures(string text, double value, string voice) =>
        Assert.Equal(voice, Of(text, value).AttributedTo);
}

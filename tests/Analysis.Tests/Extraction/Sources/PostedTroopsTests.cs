namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "posted" posts troops as well as messages: before a preposition of place ("soldiers posted to Kursk", "troops posted along
/// the border") it places the troops counted, who are no voice (posting_verbs, posting_particles); the sentence's own speaker
/// keeps the figure. Near misses: "posted on X", "posted that" still speak.
/// </summary>
public class PostedTroopsTests
{
    [Theory]
    [InlineData("More than 220 North Korean soldiers posted to Kursk have been moved to a Moscow hospital after sustaining injuries, Ukraine's security service said.", 220, "SBU")]
    [InlineData("About 2,000 Indian soldiers posted along the border were put on alert, the Indian Army said.", 2000, "Indian Army")]
    public void The_sentences_speaker_keeps_the_figure(string text, double value, string origin) =>
        Assert.Contains(Counts(text), c => c.Value == value && c.AttributedTo == origin);

    [Theory]
    [InlineData("More than 220 North Korean soldiers posted to Kursk have been moved to a Moscow hospital after sustaining injuries, Ukraine's security service said.")]
    [InlineData("About 2,000 Indian soldiers posted along the border were put on alert, the Indian Army said.")]
    public void The_posted_troops_are_no_source(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.EndsWith(" soldiers", StringComparison.Ordinal));

    [Theory]
    [InlineData("Zelensky posted on X that 3,000 North Korean soldiers had been killed.", 3000, "Volodymyr Zelensky")]
    [InlineData("Ukraine's military intelligence posted that 3,000 North Korean soldiers had been killed.", 3000, "Ukrainian military intelligence")]
    public void A_post_still_speaks(string text, double value, string origin) =>
        Assert.Contains(Counts(text), c => c.Value == value && c.AttributedTo == origin);
}

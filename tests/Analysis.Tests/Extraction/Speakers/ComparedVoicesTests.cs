namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice after "than" ("far more than Moscow acknowledged", "slightly fewer than Minsk's own count") says what the figure is
/// compared with: it gives no origin to the figure, which stays with the sentence's own speaker. The sentences are ours.
/// </summary>
public class ComparedVoicesTests
{
    [Theory]
    [InlineData("Lars Berg, a Danish officer who watched the drills, counted about 9,000 Russian troops there, slightly fewer than Minsk's own count.", 9000, "Lars Berg")]
    [InlineData("The exercise drew about 60,000 troops, far more than Moscow acknowledged, NATO Secretary General Mark Rutte said.", 60000, "Mark Rutte")]
    // Not: a voice that opens the sentence speaks for it, "more than" in the figure or not.
    [InlineData("Moscow acknowledged more than 9,000 troops at the drills.", 9000, "Russia")]
    public void A_voice_the_figure_is_compared_with_is_no_origin(string text, double value, string origin) =>
        Assert.Equal(origin, Count(text, value).AttributedTo);
}

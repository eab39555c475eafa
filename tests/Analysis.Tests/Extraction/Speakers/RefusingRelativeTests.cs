namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice that refuses a claim in a relative clause after its figure ("…, which the ministry denied") is no voice of the
/// figure: the one who reported it stays the origin. A voice after "which" that says something is still a voice. The
/// sentences are ours.
/// </summary>
public class RefusingRelativeTests
{
    [Theory]
    [InlineData("Der Spiegel reported that the army was weighing a deployment of up to 8,000 troops to Lithuania, which Boris Pistorius dismissed as speculation.", 8000, "Der Spiegel")]
    [InlineData("Der Spiegel reported that the army was weighing a deployment of up to 8,000 troops to Lithuania, which Boris Pistorius has denied.", 8000, "Der Spiegel")]
    // Near miss: a voice that refuses nothing.
    [InlineData("Up to 8,000 troops will deploy to Lithuania, Boris Pistorius said.", 8000, "Boris Pistorius")]
    public void A_refusing_voice_is_no_voice_of_the_figure(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}

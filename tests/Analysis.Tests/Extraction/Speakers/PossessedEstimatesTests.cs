namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// A count a voice's possessive owns ("far above Pyongyang's own estimate of 350 casualties", "well above Moscow's own count of
/// about 300 dead"): that voice's, whoever speaks for the rest of the sentence, and that voice speaks for no other figure of it.
/// Near miss: a possessive whose noun is no count ("Russia's Kursk region of …"). The sentences are
/// ours, in real shapes.
/// </summary>
public class PossessedEstimatesTests
{
    private static string? OriginOf(string text, double value) =>
        Assert.Single(Extracted.Counts(text), c => c.Value == value).AttributedTo;

    [Theory]
    [InlineData("South Korean lawmakers said about 2,000 North Korean soldiers had been killed, far above Pyongyang's own estimate of 350 casualties.", 350, "North Korea")]
    [InlineData("South Korean lawmakers said about 2,000 North Korean soldiers had been killed, far above Pyongyang's own estimate of 350 casualties.", 2000, "South Korean lawmakers")]
    [InlineData("Ukraine's military said 1,200 Russian soldiers were killed on Monday, well above Moscow's own count of about 300 dead.", 300, "Russia")]
    [InlineData("Ukraine's military said 1,200 Russian soldiers were killed on Monday, well above Moscow's own count of about 300 dead.", 1200, "Ukrainian military")]
    // Near miss: a possessive that owns no count ("Russia's Kursk region") leaves the sentence's voice as it was.
    [InlineData("South Korean lawmakers said about 2,000 North Korean soldiers had been killed in Russia's Kursk region of 1,000 villages.", 2000, "South Korean lawmakers")]
    public void The_possessive_owns_its_count(string text, double value, string? origin) =>
        Assert.Equal(origin, OriginOf(text, value));
}

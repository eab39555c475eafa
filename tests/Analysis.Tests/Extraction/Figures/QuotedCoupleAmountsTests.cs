namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A spokesman's vague amount quoted after its article ("a 'couple thousand' North Korean troops", as reporting of the first
/// Pentagon briefings on North Korea's troops wrote it) is the vague amount, 2,000 to 9,000, not "thousand" alone. The
/// sentences are ours.
/// </summary>
public class QuotedCoupleAmountsTests
{
    [Theory]
    [InlineData("An official said a 'couple thousand' North Korean soldiers were moving west.", 2000, 9000)]
    [InlineData("An official said a \"couple hundred\" North Korean soldiers were moving west.", 200, 900)]
    // Near miss: the amount unquoted, as before.
    [InlineData("An official said a couple thousand North Korean soldiers were moving west.", 2000, 9000)]
    public void A_quoted_couple_is_a_vague_amount(string text, double low, double high)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal((low, high), (count.Low, count.High));
    }
}

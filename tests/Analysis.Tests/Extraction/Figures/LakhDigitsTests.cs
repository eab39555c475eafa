namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// South Asian copy groups digits by lakh ("5,00,000" is 500,000): the whole number is the figure, never its first digits.
/// </summary>
public class LakhDigitsTests
{
    [Theory]
    [InlineData("India moved 5,00,000 soldiers to the western border during the standoff, officials said.", 500_000d)]
    [InlineData("Nearly 1,20,000 troops were deployed along the Line of Actual Control, the army said.", 120_000d)]
    [InlineData("The army has 12,50,000 personnel in all, the ministry told parliament.", 1_250_000d)]
    public void Reads_lakh_grouped_digits_as_one_number(string passage, double value)
    {
        Assert.Contains(Values(passage), v => v == value);
        Assert.DoesNotContain(Values(passage), v => v < 100);
    }
}

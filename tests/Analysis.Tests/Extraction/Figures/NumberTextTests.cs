namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;

public class NumberTextTests
{
    [Theory]
    [InlineData("10,000", 10_000)]
    [InlineData("10 000", 10_000)]
    [InlineData("10\u00A0000", 10_000)]
    [InlineData("1,500", 1_500)]
    [InlineData("12 million", 12_000_000)]
    [InlineData("1.5 million", 1_500_000)]
    [InlineData("1.28 million", 1_280_000)]
    [InlineData("10k", 10_000)]
    [InlineData("2 lakh", 200_000)]
    [InlineData("1.5 lakh", 150_000)]
    [InlineData("two lakh", 200_000)]
    [InlineData("3 crore", 30_000_000)]
    [InlineData("5,00,000", 500_000)]
    [InlineData("12,50,000", 1_250_000)]
    [InlineData("1,25,00,000", 12_500_000)]
    [InlineData("10K", 10_000)]
    [InlineData("ten thousand", 10_000)]
    [InlineData("Three thousand", 3_000)]
    [InlineData("twelve million", 12_000_000)]
    [InlineData("a thousand", 1_000)]
    [InlineData("twenty-five", 25)]
    [InlineData("one hundred and fifty", 150)]
    [InlineData("two hundred thousand", 200_000)]
    [InlineData("half a million", 500_000)]
    [InlineData("Half a dozen", 6)]
    [InlineData("two dozen", 24)]
    public void Parses(string text, double expected)
    {
        Assert.True(NumberText.TryParse(text, out var value));
        Assert.Equal(expected, value);
        Assert.Equal(expected, NumberText.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("troops")]
    [InlineData("ten soldiers")]
    [InlineData("10,000 troops")]
    [InlineData("and")]
    [InlineData("half")]
    [InlineData("half a")]
    public void Refuses(string text)
    {
        Assert.False(NumberText.TryParse(text, out _));
        Assert.Throws<FormatException>(() => NumberText.Parse(text));
    }
}

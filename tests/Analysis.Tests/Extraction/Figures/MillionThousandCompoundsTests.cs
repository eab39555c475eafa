namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Translated Korean and Japanese copy writes a large number by its scales: "1 million 280 thousand" is 1,280,000 (as "28
/// thousand 500" is 28,500), one number, not a stray "280 thousand". The sentences are ours.
/// </summary>
public class MillionThousandCompoundsTests
{
    [Theory]
    [InlineData("North Korea's army is estimated at some 1 million 280 thousand soldiers, the white paper says.", 1280000)]
    [InlineData("China's forces number about 2 million 30 thousand troops, the ministry estimates.", 2030000)]
    public void Millions_and_thousands_make_one_number(string text, double value)
        => Assert.Equal([value], Values(text));

    // Near miss: two numbers joined by a word are two figures.
    [Fact]
    public void Millions_and_thousands_joined_by_a_word_stay_two()
        => Assert.Equal([1000000d, 280000d], Values("The ministry said the army has 1 million soldiers and 280 thousand reservists."));
}

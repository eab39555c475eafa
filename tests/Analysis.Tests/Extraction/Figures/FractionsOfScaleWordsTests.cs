namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A share of a scale word written as one number: "a quarter of a million troops", "a half-million soldiers",
/// "three-quarters of a million men", as copy of large build-ups and wars writes them. Read as "a million" alone they
/// were a figure four times too large; a share of a count ("a quarter of the troops") or of another unit ("a quarter of a
/// century", "a half-million dollars") is no such number. Hundreds of a scale word ("a few hundred thousand") keep bounds.
/// </summary>
public class FractionsOfScaleWordsTests
{
    [Theory]
    [InlineData("a quarter of a million", 250_000)]
    [InlineData("A quarter-million", 250_000)]
    [InlineData("a quarter million", 250_000)]
    [InlineData("a half-million", 500_000)]
    [InlineData("a half million", 500_000)]
    [InlineData("three-quarters of a million", 750_000)]
    [InlineData("three quarters of a million", 750_000)]
    public void Parses_the_share(string text, double expected)
    {
        Assert.True(NumberText.TryParse(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("Iraq had moved nearly a quarter of a million troops into Kuwait by October.", 250_000d)]
    [InlineData("By late 1990 a half-million American soldiers were in the Gulf.", 500_000d)]
    [InlineData("Pakistan massed a quarter-million soldiers along the Line of Control in 2002.", 250_000d)]
    [InlineData("At the war's height, three-quarters of a million French soldiers served in Algeria.", 750_000d)]
    [InlineData("Some 80,000 Soviet troops crossed the border, and a half million more troops waited in reserve.", 500_000d)]
    public void Counts_the_share_of_the_scale_word(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("Iraq had moved nearly a quarter of a million troops into Kuwait by October.")]
    [InlineData("By late 1990 a half-million American soldiers were in the Gulf.")]
    public void Does_not_read_a_million_alone(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == 1_000_000);

    [Theory]
    [InlineData("The army said one and a half million reservists could be called.", 1_500_000d)]
    [InlineData("Officials put the force at half a million soldiers.", 500_000d)]
    public void Keeps_halves_after_a_number_and_before_the_article(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    // Hundreds of a scale word, vaguely: "a few hundred thousand reservists" is 200,000 to 900,000, not "thousand" alone.
    [Theory]
    [InlineData("Moscow could call up a few hundred thousand reservists.", 200_000d, 900_000d)]
    [InlineData("Several hundred thousand troops massed on the border.", 200_000d, 900_000d)]
    public void Keeps_hundreds_of_a_scale_word_as_bounds(string passage, double low, double high)
    {
        var count = Assert.Single(Counts(passage));
        Assert.Equal((low, high), (count.Low, count.High));
    }

    [Theory]
    [InlineData("Troops have watched the border for a quarter of a century.")]
    [InlineData("A quarter of the troops are conscripts, the ministry said.")]
    [InlineData("The war has displaced a quarter of a million civilians, the army said.")]
    [InlineData("The ministry spent a half-million dollars on tents for the soldiers.")]
    [InlineData("The soldiers marched a quarter of a mile to the river.")]
    [InlineData("The army has fired a quarter-million shells since June.")]
    public void Does_not_count_shares_of_other_things(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value is 250_000 or 500_000 or 1_000_000);
}

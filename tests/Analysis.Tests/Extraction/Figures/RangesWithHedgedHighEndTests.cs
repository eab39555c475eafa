namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The high end of a range may carry a hedge of its own after an opener ("from 3,000 to nearly 5,000", "between 10,000 and
/// about 12,000"): one range, not two figures. A verb of change before "from" still makes two ("lift the Army from 875,000 to
/// about one million men": the level before and the one planned). The sentences are ours.
/// </summary>
public class RangesWithHedgedHighEndTests
{
    [Theory]
    [InlineData("Estimates of the troops deployed run from 40,000 to almost 60,000.", 40_000d, 60_000d)]
    [InlineData("Between 10,000 and about 12,000 soldiers are said to be in the region.", 10_000d, 12_000d)]
    public void A_hedged_high_end_after_an_opener_makes_one_range(string text, double low, double high)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(Hedge.Range, count.Hedge);
        Assert.Equal((low, high), (count.Low, count.High));
    }

    [Theory]
    [InlineData("The draft will lift the Army from 600,000 to about 700,000 men.", new double[] { 600_000, 700_000 })]
    [InlineData("The ministry wants to boost the force from 5,000 to nearly 8,000 troops.", new double[] { 5_000, 8_000 })]
    public void A_change_from_one_level_to_a_hedged_one_is_two_figures(string text, double[] values) =>
        Assert.Equal(values, Values(text));
}

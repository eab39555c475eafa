namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A duration joined to its noun ("the 44-day war", "a 24-hour truce", "a 90-day rotation") is no count, and no other number
/// a figure of its sentence could be read against: the figure stands. The sentences are ours.
/// </summary>
public class DurationCompoundsTests
{
    [Theory]
    [InlineData("The ministry has put the army's dead in the 44-day war at 2,783.", new double[] { 2_783 })]
    [InlineData("During the 12-day war the army lost 310 soldiers.", new double[] { 310 })]
    [InlineData("A 90-day rotation of 400 marines begins in March.", new double[] { 400 })]
    [InlineData("The 24-hour truce held, the army said.", new double[0])]
    public void A_duration_compound_counts_nothing_and_hides_no_figure(string text, double[] values) =>
        Assert.Equal(values, Values(text));
}

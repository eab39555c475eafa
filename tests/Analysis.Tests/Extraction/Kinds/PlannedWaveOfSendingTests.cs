namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A wave of a sending told as planned, with its number between ("the recently planned fourth dispatch of 5,000 troops", "a
/// possible second deployment of 3,000"), is still to come (planned), as "the proposed deployment of 3,000" is. A part of it
/// counted after a fronted whole with a verb of its own ("Of the ..., some 800 have already arrived") is there now. The
/// sentences are ours.
/// </summary>
public class PlannedWaveOfSendingTests
{
    private const string Planned = "Of the recently planned fourth dispatch of 5,000 troops, some 800 sappers have already arrived.";

    [Theory]
    [InlineData(Planned, 5000, EstimateStatus.Planned)]
    [InlineData(Planned, 800, EstimateStatus.Current)]
    [InlineData("Officials discussed a possible second deployment of 3,000 soldiers to the islands.", 3000, EstimateStatus.Planned)]
    // Near miss: a wave that has gone.
    [InlineData("The fourth dispatch of 5,000 troops reached the front in May.", 5000, EstimateStatus.Current)]
    public void Status_of_the_figure(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A request before "to" makes the figure after it planned only when what it asks for is a sending, a move or a call-up
/// (request_infinitives): "allowed reporters to visit 3,000 soldiers at the base" counts soldiers there now. The sentences are ours.
/// </summary>
public class RequestInfinitiveTests
{
    [Theory]
    [InlineData("The ministry allowed reporters to visit 3,000 soldiers at the base.", 3000, EstimateStatus.Current)]
    [InlineData("The governor asked journalists to photograph 1,500 soldiers on parade.", 1500, EstimateStatus.Current)]
    // Near misses: asking for a sending or a move is a plan.
    [InlineData("The ministry allowed the navy to send 3,000 sailors to the base.", 3000, EstimateStatus.Planned)]
    [InlineData("The governor asked the army to move 1,500 soldiers to the border.", 1500, EstimateStatus.Planned)]
    public void Status_of_the_figure(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(passage), c => c.Value == value).Status);
}

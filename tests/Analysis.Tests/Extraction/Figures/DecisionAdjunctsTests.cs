namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A decision or an approval whose move noun comes after an adjunct of time, place or manner ("announced on Monday the
/// withdrawal of N", "ordered Friday the deployment of N", "approved last week the stationing of N": decision_adjuncts) names a
/// move still to come (planned), as it does with no adjunct. The sentences are ours.
/// </summary>
public class DecisionAdjunctsTests
{
    [Theory]
    [InlineData("The ministry announced on Monday the withdrawal of 2,000 soldiers.", 2_000d, EstimateStatus.Planned)]
    [InlineData("The president ordered Friday the deployment of 3,000 troops to the south.", 3_000d, EstimateStatus.Planned)]
    [InlineData("Lawmakers approved last week the stationing of 4,000 troops in the east.", 4_000d, EstimateStatus.Planned)]
    [InlineData("The ministry announced in a statement the dispatch of 700 peacekeepers.", 700d, EstimateStatus.Planned)]
    [InlineData("The minister announced on Monday in a statement the deployment of 800 soldiers.", 800d, EstimateStatus.Planned)]
    // Near misses: a move completed, an arrival confirmed, a move noun after "said", a clause with "that" stay current.
    [InlineData("The army completed on Monday the withdrawal of 2,000 soldiers from the border.", 2_000d, EstimateStatus.Current)]
    [InlineData("The ministry confirmed on Monday the arrival of 2,000 troops in the region.", 2_000d, EstimateStatus.Current)]
    [InlineData("The ministry said on Monday the deployment of 2,000 troops was complete.", 2_000d, EstimateStatus.Current)]
    [InlineData("The ministry announced on Monday that 2,000 troops had arrived in the region.", 2_000d, EstimateStatus.Current)]
    public void A_move_decided_with_an_adjunct_before_its_noun_is_planned(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(DocumentCounts(passage), c => (c.Value ?? c.Low) == value).Status);
}

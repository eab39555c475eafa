namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A second figure joined to a planned one by ", along with" shares its plan, as ", as well as" and ", together with" already
/// did: the announcements of North Korea's engineers and builders for Kursk list them so ("will send N sappers to clear mines,
/// along with M military builders"). A sent force with a comitative addition stays as it was. The sentences are ours.
/// </summary>
public class CommaAlongWithPlanTests
{
    [Theory]
    [InlineData("Pyongyang will dispatch 1,000 sappers to clear mines, along with 5,000 military builders.", 5000)]
    [InlineData("The envoy said Pyongyang would send 700 deminers to the region, along with 3,000 construction troops.", 3000)]
    public void The_figure_after_along_with_is_planned(string text, double value) =>
        Assert.Equal(EstimateStatus.Planned, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Theory]
    // Near miss: both figures of a move already made stay current.
    [InlineData("Seoul believes Pyongyang sent 11,000 troops in the autumn, along with 3,000 more in January.", 3000)]
    public void A_move_made_stays_current(string text, double value) =>
        Assert.Equal(EstimateStatus.Current, Assert.Single(Counts(text), c => c.Value == value).Status);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troops waiting to move, awaiting orders or transport, are ready to go, as troops on standby are: planned. The sentences are
/// ours, in the shapes of the 1956 copy on the UN force's airlift to Egypt and of the 2003 copy on the build-up in Kuwait.
/// </summary>
public class WaitingToMoveTests
{
    [Theory]
    [InlineData("About 1,400 Finnish soldiers were waiting at the staging area for the next flights.", EstimateStatus.Planned)]
    [InlineData("Some 4,000 marines are waiting in Djibouti to cross into Yemen.", EstimateStatus.Planned)]
    [InlineData("Another 900 troops are awaiting orders at the air base.", EstimateStatus.Planned)]
    // Near miss: troops at work where they serve.
    [InlineData("About 1,400 Finnish soldiers patrol the buffer zone.", EstimateStatus.Current)]
    public void Status_of_the_figure(string text, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text)).Status);
}

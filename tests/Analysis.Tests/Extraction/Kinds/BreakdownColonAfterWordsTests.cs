namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A breakdown may open after a few words of the whole's own: "with 640 men under his command: 52 officers, 97 NCOs and 491
/// privates", "1,800 troops in the north — ..." The colon (or dash) still opens the parts of the figure before it (kind subset),
/// when only words (at most four, no figure, no mark) stand between that figure and the colon. Not an addition ("300 more")
/// nor a figure with a clause after the colon. The sentences are ours.
/// </summary>
public class BreakdownColonAfterWordsTests
{
    private const string Company = "The battalion sailed with 640 men under his command: 52 officers, 97 NCOs and 491 privates.";

    [Theory]
    [InlineData(Company, 52, TroopKind.Subset)]
    [InlineData(Company, 97, TroopKind.Subset)]
    [InlineData(Company, 491, TroopKind.Subset)]
    [InlineData(Company, 640, TroopKind.Deployment)]
    [InlineData("The brigade kept 2,200 soldiers in the valley — 1,500 infantry and 700 gunners.", 1500, TroopKind.Subset)]
    // Near misses: an addition after the colon is no part, nor a figure with words of its own after the colon.
    [InlineData("The army moved 1,400 troops north on Friday: 300 more will follow next week.", 300, TroopKind.Deployment)]
    [InlineData("The army moved 1,400 troops north on Friday: officials said 300 soldiers reached the pass.", 300, TroopKind.Deployment)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}

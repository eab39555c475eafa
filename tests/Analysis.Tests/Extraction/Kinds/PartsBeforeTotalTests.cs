namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Parts told before their total: "1,840 soldiers and 410 police officers had flown home, 2,250 uniformed personnel in all"
/// (or "a total of 2,250"). The two figures right before a total closed by a word of totals, that add up to it, are its parts
/// (kind subset), as the parts after a total are. Not figures that do not add up to it ("2,000 on Monday and 1,000 on
/// Tuesday, 4,500 in all"), nor a total with no word of totals. The sentences are ours.
/// </summary>
public class PartsBeforeTotalTests
{
    private const string InAll = "The mission said 1,840 soldiers and 410 police officers had flown home, 2,250 uniformed personnel in all.";
    private const string ATotal = "The mission said 1,840 soldiers and 410 police officers had flown home, a total of 2,250.";

    [Theory]
    [InlineData(InAll, 1840, TroopKind.Subset)]
    [InlineData(InAll, 410, TroopKind.Subset)]
    [InlineData(InAll, 2250, TroopKind.Deployment)]
    [InlineData(ATotal, 1840, TroopKind.Subset)]
    [InlineData(ATotal, 410, TroopKind.Subset)]
    // Near misses: no sum, or no word of totals.
    [InlineData("The army sent 2,000 troops to the border on Monday and 1,000 troops on Tuesday, 4,500 in all.", 2000, TroopKind.Deployment)]
    [InlineData("The mission said 1,840 soldiers and 410 police officers had flown home; 2,250 more will follow.", 1840, TroopKind.Deployment)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}

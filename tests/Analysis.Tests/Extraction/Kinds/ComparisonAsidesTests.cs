namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A comparison between commas right after a figure ("as many as 18,000 reservists, up from 11,200 a year earlier, will be
/// called up") holds the level compared against, which is earlier, and the verb after the aside belongs to the figure before
/// it: called up (deployment), still to come (planned). A closed aside of any kind no longer ends the figure's clause. The
/// sentences are ours.
/// </summary>
public class ComparisonAsidesTests
{
    [Theory]
    [InlineData("As many as 18,000 reservists, up from 11,200 a year earlier, will be called up for the drills.", 18000, TroopKind.Deployment, EstimateStatus.Planned)]
    [InlineData("As many as 18,000 reservists, up from 11,200 a year earlier, will be called up for the drills.", 11200, TroopKind.Deployment, EstimateStatus.Earlier)]
    [InlineData("Around 9,500 reservists, compared with 7,000 in 2023, are to be mobilised in the spring.", 9500, TroopKind.Deployment, EstimateStatus.Planned)]
    [InlineData("Around 9,500 reservists, compared with 7,000 in 2023, are to be mobilised in the spring.", 7000, TroopKind.Deployment, EstimateStatus.Earlier)]
    [InlineData("Some 6,000 reservists, the ministry said, would be called up next month.", 6000, TroopKind.Deployment, EstimateStatus.Planned)]
    // Near misses: a reserve counted, with an aside of speech after it, stays the army's size; a comparison with no aside
    // leaves the figure before it as it was.
    [InlineData("The navy has 4,000 reservists, the ministry said.", 4000, TroopKind.ArmySize, EstimateStatus.Current)]
    [InlineData("The force now counts 5,200 soldiers, up from 3,900.", 5200, TroopKind.Deployment, EstimateStatus.Current)]
    public void The_verb_after_the_aside_is_the_figure_s(string text, double value, TroopKind kind, EstimateStatus status)
    {
        var count = Assert.Single(Counts(text), c => c.Value == value);
        Assert.Equal((kind, status), (count.Kind, count.Status));
    }
}

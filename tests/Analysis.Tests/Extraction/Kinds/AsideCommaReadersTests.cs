namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The two readers of an aside set off by commas after a figure (the clause verb past it tells kind and status; a comparison or
/// a part inside it is read on its own) share one scan for the closing comma. These rows pin what each reader does with it:
/// a comparison aside with a number inside it, a part aside before a casualty verb, a speech aside before a plan, and a dash
/// aside. They guard a change that keeps behaviour, so they passed before it too. The sentences are ours.
/// </summary>
public class AsideCommaReadersTests
{
    [Theory]
    [InlineData("About 18,000 reservists, up from 12,500 in the spring, would be called up next month.", 18000, TroopKind.Deployment, EstimateStatus.Planned)]
    [InlineData("About 18,000 reservists, up from 12,500 in the spring, would be called up next month.", 12500, TroopKind.Deployment, EstimateStatus.Earlier)]
    [InlineData("At least 14 peacekeepers, including three from the Malawian battalion, have been killed since March.", 14, TroopKind.Casualties, EstimateStatus.Current)]
    [InlineData("At least 14 peacekeepers, including three from the Malawian battalion, have been killed since March.", 3, TroopKind.Subset, EstimateStatus.Current)]
    [InlineData("About 9,000 troops, a senior officer said, will be sent to the north.", 9000, TroopKind.Deployment, EstimateStatus.Planned)]
    // Near miss: a dash aside is no comma aside; the figure after it is read on its own.
    [InlineData("Some 2,000 soldiers — up from 1,200 in May — are stationed near the border.", 1200, TroopKind.Deployment, EstimateStatus.Earlier)]
    public void The_aside_is_read_past_its_closing_comma(string text, double value, TroopKind kind, EstimateStatus status)
    {
        var count = Assert.Single(Counts(text), c => c.Value == value);
        Assert.Equal((kind, status), (count.Kind, count.Status));
    }
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two figures after a joint force's total that add up to it are its parts (kind subset) when they count one side's troops
/// ("about 7,000 troops ... 4,000 will go in March and 3,000 in May"), but when each names another country's troops ("4,000
/// Japanese sailors and 3,000 Indian sailors will take part") they are each nation's own contribution, a deployment of its
/// own. The sentences are ours.
/// </summary>
public class JointForceNationalSharesTests
{
    private const string Drill = "The two navies will put about 7,000 sailors to sea in the joint drill next month. Some 4,000 Japanese sailors and 3,000 Indian sailors will take part.";

    [Theory]
    [InlineData(Drill, 4000, TroopKind.Deployment)]
    [InlineData(Drill, 3000, TroopKind.Deployment)]
    [InlineData("Allied forces in the Gulf now number about 90,000 troops. About 70,000 American troops and 20,000 British troops are in the kingdom.", 70000, TroopKind.Deployment)]
    // Near miss: parts of one country's force that add up to its total stay parts.
    [InlineData("Canada will send about 7,000 troops to the region. Some 4,000 will go in March and 3,000 in May.", 4000, TroopKind.Subset)]
    [InlineData("Canada will send about 7,000 troops to the region. Some 4,000 will go in March and 3,000 in May.", 3000, TroopKind.Subset)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}

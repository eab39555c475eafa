namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "Nigeria contributed 200 personnel to the 7,000-strong joint force led by a Senegalese general": a strength figure set before
/// a joint, regional or allied force (multinational_force_heads) is the total of several states, not the contributor's the
/// sentence names, as reporting of ECOWAS's Gambia mission and Haiti's mission wrote it. The sentences are ours.
/// </summary>
public class JointAndRegionalForceHeadsTests
{
    [Theory]
    [InlineData("Ghana sent 150 soldiers to the 4,000-strong joint force commanded by a Nigerian general.", 4000, null)]
    [InlineData("Jamaica added 60 police to the 2,000-strong regional force under Kenyan command.", 2000, null)]
    // Near miss: the contributor's own part keeps its owner.
    [InlineData("Ghana sent 150 soldiers to the 4,000-strong joint force commanded by a Nigerian general.", 150, "Ghana")]
    public void A_joint_force_s_strength_has_no_single_owner(string text, double value, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}

namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Initials a text gives in brackets to a force of several states ("a multinational force (MNF)") stand for it later, so a total
/// the initials hold has no single owner; and a force of several right after a verb of leading ("Ghana, which leads the
/// UN-backed mission, has sent 400") is what the subject leads, so the figure after it is the leader's own. The sentences are ours.
/// </summary>
public class ForceInitialsAndLeadersTests
{
    [Theory]
    [InlineData("About 200 Ghanaian police landed in May to join a multinational force (MNF). The MNF, spearheaded by Ghana's contribution of 300 police officers, still has only 700 personnel.", 700, null)]
    [InlineData("About 200 Ghanaian soldiers arrived on Monday to prepare a new joint force (JSF) for the coast. The JSF will comprise over 3,000 soldiers and police.", 3000, null)]
    [InlineData("Ghana, which leads the UN-backed mission, has sent 400 police officers.", 400, "Ghana")]
    [InlineData("Ghana has led the UN-backed mission since May, sending 500 police officers.", 500, "Ghana")]
    // Near misses: the leader's share inside the aside, and initials no force of several was given, keep their owner.
    [InlineData("About 200 Ghanaian police landed in May to join a multinational force (MNF). The MNF, spearheaded by Ghana's contribution of 300 police officers, still has only 700 personnel.", 300, "Ghana")]
    [InlineData("About 200 Ghanaian soldiers arrived on Monday. The GAF will comprise over 3,000 soldiers and police.", 3000, "Ghana")]
    public void Initials_of_a_force_of_several_and_its_leader(string text, double value, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}

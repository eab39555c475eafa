namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A force or mission named after the Security Council in its sentence ("the Council approved enlarging an existing coastal
/// force") is one several states staff, so "the force" or "the mission" after it holds a total of no single owner, though a
/// national contingent was counted before. The sentences are ours.
/// </summary>
public class CouncilMandatedForceTests
{
    [Theory]
    [InlineData("About 300 Ghanaian police arrived on Monday, after the U.N. Security Council approved enlarging an existing coastal force. The force now counts 1,100 personnel.", 1100, null)]
    [InlineData("The Security Council voted to expand the anti-piracy mission. About 200 Ghanaian sailors joined it on Monday, bringing the mission to 900 personnel.", 900, null)]
    // Near miss: a force a demonym binds stays that state's.
    [InlineData("About 300 Ghanaian soldiers arrived on Monday. The Security Council praised the Ghanaian force. The force now counts 1,100 soldiers.", 1100, "Ghana")]
    public void A_council_mandated_force_s_total_has_no_single_owner(string text, double value, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}

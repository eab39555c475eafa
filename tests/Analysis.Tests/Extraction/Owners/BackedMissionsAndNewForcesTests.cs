namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A mission the UN backs but does not run ("a U.N.-backed mission", "the UN-backed security force": multinational_force_heads),
/// and that force named again by its stage ("the new force would field ...", "the current mission has about ...":
/// multinational_force_anaphors) hold totals of several states, with no single owner, though a national contingent was counted
/// just before. The sentences are ours.
/// </summary>
public class BackedMissionsAndNewForcesTests
{
    [Theory]
    [InlineData("Some 300 Ghanaian police officers arrived on Monday to join a UN-backed mission. The current mission has about 900 personnel in the country.", 900, null)]
    [InlineData("About 400 Ghanaian soldiers arrived as the council approved a larger multinational force. The new force would field some 4,000 police and soldiers.", 4000, null)]
    [InlineData("About 300 Ghanaian police officers arrived on Monday. The U.N.-backed security force now has about 900 personnel.", 900, null)]
    // Near misses: a national contingent inside the mission, and a country's own new force, keep their owner.
    [InlineData("A U.N.-backed mission began work in May. Ghana's contingent in the mission has about 900 personnel.", 900, "Ghana")]
    [InlineData("About 300 Ghanaian police officers arrived on Monday. The new force of the Ghanaian army has 4,000 soldiers.", 4000, "Ghana")]
    public void A_backed_mission_s_total_has_no_single_owner(string text, double value, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}

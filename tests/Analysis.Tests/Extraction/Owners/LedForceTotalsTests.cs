namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A force one state leads for several ("the Ghana-led mission", "the mission, led by Ghana": force_leader_participles), one the
/// UN mandates but does not run ("a UN-mandated mission"), and that force named again ("the mission") hold totals of several
/// states, with no single owner, though the leader's own contingent was counted just before. The sentences are ours.
/// </summary>
public class LedForceTotalsTests
{
    [Theory]
    [InlineData("About 300 Ghanaian police officers landed on Monday for the Ghana-led security mission. The mission was meant to number 2,000 officers and soldiers.", 2000, null)]
    [InlineData("Some 250 Ghanaian soldiers landed on Monday. Ghana will command the UN-mandated mission, which has a total of 1,800 personnel.", 1800, null)]
    [InlineData("Some 250 Ghanaian soldiers landed on Monday. The mission, led by Ghana, has a total of 1,800 personnel.", 1800, null)]
    [InlineData("Some 250 Ghanaian soldiers landed on Monday. The Ghana-led force now counts about 1,600 troops.", 1600, null)]
    // Near misses: a state's own force, and a state's share named in the led force, keep their owner.
    [InlineData("Some 250 Ghanaian soldiers landed on Monday. The force was meant to number 2,000 soldiers.", 2000, "Ghana")]
    [InlineData("The Ghana-led mission began work in May. Ghana's contingent in the mission has about 900 personnel.", 900, "Ghana")]
    [InlineData("Some 250 Ghanaian soldiers landed on Monday. The state-led mission will number 2,000 soldiers.", 2000, "Ghana")]
    public void A_led_force_s_total_has_no_single_owner(string text, double value, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}

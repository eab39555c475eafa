namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// After a count of one country's troops, a side's voice named by its demonym ("Georgian officials say", "Moldovan sources
/// reported") that gives a bare casualty number tells of those troops' dead, not of its own: the number leans on the count
/// before it, as after a possessive voice ("South Korea's military said 3,000 were killed"). With a troop noun of its own, or
/// with no count before, the side tells of its own dead. The sentences are ours.
/// </summary>
public class DemonymVoiceAfterTroopCountTests
{
    private const string Before = "Belarus sent roughly 9,000 soldiers to the front last spring. ";

    [Theory]
    [InlineData(Before + "Georgian officials say more than 2,500 have been killed.", 2500, "Belarus")]
    [InlineData(Before + "Moldovan sources reported that about 700 were killed in a week.", 700, "Belarus")]
    // Near misses: no count before; a troop noun of the figure's own.
    [InlineData("Georgian officials say 40 soldiers were killed in the attack.", 40, "Georgia")]
    public void Subject_of_the_dead(string passage, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(passage), c => c.Value == value).Subject);
}

namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troop nouns and modifiers that real copy uses and the lexicon lacked: South Asian and British armies count the ranks below
/// officer as "other ranks" and name "junior commissioned officers"; an army's flyers are "army aviators"; "remaining" may
/// stand between the number and its troop noun after a drawdown ("to withdraw 1,000 remaining troops"); and a level a force
/// will reach may be followed by "once" and the change that brings it ("will be under 2,000 once the handover ends").
/// The sentences are ours.
/// </summary>
public class RanksAndRemainingForcesTests
{
    [Theory]
    [InlineData("The second batch of the contingent flew out with 19 officers and 231 other ranks on board.", 231d)]
    [InlineData("Some 48 Other Ranks of the engineer company stayed behind in the camp.", 48d)]
    [InlineData("The detachment has five officers, eight junior commissioned officers and 60 men.", 8d)]
    [InlineData("Forty army aviators left for the mission on Monday with four helicopters.", 40d)]
    [InlineData("The defence ministry plans to pull out 1,500 remaining troops from the border region by spring.", 1500d)]
    [InlineData("The army said its 800 remaining soldiers in the north would leave by June.", 800d)]
    public void Ranks_and_remaining_troops_are_counted(string text, double value) =>
        Assert.Contains(Counts(text), c => c.Value == value);

    [Theory]
    [InlineData("The total number of British troops in the region will be under 2,000 once the handover to local forces ends.", 2000d)]
    [InlineData("The number of soldiers at the base will drop to about 1,200 once the rotation is complete, the ministry said.", 1200d)]
    public void A_level_reached_once_a_change_ends_is_counted(string text, double value) =>
        Assert.Contains(Counts(text), c => c.Value == value);

    // Near misses: "remaining" and "once" before things that are not troops, and plain aviators, count nothing.
    [Theory]
    [InlineData("The airline said 300 aviators had signed the petition for better pay.")]
    [InlineData("The club sold its 1,500 remaining tickets in an hour.")]
    [InlineData("The town had 2,000 residents once, before the mine closed.")]
    public void Other_remaining_things_count_no_troops(string text) => Assert.Empty(Counts(text));
}

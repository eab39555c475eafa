namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The dead of a war told as those who did not come back, a sentence after the troops sent, with no troop noun of their own:
/// "America sent two million soldiers. Fifty-eight thousand never came home", as anniversary and memorial reporting writes
/// them (not_home_verbs). Others who did not come home (pupils, ships, protesters) are no troops.
/// </summary>
public class DeadWhoDidNotComeHomeTests
{
    [Theory]
    [InlineData("Britain sent 45,000 soldiers to the war. 1,200 never came home.", 1_200d)]
    [InlineData("Canada sent 26,000 troops to Korea. Some 516 did not come home.", 516d)]
    [InlineData("New Zealand sent 3,500 soldiers to Vietnam. Thirty-seven never returned home.", 37d)]
    [InlineData("About 9,000 Dutch troops served in Uruzgan. Twenty-five did not return home.", 25d)]
    public void Counts_the_dead_after_the_troops_sent(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == TroopKind.Casualties);

    // The dead as speeches and memorials name them, in a relative clause after a count with no noun (relative_troop_verbs).
    [Theory]
    [InlineData("More than 1.5 million Americans had served in Iraq. Of the nearly 4,500 who gave their lives, 202 were from Fort Bragg.", 4_500d)]
    [InlineData("Canada sent 40,000 troops to Afghanistan. Ottawa honoured the 158 who laid down their lives.", 158d)]
    [InlineData("Australia sent 60,000 men to Vietnam. A memorial lists the 521 who made the ultimate sacrifice.", 521d)]
    public void Counts_those_who_gave_their_lives(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("The firm employed 3,000 people. The 12 who gave their lives in the fire are remembered.")]
    [InlineData("Some 300 firefighters fought the blaze. Of the 343 who gave their lives, most were firefighters.")]
    public void Does_not_count_others_who_gave_their_lives(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value is 12 or 343);

    [Theory]
    [InlineData("Britain sent 45,000 soldiers to the war. Of the 3,000 tourists who visited, 1,200 never came home.")]
    [InlineData("Britain sent 45,000 soldiers to the war. The town sent 300 pupils on the trip; 120 never came home.")]
    [InlineData("Britain sent 45,000 soldiers to the war. Of the 400 ships that sailed, 120 never came home.")]
    [InlineData("Police detained 150 protesters. Another 140 never came home.")]
    public void Does_not_count_others_who_did_not_come_home(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value is 1_200 or 120 or 140);
}

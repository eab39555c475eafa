namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A figure with no troop noun of its own that points back at the troops of the sentence before: what a pronoun is, with
/// "people" after the number ("It should be about 5,000 people", "we are talking about 8,000 people"), and an existential whose
/// number closes its clause ("Officials believe there are around 8,000.") or a verb troops take follows ("there are still as
/// many as 8,000 fighting on the front lines"), and a pronoun's total ("They total around 8,000"), as translated and broadcast copy of the North
/// Korean deployment puts it. An existential that goes on to a place ("there are now 2,000 in shelters") and people who are
/// the dead stay out. The sentences are ours.
/// </summary>
public class PronounPeopleAndClosingExistentialsTests
{
    [Theory]
    [InlineData("Pyongyang has moved soldiers into Russia's Kursk region. It may be about 6,000 people, an official in Kyiv said.", 6000)]
    [InlineData("North Korean troops have reached the front. We are talking about 7,000 people, the intelligence chief said.", 7000)]
    [InlineData("North Korean troops have reached the front. Western officials think there are roughly 9,000.", 9000)]
    // "They total around 8,000": a pronoun's total, as "they number" already was.
    [InlineData("North Korean troops have reached the front. They total around 8,500, Kyiv says.", 8500)]
    // An existential whose number a verb troops take follows ("there are still as many as 8,000 fighting").
    [InlineData("North Korean troops have reached the front. He said there are still as many as 7,500 fighting near Kursk.", 7500)]
    [InlineData("North Korean troops have reached the front. There were about 2,200 deployed along the river by March.", 2200)]
    public void The_troops_before_are_counted(string text, double value) =>
        Assert.Contains(Counts(text), c => c.Value == value && c.Subject == "North Korea");

    [Theory]
    // Near misses: an existential that goes on to a place, and people who are the dead.
    [InlineData("North Korean troops have reached the front. There are now 2,500 in shelters in the town.", 2500)]
    [InlineData("North Korean troops have reached the front. It is about 4,000 people killed in the shelling.", 4000)]
    // An existential whose number no troop verb follows, and one in a passage not about troops.
    [InlineData("North Korean troops have reached the front. There are 2,500 living in tents near the town.", 2500)]
    [InlineData("Floods hit the valley. There are still 2,500 fighting the water near the town.", 2500)]
    public void Other_people_are_not(string text, double value) =>
        Assert.DoesNotContain(Counts(text), c => c.Value == value);
}

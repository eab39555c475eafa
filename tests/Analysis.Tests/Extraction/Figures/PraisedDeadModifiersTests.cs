namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The praise army statements, and the copy quoting them, give troops between the number and the troop noun ("seven
/// gallant soldiers paid the supreme sacrifice", "the death of 13 of our valiant soldiers", "nine brave soldiers were
/// killed"): a modifier of the noun (noun_modifiers), not a word that breaks the figure. Brave people who are no troops
/// stay uncounted.
/// </summary>
public class PraisedDeadModifiersTests
{
    [Theory]
    [InlineData("Seven gallant MNJTF soldiers paid the supreme sacrifice.", 7d)]
    [InlineData("On our side, we deplore the death of 13 of our valiant soldiers.", 13d)]
    [InlineData("Nine brave soldiers were killed in the ambush.", 9d)]
    [InlineData("The army honoured 15 heroic soldiers killed in Borno.", 15d)]
    [InlineData("Twenty courageous officers and men died in the battle.", 20d)]
    public void Counts_troops_a_word_of_praise_names(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("Nine brave firefighters died in the blaze.")]
    [InlineData("The army rescued 40 brave villagers.")]
    [InlineData("The general praised 300 gallant efforts by the troops.")]
    [InlineData("Twenty brave residents helped soldiers clear the road.")]
    public void Does_not_count_brave_people_who_are_no_troops(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value is 9 or 40 or 300 or 20);
}

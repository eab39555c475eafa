namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Between a number and its troop noun, a word of where the troops stand in a drawdown or a rotation ("remaining",
/// "departing", "incoming", "activated") is a modifier as "additional" is, and a partitive ("of the") and a Guard's name
/// ("National Guard", "Army National Guard") each count as one, so a state's Guard of two words fits within the five
/// modifiers the noun may stand behind. The sentences are ours.
/// </summary>
public class DrawdownModifiersAndGuardNamesTests
{
    [Theory]
    [InlineData("The ministry will bring its 1,400 remaining soldiers home from the island by June.", 1400)]
    [InlineData("That still leaves about 60 remaining Vermont National Guard members on duty at the depot.", 60)]
    [InlineData("The general thanked the 350 departing peacekeepers at a ceremony in the capital.", 350)]
    [InlineData("Some 900 incoming marines will relieve the battalion next month.", 900)]
    [InlineData("The governor said 120 of the federalized Nevada National Guard troops would go home on Friday.", 120)]
    [InlineData("About 75 of the activated New Mexico National Guard soldiers will stay at the airfield.", 75)]
    [InlineData("The state kept 140 of the North Dakota Army National Guard members in the flooded towns.", 140)]
    // Near misses: a number before a word of the same class that counts no troops, and troops already found, stay as they were.
    [InlineData("The ministry counted 40 remaining days before the vote.", -1)]
    [InlineData("The governor said 120 Nevada National Guard troops would go home on Friday.", 120)]
    public void Troops_behind_drawdown_words_and_guard_names_are_counted(string text, double value)
    {
        var counts = Counts(text);
        if (value < 0) Assert.Empty(counts);
        else Assert.Single(counts, c => c.Value == value);
    }
}

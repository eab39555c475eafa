namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A movement's or a force's name may hold a common noun's possessive ("New People's Army", "Lord's Resistance Army"): the
/// name runs on past the apostrophe, not cut into a junk source of the words before it or after it. An owner's possessive
/// ("Ghana's Armed Forces") still ends the name. The sentences are ours.
/// </summary>
public class CommonNounPossessiveNamesTests
{
    [Theory]
    [InlineData("The New People's Army said 200 of its fighters had left the mountains.", "New People's Army")]
    [InlineData("The Lord's Resistance Army said 150 fighters had crossed the river.", "Lord's Resistance Army")]
    [InlineData("The Mountain Peasants' Front said 300 fighters had joined the march.", "Mountain Peasants' Front")]
    public void The_name_runs_past_the_possessive(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("The New People's Army said 200 of its fighters had left the mountains.", "New People")]
    [InlineData("The Lord's Resistance Army said 150 fighters had crossed the river.", "Resistance Army")]
    // Near miss: a country's possessive is the owner, no part of a name.
    [InlineData("Ghana's Armed Forces said 300 troops had reached the border.", "Ghana's Armed Forces")]
    public void No_part_of_the_name_is_a_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}

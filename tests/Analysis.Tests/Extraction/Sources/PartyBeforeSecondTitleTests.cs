namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two titled people joined by "and", the second's party before its title ("Rep. Tom Avery and Justice Party Rep. Yoon
/// Ha-na said"): the party and the title are no third person's name; both people are sources. Names after one title
/// ("Reps. A and B") stay two people. The sentences are ours.
/// </summary>
public class PartyBeforeSecondTitleTests
{
    [Theory]
    [InlineData("Rep. Tom Avery and Justice Party Rep. Lisa Grant said 500 soldiers had been moved.", "Justice Party Rep")]
    [InlineData("Green Party Sen. Anna Holm and Labour Party Sen. Erik Dahl said 500 soldiers had been moved.", "Labour Party Sen")]
    public void The_party_is_no_person(string text, string junk) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == junk);

    [Theory]
    [InlineData("Rep. Tom Avery and Justice Party Rep. Lisa Grant said 500 soldiers had been moved.", "Tom Avery", "Lisa Grant")]
    // Near miss: two names after one title.
    [InlineData("Reps. Tom Avery and Lisa Grant said 500 soldiers had been moved.", "Tom Avery", "Lisa Grant")]
    public void Both_people_are_sources(string text, string first, string second)
    {
        var sources = Mentions(text).Select(m => m.Source).ToList();
        Assert.Contains(first, sources);
        Assert.Contains(second, sources);
    }
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A run of capitalised words that is only a country's demonym of two words ("The South Korean agency said", "a report of one
/// North Korean soldier being captured was confirmed by …") is no person's name: before, "South Korean" was cited as an
/// official of no country. The description after the demonym speaks for that country's body named before, if any. The
/// sentences are ours.
/// </summary>
public class DemonymRunsTests
{
    [Theory]
    [InlineData("The South African agency said 1,500 soldiers had gone.")]
    [InlineData("It comes after a report of one North Korean soldier being captured and dying hours later was confirmed by Latvian intelligence on Friday.")]
    public void A_demonym_is_no_person(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source is "South African" or "North Korean");

    // Near miss: a person's two-word name is still a person.
    [Fact]
    public void A_name_is_still_a_person() =>
        Assert.Contains(Mentions("Anna Lindqvist said 1,500 soldiers had gone."), m => m.Source == "Anna Lindqvist");
}

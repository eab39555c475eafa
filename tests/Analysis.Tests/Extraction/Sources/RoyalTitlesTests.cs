namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A royal title before a prince's name is no part of it, as "crown prince" and "sheikh" are not: "Prince Ali Hassan claims"
/// cites Ali Hassan, and "Prince Hassan said" after him is the same person, one source.
/// </summary>
public class RoyalTitlesTests
{
    [Theory]
    [InlineData("Prince Ali Hassan, the resistance leader, claims that more than 30,000 soldiers are hidden in the militias.", "Ali Hassan")]
    [InlineData("About 4,000 troops will cross the border next week, Princess Amira Haddad told reporters.", "Amira Haddad")]
    [InlineData("Prince Ali Hassan met reporters on Monday.\n\nAbout 30,000 foreign soldiers are still in the country, Prince Hassan said.", "Ali Hassan")]
    public void The_person_without_the_title(string passage, string source) =>
        Assert.Contains(Mentions(passage), m => m.Source == source);

    [Theory]
    [InlineData("Prince Ali Hassan, the resistance leader, claims that more than 30,000 soldiers are hidden in the militias.", "Prince Ali Hassan")]
    [InlineData("Prince Ali Hassan met reporters on Monday.\n\nAbout 30,000 foreign soldiers are still in the country, Prince Hassan said.", "Hassan")]
    // A base named for a prince is no person.
    [InlineData("About 2,000 troops will stay at Prince Sultan Air Base, the Pentagon said.", "Sultan Air Base")]
    public void Not_the_source(string passage, string source) =>
        Assert.DoesNotContain(Mentions(passage), m => m.Source == source);
}

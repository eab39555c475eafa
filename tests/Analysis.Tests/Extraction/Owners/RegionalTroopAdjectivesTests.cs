namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: a region's adjective between the number and its troop noun ("West African", "Gulf Arab", "Nordic") names
/// troops of several states, so of no single owner, whatever country the sentence names; a country's own demonym that holds
/// such a word ("South African", "Central African") still owns them.
/// </summary>
public class RegionalTroopAdjectivesTests
{
    [Theory]
    [InlineData("Untitled\n\nSome 3,000 West African soldiers are due in Bamako by March, Chad's foreign minister said.", null)]
    [InlineData("Untitled\n\nA missile strike in Marib killed 45 Gulf Arab soldiers, Yemen's government said.", null)]
    [InlineData("Untitled\n\nNorway hosted the drills, in which about 4,000 Nordic troops took part.", null)]
    // A demonym that holds a region's word is a country's.
    [InlineData("Untitled\n\nAbout 1,300 South African soldiers are based in the east of Congo.", "South Africa")]
    [InlineData("Untitled\n\nSome 800 Central African troops guard the border town.", "Central African Republic")]
    public void A_regional_adjective_names_troops_of_several_states(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two readings of who speaks in stories on a panel's count of foreign troops: a statement noun's "of" before a force's
/// personnel ("the estimate of Ugandan troops") names what was counted, not a voice; and once a body named after its members
/// ("a UN panel of experts") is in the story, the bare plural ("the experts said") is that body again, no unnamed group.
/// </summary>
public class CountedTroopsAndPanelMembersTests
{
    [Theory]
    [InlineData("The monitors called the estimate of Ugandan troops too low and said more had crossed.", "Ugandan troops")]
    [InlineData("Reports of Burundian soldiers' presence were dismissed by the army, which said 500 were on its side of the border.", "Burundian soldiers")]
    // A bare plural after the body named after its members.
    [InlineData("A UN panel of experts said 2,000 Ugandan troops were in the area.\n\nThe experts called the figure conservative and said more were arriving.", "experts")]
    public void Not_cited_as_a_voice_of_its_own(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: a body after a statement noun's "of" speaks; experts in a story naming no panel stay a group.
    [InlineData("According to the estimate of the Pentagon, 3,000 troops are there.", "Pentagon")]
    [InlineData("Experts said 2,000 troops were there.", "experts")]
    public void Still_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Fact]
    public void The_bare_plural_is_the_panel_again()
    {
        var mentions = Mentions("A UN panel of experts said 2,000 Ugandan troops were in the area.\n\nThe experts called the figure conservative and said more were arriving.");
        Assert.Equal(2, mentions.Count(m => m.Source == "UN panel of experts"));
    }
}

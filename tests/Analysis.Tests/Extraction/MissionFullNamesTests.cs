namespace Analysis.Tests.Extraction;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A UN mission named by its full name or as copy describes it ("the United Nations peacekeeping mission in Mali", "the UN
/// peacekeeping force in Lebanon") is the mission, not the United Nations; a bare "the mission said" after it is the mission
/// too. Sentences of our own.
/// </summary>
public class MissionFullNamesTests
{
    [Theory]
    [InlineData("The United Nations peacekeeping mission in Mali said a convoy was attacked near Kidal. Eight soldiers were hurt, the mission said.", "MINUSMA")]
    [InlineData("The UN peacekeeping force in Lebanon said 10,000 troops remain in the south.", "UNIFIL")]
    [InlineData("The United Nations Mission in South Sudan said 1,200 more troops had arrived.", "UNMISS")]
    public void A_described_mission_is_the_mission(string text, string source)
    {
        var mentions = Mentions(text);
        Assert.Contains(mentions, m => m.Source == source);
        Assert.DoesNotContain(mentions, m => m.Source == "United Nations");
    }

    [Theory]
    // The UN itself, with no mission named: the United Nations.
    [InlineData("The United Nations said 10,000 troops remain in Mali.")]
    public void The_UN_named_alone_stays_the_UN(string text) =>
        Assert.Contains(Mentions(text), m => m.Source == "United Nations");
}

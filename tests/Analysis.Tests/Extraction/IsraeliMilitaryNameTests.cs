namespace Analysis.Tests.Extraction;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Israel's forces are one military with no army of their own name: "the Israeli army said" and "the army"
/// in a story on Israel are the Israeli military. Another country's army keeps its name. Sentences of our own.
/// </summary>
public class IsraeliMilitaryNameTests
{
    [Theory]
    [InlineData("Some 8,800 of them are ground troops, the Israeli army said.", "Israeli military")]
    [InlineData("The Israeli military said 3,000 troops were sent north.", "Israeli military")]
    [InlineData("According to the FDI, 3,000 soldiers were sent north.", "Israeli military")]
    [InlineData("Tsahal said 3,000 soldiers were sent north.", "Israeli military")]
    // Near miss: another country's army is its Army.
    [InlineData("Some 8,800 of them are ground troops, the Lebanese army said.", "Lebanese Army")]
    public void The_army_is_named_as_the_convention_names_it(string text, string source)
    {
        var mentions = Mentions(text);
        Assert.Contains(mentions, m => m.Source == source);
        Assert.DoesNotContain(mentions, m => m.Source == "Israeli Army");
    }
}

namespace Analysis.Tests.Extraction;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A demonym after an indefinite article names one thing's maker ("an Israeli drone", "a Russian missile"), not the owner of a
/// body its sentence names without a country: "the army said" there is the army the document named. Before a troop word ("a
/// Malian soldier") the demonym still gives the army its country. Sentences of our own.
/// </summary>
public class OneThingDemonymsTests
{
    [Theory]
    [InlineData("The Lebanese army commander visited the south on Saturday. Two soldiers died while dismantling an Israeli drone, the army said.", "Lebanese Army")]
    [InlineData("Syria's army chief toured the front. Three soldiers were killed when a Turkish shell hit their post, the military said.", "Syrian military")]
    public void A_things_maker_does_not_own_the_army(string text, string source)
    {
        var mentions = Mentions(text);
        Assert.Contains(mentions, m => m.Source == source);
        Assert.DoesNotContain(mentions, m => m.Source is "Israeli military" or "Israeli Army" or "Turkish military");
    }

    [Theory]
    // Near miss: a troop word after the demonym, and no army named before: the soldier's country's army.
    [InlineData("A Malian soldier and 20 others died in the ambush, the army said.", "Malian Army")]
    public void A_soldiers_country_owns_the_army(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A bare "the army said", "the military said", "the defence ministry said" in a sentence that names one country, as the place
/// where its soldiers are killed or fight ("killed in an ambush in southern Pakistan"), is that country's body: nothing else in
/// the words owns it. Near misses: troops that only go or train there (as likely a visitor's army), men killed "fighting in" a
/// country (who went there from another), and a foreign force the sentence names (its own army speaks). The sentences are ours.
/// </summary>
public class BareBodiesOfAPlaceTests
{
    [Theory]
    [InlineData("Four soldiers were killed in an ambush in southern Pakistan, the army said.", 4, "Pakistani Army")]
    [InlineData("Gunmen attacked a checkpoint in Mali overnight, killing six soldiers, the military said in a statement.", 6, "Malian military")]
    [InlineData("Eleven soldiers died when insurgents stormed a base in northeastern Nigeria, the defence ministry said.", 11, "Nigerian Defense Ministry")]
    // Near misses: no owner, or the foreign force's own, as before.
    [InlineData("About 900 troops will train in Estonia, the army said.", 900, null)]
    [InlineData("At least 16 volunteers have been killed fighting in Ukraine, the defence ministry said.", 16, null)]
    [InlineData("Two US soldiers were killed in an ambush in Niger, the army said.", 2, "U.S. Army")]
    public void A_bare_body_is_that_of_the_place_where_its_soldiers_fight(string text, double value, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}

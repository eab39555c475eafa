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
    // A possessive after a place word names a part of the country ("in Pakistan's North Waziristan district").
    [InlineData("Seven soldiers were killed in an attack in Pakistan's North Waziristan district, the army said.", 7, "Pakistani Army")]
    [InlineData("Twelve soldiers died in clashes in Nigeria's northeast, the army said.", 12, "Nigerian Army")]
    // A state on a frontier's far side is a place, neither the owner nor a second country beside the place of the fighting.
    [InlineData("Nine soldiers died in an ambush in eastern Chad near the border with Sudan and Libya, the defence ministry said.", 9, "Chadian Defense Ministry")]
    [InlineData("Rebels killed five soldiers near the Iran border, the army said.", 5, null)]
    // Near misses: no owner, or the foreign force's own, as before.
    [InlineData("Rebels killed five soldiers, the Iran Border Guard said.", 5, "Iran Border Guard")]
    [InlineData("About 900 troops will train in Estonia, the army said.", 900, null)]
    [InlineData("At least 16 volunteers have been killed fighting in Ukraine, the defence ministry said.", 16, null)]
    [InlineData("Seven officers were killed in Mali's armed forces last year, the ministry said.", 7, null)]
    [InlineData("Two US soldiers were killed in an ambush in Niger, the army said.", 2, "U.S. Army")]
    public void A_bare_body_is_that_of_the_place_where_its_soldiers_fight(string text, double value, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    // A headline or a sentence before that names the place where the soldiers fight: "the army said" in a sentence that names
    // no country is that place's. Near misses: a headline naming the troops' own country as an owner ("French soldiers"), one
    // where troops only arrive, and an owner named in between ("American soldiers").
    [Theory]
    [InlineData("Soldiers killed in attack on base in Chad\nInsurgents stormed the base before dawn on Sunday.\nThe army said 14 soldiers had died and 20 were wounded.", 14, "Chadian Army")]
    [InlineData("Headline\nGunmen ambushed a patrol in northern Burkina Faso on Monday, killing several soldiers.\nThe army later said 7 of its men had died.", 7, "Burkinabe Army")]
    [InlineData("French soldiers killed in attack in Mali\nThe army said three soldiers had died.", 3, null)]
    [InlineData("Troops arrive in Estonia for exercise\nThe army said 900 soldiers would take part.", 900, null)]
    [InlineData("Soldiers killed in ambush in Niger\nTwo American soldiers were among those killed.\nThe army said 5 soldiers had died.", 5, null)]
    public void A_bare_body_is_that_of_the_place_the_document_names_for_the_fighting(string document, double value, string? origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);

    // "the army said" after a body's unnamed officials ("security officials said") is the army's own statement, not the officials
    // named again: the body the dateline gives. Near miss: after the body itself, it is that body.
    [Theory]
    [InlineData("Headline\nKARACHI, Pakistan (AP) — Gunmen attacked a post overnight, killing three soldiers, security officials said.\nAnother 6 soldiers were wounded, the army said.", 6, "Pakistani Army")]
    [InlineData("Headline\nWASHINGTON (AP) — About 3,000 troops are in the region, U.S. military officials said.\nAnother 600 will arrive next week, the military said.", 600, "U.S. military")]
    [InlineData("Headline\nKARACHI, Pakistan (AP) — The Pakistani military said 3 soldiers died.\nAnother 6 soldiers were wounded, the military said.", 6, "Pakistani military")]
    public void A_bare_body_after_unnamed_officials_is_the_body_itself(string document, double value, string? origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);
}

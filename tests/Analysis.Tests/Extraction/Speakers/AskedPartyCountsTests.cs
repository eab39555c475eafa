namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A bare "asked" that names the party asked and what it is to send ("the United States asked NATO to send 1,000 more
/// troops", "Mogadishu asks Nairobi to deploy another 2,000 soldiers") is the asker's count, as "asked for 1,000" is. A bare
/// "asked" of anything else (a question, a pronoun asked to add troops inside another's words) speaks for no figure. The
/// sentences are ours, in real shapes.
/// </summary>
public class AskedPartyCountsTests
{
    [Theory]
    // A named party, "to", a sending verb (a particle may follow), then the count after a hedge or "more", "extra".
    [InlineData("Afghanistan\n\nThe United States asked NATO this week to send in an additional 1,000 troops.", 1000, "United States")]
    [InlineData("Afghanistan\n\nThe United States asks NATO allies to contribute around 1,000 extra troops.", 1000, "United States")]
    [InlineData("Border\n\nPoland asked the United States to station 5,000 more soldiers on its soil.", 5000, "Poland")]
    [InlineData("Somalia\n\nThe African Union asked Uganda to deploy 2,000 additional soldiers to Mogadishu.", 2000, "African Union")]
    public void A_party_asked_to_send_a_count_gives_the_askers_count(string document, double value, string origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));

    [Theory]
    // A question asked, a pronoun asked inside another's words, an asked party with no sending verb.
    [InlineData("Border\n\nThe minister asked about the 300 troops in the region.", 300, null)]
    [InlineData("Border\n\nDefence Minister Jan Novak says President Adama Keita has asked him to add 500 troops.", 500, "Jan Novak")]
    [InlineData("Border\n\nThe mayor asked the governor to explain why 150 Guard troops were sent.", 150, null)]
    public void An_asked_question_or_a_relayed_ask_gives_no_askers_count(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));

    [Theory]
    // A formal request speaks whatever it asks; "who asked not to be named" is the anonymity formula, and the verb after it speaks.
    [InlineData("Border\n\nPresident Adama Keita formally asked Uganda to withdraw its 2,000 soldiers by June.", 2000, "Adama Keita")]
    [InlineData("Border\n\nA Kenyan military source who asked not to be named told Reuters that 2,000 troops had moved to the border.", 2000, "Kenyan military sources")]
    public void A_formal_ask_and_the_anonymity_formula_keep_their_readings(string document, double value, string origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));
}

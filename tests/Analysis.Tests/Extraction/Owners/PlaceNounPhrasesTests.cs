namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country at the end of a noun phrase of place is a place, read by the preposition before the whole phrase: a capital in
/// apposition to "capital" ("in the Haitian capital Port-au-Prince", "reached the Malian capital, Bamako,"), a country after
/// a head noun ("to the Gulf state Qatar", "to the Baltic nation of Lithuania") or after a hyphened adjective ("in war-torn
/// South Sudan"). Copy names where troops land this way; the place must not own them. The same phrase as the subject of
/// its sentence still sends troops. The sentences are ours.
/// </summary>
public class PlaceNounPhrasesTests
{
    [Theory]
    [InlineData("Roughly 350 police officers flew into the Haitian capital Port-au-Prince overnight.")]
    [InlineData("The first 180 soldiers reached the Malian capital, Bamako, late on Sunday.")]
    [InlineData("Roughly 450 soldiers were flown to the Gulf state Qatar.")]
    [InlineData("About 900 peacekeepers remain in war-torn South Sudan.")]
    [InlineData("A contingent of 230 medics is working in gang-ravaged Haiti.")]
    public void A_place_noun_phrase_owns_no_troops(string text) =>
        Assert.Null(Assert.Single(Counts(text)).Subject);

    [Theory]
    // Near misses: the phrase of place opens the sentence and acts; the sender stays the owner.
    [InlineData("The Gulf state Qatar has sent 300 troops to Lebanon.", "Qatar")]
    [InlineData("Nuclear-armed North Korea has sent 10,000 troops to Russia.", "North Korea")]
    [InlineData("Kenya flew 400 officers to the Haitian capital Port-au-Prince.", "Kenya")]
    [InlineData("In the country, Russia keeps 300 troops.", "Russia")]
    public void The_sender_still_owns_them(string text, string owner) =>
        Assert.Equal(owner, Assert.Single(Counts(text)).Subject);

    [Fact]
    public void A_capital_after_capital_is_no_voice() =>
        Assert.DoesNotContain(Mentions("Officials in the Somali capital Mogadishu said 300 troops were deployed."), m => m.Source == "Somalia");
}

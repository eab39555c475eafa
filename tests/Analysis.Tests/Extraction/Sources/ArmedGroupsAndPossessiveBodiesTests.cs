namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Bodies as voices in a voice role: armed groups that speak by their own name, a body after a country's possessive that a
/// cue before the possessive cites (the body speaks, not the country), a possessive written with a bare apostrophe after an
/// s, a country after "with" or "against" that is the other side (not the owner of a body named without one), and a mission,
/// council or coalition named by its kind that stands for the one named before. Each both ways.
/// </summary>
public class ArmedGroupsAndPossessiveBodiesTests
{
    [Theory]
    // An armed group speaking by its own name.
    [InlineData("Hezbollah said 12 soldiers were killed in the ambush near the border.", "Hezbollah")]
    [InlineData("The Houthis claimed that 20 coalition soldiers were killed on the frontier.", "Houthis")]
    [InlineData("According to al-Shabaab, about 40 soldiers died in the attack on the base.", "al-Shabaab")]
    [InlineData("M23 said 150 government soldiers had surrendered near the lake.", "M23")]
    // A known group named before its fighters' noun speaks by its own name.
    [InlineData("Hezbollah fighters said they had killed 12 soldiers near the border.", "Hezbollah")]
    [InlineData("M23 rebels said on Thursday they had captured 1,200 soldiers.", "M23")]
    [InlineData("The JNIM group claimed that it had killed more than 50 soldiers.", "JNIM")]
    [InlineData("The Saudi-led coalition said 300 fighters were killed in the offensive.", "Saudi-led coalition")]
    // A cue before a country's possessive cites the body after it.
    [InlineData("According to Sudan's Rapid Support Forces, about 300 soldiers were killed near the city.", "Rapid Support Forces")]
    [InlineData("According to Seoul's Joint Chiefs of Staff, about 300 soldiers were sent across the river.", "Joint Chiefs of Staff")]
    // A name ending in s takes a bare apostrophe as its possessive.
    [InlineData("Belarus' defence ministry said 1,200 soldiers were moved to the border.", "Belarusian Defense Ministry")]
    [InlineData("According to Belarus' General Staff, about 1,200 soldiers were moved to the border.", "Belarusian General Staff")]
    [InlineData("The Philippines' military said 500 soldiers joined the drills.", "Philippine military")]
    // A capital that speaks (one no other place shares: countries.json leaves shared names such as Georgetown out).
    [InlineData("Malé said 88 foreign military personnel would leave by May.", "Maldives")]
    public void Is_the_voice(string text, string voice) =>
        Assert.Contains(Counts(text), c => c.AttributedTo == voice);

    [Theory]
    // A group counted, not speaking, is no voice.
    [InlineData("Israeli strikes killed 50 Hezbollah fighters, the Lebanese army said.", "Hezbollah")]
    [InlineData("Pakistan's military said 23 soldiers were killed in clashes with the Taliban.", "Taliban")]
    // The country in the possessive is not cited beside its body.
    [InlineData("According to Sudan's Rapid Support Forces, about 300 soldiers were killed near the city.", "Sudan")]
    [InlineData("According to Belarus' General Staff, about 1,200 soldiers were moved to the border.", "Belarus")]
    // The other side is not the owner of a body named without its country.
    [InlineData("ISLAMABAD: The military said on Tuesday that 11 soldiers died during hostilities with India.", "Indian military")]
    [InlineData("BAKU: Fifty soldiers were killed in clashes with Armenia, the defence ministry said.", "Armenian Defense Ministry")]
    // A university named after a capital is no country.
    [InlineData("Georgetown University researchers said 300 soldiers were sent to the border region.", "Guyana")]
    [InlineData("A Georgetown University analyst said about 5,000 troops would be needed to hold the city.", "Guyana")]
    public void Is_not_the_voice(string text, string voice) =>
        Assert.DoesNotContain(Counts(text), c => c.AttributedTo == voice);

    [Theory]
    // A capital's name that other places share (a university, a town) owns no troops: only a capital no other place shares
    // stands for its country.
    [InlineData("A Georgetown University analyst said about 5,000 troops would be needed to hold the city.", 5000, null)]
    [InlineData("Guyana said it would send 100 soldiers to the border region.", 100, "Guyana")]
    public void A_shared_capital_name_owns_no_troops(string text, double value, string? subject) =>
        Assert.Equal(subject, Of("Untitled\n\n" + text, value).Subject);

    [Fact]
    public void A_country_s_own_estimate_is_its_voice() =>
        Assert.Contains(Counts("According to Russia's estimate, 300 soldiers were killed near the river."), c => c.AttributedTo == "Russia");

    [Fact]
    public void The_dateline_country_owns_a_bare_body_when_the_sentence_names_only_the_other_side() =>
        Assert.Contains(Counts("ISLAMABAD: The military said on Tuesday that 11 soldiers died during hostilities with India."),
            c => c.AttributedTo == "Pakistani military");

    [Theory]
    // A mission or a council named before, cited or not, is what "the mission" and "the council" stand for.
    [InlineData("Peacekeepers stay\n\nUNIFIL has been in the south since 1978. Some 8,800 of its troops are ground forces, the mission said.", 8800, "UNIFIL")]
    [InlineData("Council votes\n\nThe UN Security Council met on Tuesday. About 2,000 soldiers will join the force by March, the council said.", 2000, "UN Security Council")]
    public void A_kind_noun_stands_for_the_body_named_before(string document, double value, string voice) =>
        Assert.Equal(voice, Of(document, value).AttributedTo);

    [Theory]
    // With no mission or council named before, the kind noun is no one: no country's body is guessed for it.
    [InlineData("Peacekeepers stay\n\nFighting went on near the river. Some 8,800 troops are deployed in the south, the mission said.", 8800)]
    [InlineData("Kenya sends police\n\nKenya's parliament met on Tuesday. Some 1,000 police officers will deploy, the council said.", 1000)]
    public void A_kind_noun_with_nothing_named_before_is_no_one(string document, double value) =>
        Assert.Null(Of(document, value).AttributedTo);
}

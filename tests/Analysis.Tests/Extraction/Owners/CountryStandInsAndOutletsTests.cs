namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: a phrase that stands for a country named before ("the country", "the island's", "his country")
/// is read as that country, found among the actors before it (not a demonym on another noun, not a country after a
/// preposition); an outlet is never the one who sends, moves or loses troops; capitalized "Marines" alone are U.S. Marines
/// (AP style), another nation's carry their country or their service's name.
/// </summary>
public class CountryStandInsAndOutletsTests
{
    [Theory]
    // The anaphor takes the actor named before it, not the country after a preposition or a demonym on an outlet.
    [InlineData("Untitled\n\nNorway will lengthen military service next year, its prime minister said, citing the threat from Russia. The country's armed forces currently have about 25,000 troops.", "Norway")]
    [InlineData("Untitled\n\nHungary can call up many reservists, its defence minister told the German broadcaster ZDF. Besides them, the country has some 20,000 professional soldiers.", "Hungary")]
    [InlineData("Untitled\n\nThe threat from Russia has grown, Estonia said. The country has about 7,000 active-duty soldiers.", "Estonia")]
    // "his country": the speaker's, named with a title.
    [InlineData("Untitled\n\nGhana will lead the new mission, its French commander said on Thursday. Ghanaian President John Mahama said his country could deploy up to 2,000 personnel.", "Ghana")]
    // "his country" is a person's: a known official's, before a country named after him.
    [InlineData("Untitled\n\nWilliam Ruto said his country would send another 600 police officers to Haiti.", "Kenya")]
    [InlineData("Untitled\n\nZelensky said Russia had lost far more men, while his country had lost 29,000 soldiers.", "Ukraine")]
    // With no actor named before it, the anaphor stands for no country.
    [InlineData("Untitled\n\nThe country has about 7,000 active-duty soldiers, the ministry said.", null)]
    public void A_country_anaphor_is_the_actor_named_before_it(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);

    [Theory]
    // The subject of the verb is the country, not the outlet between them.
    [InlineData("Untitled\n\nPakistan has, according to a report of the agency Bloomberg, relocated at least 20,000 additional soldiers to the frontier.", "Pakistan")]
    public void An_outlet_sends_no_troops(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);

    [Theory]
    // Whoever the brigade is, an outlet told of its losses does not own them.
    [InlineData("Untitled\n\nA Ukrainian commander told The War Zone that the brigade had lost some 2,000 soldiers since the summer.")]
    public void An_outlet_loses_no_troops(string text) => Assert.NotEqual("United States", DocumentCounts(text)[^1].Subject);

    [Theory]
    [InlineData("Untitled\n\nAbout 3,000 Marines will arrive in Darwin next spring, officials said.", "United States")]
    [InlineData("Untitled\n\nThousands of Marines have been aboard the ships since August, along with three destroyers.", "United States")]
    // Another nation's marines: their service's name, their country, or lowercase with their country after.
    [InlineData("Untitled\n\nAbout 600 Royal Marines will join the exercise in Norway, officials said.", "United Kingdom")]
    [InlineData("Untitled\n\nAbout 1,500 South Korean Marines took part in the landing drill.", "South Korea")]
    [InlineData("Untitled\n\nAbout 2,000 marines from Indonesia joined the drill.", "Indonesia")]
    public void Capitalized_Marines_alone_are_US_Marines(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[0].Subject);
}

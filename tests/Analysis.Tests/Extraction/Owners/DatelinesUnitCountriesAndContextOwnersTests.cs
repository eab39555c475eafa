namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: a dateline's country owns no troops; a unit or service
/// that names its country by itself (unit_countries); a sentence that counted troops gives the context its owner; a force of
/// several nations ("a combined force of", "the West
/// can send", "capitals could offer") and a total after parts of several owners have none. Each rule has rows where like words
/// keep an owner.
/// </summary>
public class DatelinesUnitCountriesAndContextOwnersTests
{
    [Theory]
    [InlineData("Untitled\n\nOTTAWA (CBC) - About 3,000 sailors stationed in Latvia are to return home next year, officials said.", null)]
    [InlineData("Untitled\n\nCanberra (ABC News) - About 3,000 Marines stationed in Okinawa are to be moved, the Marine Corps said.", "United States")]
    [InlineData("Untitled\n\nOSLO, Norway - The Marine Expeditionary Unit arrived this week, bringing the force to 2,200.", "United States")]
    [InlineData("Untitled\n\nSoldiers have begun to arrive in Tromso, Norway, for the drills. The drills involve 1,500 soldiers of the 1st Marine Division.", "United States")]
    // A country that acts after the dateline keeps its troops.
    [InlineData("Untitled\n\nOSLO (Reuters) - Norway will send 300 soldiers to Lithuania next year.", "Norway")]
    [InlineData("Untitled\n\nOfficials said Norway will send 300 soldiers to Lithuania next year.", "Norway")]
    public void A_dateline_or_a_place_s_country_owns_nothing(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);

    [Theory]
    [InlineData("Untitled\n\nThe island is to take about 2,000 Marines from the 3rd Marine Expeditionary Force, a base spokesman said.", "United States")]
    [InlineData("Untitled\n\nThe Marine Corps opened a new camp on Tinian. Eventually 1,000 Marines will be based there, a spokesman said.", "United States")]
    // Another country's service, or no service noun: not the cited voice's.
    [InlineData("Untitled\n\nThe island is to take about 2,000 Marines from the South Korean Marine Corps, a base spokesman said.", "South Korea")]
    [InlineData("Untitled\n\nAbout 4,000 troops will be moved to the new port, a senior British official told reporters.", null)]
    public void Units_and_services_that_name_their_country(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[0].Subject);

    [Theory]
    // The troops a sentence counted already give the context its owner over a force named last: "had been killed" is theirs.
    [InlineData("Untitled\n\nMoscow has brought in some 8,000 Belarusian troops to push Ukrainian forces back. A lawmaker said that at least 50 had been killed.", "Belarus")]
    // With no figure before, the troops named last own it.
    [InlineData("Untitled\n\nMoscow has brought in Belarusian troops to push Ukrainian forces back. Officials said that at least 50 soldiers had been killed.", "Ukraine")]
    public void A_counted_force_gives_the_context(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);

    [Theory]
    [InlineData("Untitled\n\nRome had looked at sending 3,000 Italian soldiers in a combined force of around 40,000.", null)]
    [InlineData("Untitled\n\nOfficials believe the West can send about 20,000 soldiers to Moldova.", null)]
    [InlineData("Untitled\n\nReports said Nordic capitals could offer 8,000 to 9,000 troops in all.", null)]
    [InlineData("Untitled\n\nGhana will provide 1,200 soldiers, while Senegal is to send 800. In all, about 2,000 troops have been pledged.", null)]
    // One nation's force, one sender, parts of one owner: its own.
    [InlineData("Untitled\n\nRome had looked at sending 3,000 soldiers in an Italian force of around 4,000.", "Italy")]
    [InlineData("Untitled\n\nOfficials believe Sweden can send about 2,000 soldiers to Moldova.", "Sweden")]
    [InlineData("Untitled\n\nGhana will provide 1,200 soldiers. In all, about 2,000 troops have been pledged.", "Ghana")]
    public void Forces_of_several_nations_have_no_owner(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);
}

namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: a demonym on ground, air, water or a vessel ("Russian territory", "Chinese ships",
/// "a British warship") names where troops are or what carries them, not an actor, so it owns no troops counted beside it;
/// a troop noun bound to a demonym still does. A US state's Guard ("the Ohio National Guard", "Nevada Guard troops") is a unit
/// of the United States; "the National Guard" alone, or a state's name before another word, names no country.
/// </summary>
public class PlacesVesselsAndStateGuardsTests
{
    [Theory]
    // The second object of the sender's verb is the sender's, not the country of the ground or the ship named between.
    [InlineData("Untitled\n\nCuba will send 300 engineers to rebuild Venezuelan territory and 2,000 soldiers to guard the hospitals, Havana said.", "Cuba")]
    // With no other actor, the ship's or the ground's country is no owner.
    [InlineData("Untitled\n\nSome 800 soldiers sailed home aboard Chinese ships, the army said.", null)]
    [InlineData("Untitled\n\nAfter Turkish vessels entered the area, about 1,200 sailors were placed on alert.", null)]
    public void A_demonym_on_a_place_or_a_vessel_owns_no_troops(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);

    [Theory]
    // A demonym on the troop noun, or a country that acts, still owns them.
    [InlineData("Untitled\n\nSome 2,000 Russian troops were sent to the border.", "Russia")]
    [InlineData("Untitled\n\nFrance sent about 500 soldiers to the Estonian border on Friday.", "France")]
    [InlineData("Untitled\n\nThe Turkish navy said about 1,200 sailors were placed on alert.", "Turkey")]
    public void A_bound_or_acting_country_still_owns_them(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);

    [Theory]
    [InlineData("Untitled\n\nAbout 400 members of the Ohio National Guard were ordered to the capital on Monday.", "United States")]
    // Named in an earlier sentence of the paragraph.
    [InlineData("Untitled\n\nNevada National Guard troops will help at the border, the governor said. He expects about 250 Guard members to deploy.", "United States")]
    // No state before it, or no Guard after the state: no owner from it.
    [InlineData("Untitled\n\nThe president said on Tuesday that the National Guard has 110,000 members in all.", null)]
    [InlineData("Untitled\n\nSome 600 soldiers will guard the Ohio river crossings, officials said.", null)]
    public void A_US_states_Guard_is_the_United_States(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);
}

namespace Analysis.Tests.Extraction;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Session 17's second subject rules: a demonym on ground, air, water or a vessel ("Russian territory", "Chinese ships",
/// "a British warship") names where troops are or what carries them, not an actor, so it owns no troops counted beside it;
/// a troop noun bound to a demonym still does.
/// </summary>
public class S17Subject2Tests
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
}

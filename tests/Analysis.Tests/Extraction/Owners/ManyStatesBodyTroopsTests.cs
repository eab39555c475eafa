namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: a body of many states named before the troop noun ("8,000 UN troops", "2,000 African Union peacekeepers")
/// and a hedged number of contributing countries after the figure ("from more than 20 nations") make a force of many
/// contributors, owned by none of the countries the sentence names; a contingent's country named right after the figure
/// ("UN soldiers from Nepal") still owns it.
/// </summary>
public class ManyStatesBodyTroopsTests
{
    [Theory]
    // A body of many states before the troop noun: no owner, whatever country the sentence names.
    [InlineData("Untitled\n\nSome 700 Irish soldiers serve among the 8,000 UN troops in the buffer zone.", null)]
    [InlineData("Untitled\n\nChad sent an envoy after rebels seized 40 U.N. peacekeepers on Monday.", null)]
    [InlineData("Untitled\n\nRoughly 2,000 African Union peacekeepers stayed in the capital after the Burundian pullout.", null)]
    [InlineData("Untitled\n\nAbout 900 ECOWAS troops remain in Guinea-Bissau, the Nigerian foreign minister said.", null)]
    // The contingent's country right after the figure owns it.
    [InlineData("Untitled\n\nThe ambush killed 14 UN soldiers from Nepal near the Syrian frontier.", "Nepal")]
    // The sender's own troops are still the sender's.
    [InlineData("Untitled\n\nAbout 2,000 Burundian peacekeepers stayed in the capital.", "Burundi")]
    public void A_body_of_many_states_owns_no_troops(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);

    [Theory]
    // A hedged count of contributing countries after the figure: a multinational total.
    [InlineData("Untitled\n\nThe mission peaked at 12,000 troops from more than 30 nations, under a Canadian general.", null)]
    [InlineData("Untitled\n\nBrazil led 7,500 soldiers from nearly a dozen countries in the operation.", null)]
    [InlineData("Untitled\n\nFiji commands some 4,000 troops from at least 15 countries on the island.", null)]
    // A hedged number that is no count of countries leaves the owner alone.
    [InlineData("Untitled\n\nThe Canadian general moved 1,200 troops from more than 30 bases in the north.", "Canada")]
    public void A_hedged_count_of_nations_makes_a_multinational_total(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);
}

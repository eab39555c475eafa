namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Where a move starts is a place, not the owner of the troops who move: "crossing from Romania", "moved from Belarus",
/// "withdrawn from Germany" (issue 14: the owner comes from a demonym or possessive bound to the troop noun, never from a
/// place). Troops "from Kenya", with "from" right after the troop noun, are still Kenya's, as contributors' troops are
/// written. The sentences are ours.
/// </summary>
public class MoveOriginPlacesTests
{
    [Theory]
    [InlineData("With the divisions that kept crossing from Moldova, the garrison reached about 45,000 soldiers.", 45000, "")]
    [InlineData("Some 6,000 troops crossed from Belarus overnight, the border guard said.", 6000, "")]
    [InlineData("About 2,800 soldiers were moved from Latvia to the coast.", 2800, "")]
    [InlineData("Roughly 4,300 troops were withdrawn from Germany last year.", 4300, "")]
    // Near misses: "from" bound to the troop noun names their country; a demonym bound to it wins over the place.
    [InlineData("Some 1,200 troops from Kenya arrived in the capital.", 1200, "Kenya")]
    [InlineData("Some 6,000 Russian troops crossed from Belarus overnight.", 6000, "Russia")]
    public void Where_a_move_starts_owns_no_troops(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject ?? "");
}

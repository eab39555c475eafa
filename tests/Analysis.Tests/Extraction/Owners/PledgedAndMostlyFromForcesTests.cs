namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: a force pledged or promised "by several countries", one drawn "from European allies" (a group's adjective in
/// place of the number of countries), and one "mostly from" a named state are totals of several states, of no single owner,
/// whatever country the sentence or the passage names before them.
/// </summary>
public class PledgedAndMostlyFromForcesTests
{
    [Theory]
    [InlineData("Untitled\n\nNigeria has flown in 150 police officers so far, out of roughly 3,000 personnel pledged by several countries.")]
    [InlineData("Untitled\n\nGhana sent the first 90 soldiers on Monday, the start of some 1,800 troops promised by a handful of nations.")]
    [InlineData("Untitled\n\nThe 300 Dutch marines will join a force of about 2,000 troops from European allies to guard the corridor.")]
    [InlineData("Untitled\n\nPoland will send 500 engineers to work beside some 3,500 soldiers from Nordic allies.")]
    [InlineData("Untitled\n\nRwanda flew in more police on Sunday. Some 1,200 police officers, mostly from Rwanda, now guard the capital.")]
    [InlineData("Untitled\n\nChile has sent more troops. About 900 peacekeepers, mainly from Chile, patrol the border region.")]
    public void A_pledged_or_mostly_from_force_has_no_single_owner(string text) => Assert.Null(DocumentCounts(text)[^1].Subject);

    // Near misses: one army's unit after "mostly from", a demonym on the troops themselves, and one country after "from".
    [Theory]
    [InlineData("Untitled\n\nPyongyang sent about 11,000 soldiers, most of them from the elite special forces corps.", "North Korea")]
    [InlineData("Untitled\n\nPyongyang sent about 11,000 soldiers, mostly from North Korea's special forces corps.", "North Korea")]
    [InlineData("Untitled\n\nThe force will include some 2,000 Dutch soldiers from European bases.", "Netherlands")]
    [InlineData("Untitled\n\nThe alliance will station some 2,000 troops from Germany in Lithuania.", "Germany")]
    public void One_state_force_keeps_its_owner(string text, string subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);
}

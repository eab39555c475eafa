namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: the missions and forces of several states of past decades, named by their initials (institutions.json:
/// ECOMOG, UNAMSIL, INTERFET, IFOR, ISAF, ...), hold their totals as no country does, whatever country the sentence names;
/// a country's own contingent in them stays its own.
/// </summary>
public class MissionsOfSeveralStatesTests
{
    [Theory]
    // A heading's country is where the mission serves, not whose its soldiers are.
    [InlineData("Untitled\n\n12 June 2004. Bosnia-Herzegovina: The peace force SFOR (7 000 soldiers) hands over to a European mission.", null)]
    [InlineData("Untitled\n\n12 June 2004. Afghanistan: The peace force ISAF (9 000 soldiers) takes over the south.", null)]
    [InlineData("Untitled\n\nLiberia: The regional force ECOMOG (11 000 soldiers) enters Monrovia.", null)]
    [InlineData("Untitled\n\nSierra Leone: The peace force UNAMSIL (17 000 soldiers) reaches full strength.", null)]
    // The contributor's own soldiers are still its own.
    [InlineData("Untitled\n\nGhana will send 1,000 more soldiers to ECOMOG next month.", "Ghana")]
    public void A_mission_of_several_states_owns_no_total(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);
}

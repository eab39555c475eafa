namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country a place borders is a place, not the owner of the troops sent there: after "bordering" or "borders" ("Assam,
/// which borders Bhutan"), after a noun of place and "neighbouring" ("the province neighbouring Laos"), and after a
/// preposition of place and "neighbouring" ("flown to neighbouring Niger"). "Neighbouring Ghana has sent ..." with no
/// preposition still names the sender. The sentences are ours.
/// </summary>
public class NeighbouringPlacesTests
{
    [Theory]
    [InlineData("Some 3,200 paramilitary troops were flown to Assam, which borders Bhutan.", 3200, "")]
    [InlineData("Around 2,600 soldiers now guard the districts bordering Laos.", 2600, "")]
    [InlineData("About 4,100 troops were rushed to Mizoram, the state neighbouring Bangladesh.", 4100, "")]
    [InlineData("Nearly 900 troops were airlifted to neighbouring Niger last week.", 900, "")]
    // Near miss: a neighbour with no preposition or noun of place before it is the sender.
    [InlineData("Neighbouring Ghana has sent 900 troops to the border.", 900, "Ghana")]
    public void A_country_a_place_borders_owns_no_troops(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject ?? "");
}

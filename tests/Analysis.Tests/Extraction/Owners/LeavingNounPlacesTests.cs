namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// After a noun of leaving ("pullout", "withdrawal", "evacuation"), the country after "from" is the place left, not the
/// troops' owner, as it is after a verb of moving: "the pullout of 3,500 soldiers from Iraq", "its withdrawal from Sudan
/// goes on". After "deployment" it stays the country they come from. The sentences are ours.
/// </summary>
public class LeavingNounPlacesTests
{
    [Theory]
    [InlineData("The pullout of 3,500 soldiers from Iraq started on Tuesday.", 3500, "")]
    [InlineData("The army said its withdrawal from Sudan goes on and 2,300 troops will stay.", 2300, "")]
    [InlineData("Diplomats discussed the evacuation of the 700 peacekeepers from Lebanon.", 700, "")]
    // Near miss: a deployment's "from" names where the troops come from.
    [InlineData("The deployment of 3,500 soldiers from Kenya started.", 3500, "Kenya")]
    public void The_place_left_owns_no_troops(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject ?? "");
}

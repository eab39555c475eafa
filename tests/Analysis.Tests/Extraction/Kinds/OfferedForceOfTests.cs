namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A force an offer, a pledge or an approval names and counts after "of" ("has offered a force of 900", "pledged a
/// contingent of 650") is still to come, as "offered 900 troops" already is. A force a country has or leads, counted the
/// same way, is there now. The sentences are ours.
/// </summary>
public class OfferedForceOfTests
{
    [Theory]
    [InlineData("Chile has offered a force of 900 for the new mission.", 900, EstimateStatus.Planned)]
    [InlineData("Benin pledged a contingent of 650 to the coalition on Friday.", 650, EstimateStatus.Planned)]
    [InlineData("Ghana has promised a medical battalion of 420 for the operation.", 420, EstimateStatus.Planned)]
    // Near misses: a force held or led, counted after "of", is there now.
    [InlineData("Chile has a force of 900 in the mission.", 900, EstimateStatus.Current)]
    [InlineData("Benin leads a contingent of 650 in the north.", 650, EstimateStatus.Current)]
    public void An_offered_force_of_a_number_is_planned(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}

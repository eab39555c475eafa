namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An offer still to be made is a sending still to come: "could offer 1,250 troops", "may offer 320 peacekeepers" are planned
/// like "could send" ("offer" is one of send_verbs). Troops "on offer" that have arrived are there. The sentences are ours.
/// </summary>
public class PossibleOfferTests
{
    [Theory]
    [InlineData("Nordic countries could offer 1,250 troops to the force.", 1250, EstimateStatus.Planned)]
    [InlineData("Ireland may offer 320 peacekeepers.", 320, EstimateStatus.Planned)]
    [InlineData("The alliance will offer 4,100 soldiers for the mission.", 4100, EstimateStatus.Planned)]
    // Near miss: no verb of offering governs the figure.
    [InlineData("The ministry could not say whether the 1,260 troops on offer had arrived.", 1260, EstimateStatus.Current)]
    public void Status_of_the_figure(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(passage), c => c.Value == value).Status);
}

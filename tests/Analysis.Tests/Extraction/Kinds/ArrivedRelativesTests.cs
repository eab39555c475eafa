namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Troops a relative clause says have arrived ("will reinforce the 60 marines who arrived on Sunday") are there now, whatever
/// verb to come governs them. Troops whose arrival is still to come stay planned. The sentences are ours.
/// </summary>
public class ArrivedRelativesTests
{
    [Theory]
    [InlineData("The new company will reinforce the 60 marines who arrived on Sunday.", EstimateStatus.Current)]
    [InlineData("A second flight will join some 130 Kenyan officers who have landed in the capital.", EstimateStatus.Current)]
    // Near miss: an arrival still to come.
    [InlineData("A second flight will bring some 130 Kenyan officers next week.", EstimateStatus.Planned)]
    public void Troops_that_arrived_are_there(string text, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text)).Status);
}

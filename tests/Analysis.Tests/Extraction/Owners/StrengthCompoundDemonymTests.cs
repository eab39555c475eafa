namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: a strength compound ("a 2,000-strong", "a 300-man") with a demonym right after it counts that country's force,
/// whatever troops or country the sentence or passage named before; a demonym joined by a hyphen ("Saudi-led") does not own it.
/// </summary>
public class StrengthCompoundDemonymTests
{
    [Theory]
    // The demonym after the compound owns the force, not the troops named before it.
    [InlineData("Untitled\n\nThe base hosts 40,000 American troops and a 9,000-strong Australian contingent.", "Australia")]
    [InlineData("Untitled\n\nThe first 300 Nepalese soldiers landed in July. A 1,200-strong Tanzanian battalion had meanwhile reached Goma.", "Tanzania")]
    [InlineData("Untitled\n\nGunmen in Mali seized four trucks from the 150-man Senegalese company guarding the airport.", "Senegal")]
    [InlineData("Untitled\n\nAfter 2,000 French soldiers left Niamey, a 600 strong Italian force stayed behind.", "Italy")]
    // A demonym joined by a hyphen leads or trains the force.
    [InlineData("Untitled\n\nYemen's government said 4,000 Yemeni troops would join a 10,000-strong Saudi-led coalition force.", null)]
    public void A_demonym_after_a_strength_compound_owns_it(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);
}

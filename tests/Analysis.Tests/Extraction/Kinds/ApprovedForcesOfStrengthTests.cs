namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A force an approval or an agreement names with its strength as a compound adjective, past a determiner ("agreed on a
/// 3,300-strong force", "agreed to an over 3000-troop invasion"), is still to come; so is one a headline's present agreement
/// names ("Leaders agree on 3,300-strong force"). Real reporting of the West African force planned for Mali wrote each. The
/// sentences are ours.
/// </summary>
public class ApprovedForcesOfStrengthTests
{
    [Theory]
    [InlineData("Regional defence ministers agreed on a 4,200-strong force to secure the border.", 4200)]
    [InlineData("The summit agreed to an 1,800-troop mission for the islands.", 1800)]
    [InlineData("The assembly approved a 2,600-member brigade for the south.", 2600)]
    // Near misses: a force sized without an approval, and an approval of something that is not the force's size.
    [InlineData("Regional defence ministers visited a 4,200-strong force on the border.", 4200, EstimateStatus.Current)]
    [InlineData("The 4,200 soldiers on the border welcomed a new agreement.", 4200, EstimateStatus.Current)]
    public void An_approved_force_of_a_strength_is_planned(string text, double value, EstimateStatus status = EstimateStatus.Planned) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Theory]
    [InlineData("Coastal states agree on 2,500-strong force for the gulf\n\nThe leaders met on Sunday.", 2500)]
    [InlineData("Neighbours agree to 1,200-troop mission in the north\n\nThe leaders met on Sunday.", 1200)]
    // Near miss: a headline of a force that arrived.
    [InlineData("Coastal states welcome 2,500-strong force to the gulf\n\nThe leaders met on Sunday.", 2500, EstimateStatus.Current)]
    public void A_headline_agreement_on_a_force_is_planned(string document, double value, EstimateStatus status = EstimateStatus.Planned) =>
        Assert.Equal(status, Of(document, value).Status);
}

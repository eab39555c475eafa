namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Units counted as units ("three battalions", "40 companies") are no troop figure; the size given after them with
/// "comprising" or "made up of" is the whole force they make, a deployment, not a part of an earlier figure. After a force already
/// counted in troops, "comprising" still names a part. The sentences are ours.
/// </summary>
public class UnitsComprisingTests
{
    [Theory]
    [InlineData("The ministry ordered three battalions, comprising some 3,100 personnel, to the eastern border.", 3100, TroopKind.Deployment)]
    [InlineData("Nigeria flew in a contingent comprising 750 soldiers on Friday.", 750, TroopKind.Deployment)]
    [InlineData("The government sent 40 companies made up of about 4,000 police officers.", 4000, TroopKind.Deployment)]
    // Near miss: a force counted in troops, then its part.
    [InlineData("A force of 6,000 soldiers, comprising 450 officers, crossed the river.", 450, TroopKind.Subset)]
    public void The_size_of_units_is_the_force(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "the original 7,100", "its original 2,400 soldiers": a force told as it first was is a level of the past (past_level_leads),
/// while what remains of it is there now. "original" after the figure names no past level of it. The sentences are ours.
/// </summary>
public class OriginalForceTests
{
    [Theory]
    [InlineData("About 520 troops remain of the original 7,100 that crossed the border.", 7100, EstimateStatus.Earlier)]
    [InlineData("Only a few hundred are left of its original 2,400 soldiers.", 2400, EstimateStatus.Earlier)]
    // Near misses: the part that remains, and "original" past the figure.
    [InlineData("About 520 troops remain of the original 7,100 that crossed the border.", 520, EstimateStatus.Current)]
    [InlineData("The ministry said the 4,200 soldiers of the original contingent remain in place.", 4200, EstimateStatus.Current)]
    public void Status_of_the_figure(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(passage), c => c.Value == value).Status);
}

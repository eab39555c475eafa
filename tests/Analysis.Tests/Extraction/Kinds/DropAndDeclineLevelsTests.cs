namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A level a plan or an expectation says troops are to drop or decline to ("expects troop numbers to drop to 6,300 by
/// October") is still to come, as "to fall to" already is. A level that dropped is there now. The sentences are ours.
/// </summary>
public class DropAndDeclineLevelsTests
{
    [Theory]
    [InlineData("The command expects troop numbers to drop to 6,300 by October.", 6300, EstimateStatus.Planned)]
    [InlineData("Officials expect the force to decline to 2,700 by spring.", 2700, EstimateStatus.Planned)]
    [InlineData("Planners want the garrison to drop to 900 within a year.", 900, EstimateStatus.Planned)]
    // Near miss: a level that has dropped is the current one.
    [InlineData("Troop numbers dropped to 6,300 in October.", 6300, EstimateStatus.Current)]
    public void A_level_to_drop_to_is_planned(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}

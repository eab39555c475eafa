namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A force's cut told as a noun from the level before ("a reduction from the 2,300 stationed there last spring", "the drawdown
/// from 9,000 troops") counts that level as earlier, as a verb of change before "from" already does ("has shrunk from 2,300").
/// The sentences are ours.
/// </summary>
public class CutNounsFromLevelsTests
{
    [Theory]
    [InlineData("Some 1,200 Dutch soldiers will stay in Lithuania, a reduction from the 2,300 stationed there last spring.", 2300, EstimateStatus.Earlier)]
    [InlineData("The drawdown from 9,000 troops began in the autumn.", 9000, EstimateStatus.Earlier)]
    [InlineData("Officials described the cut from about 4,500 Marines as the deepest in a decade.", 4500, EstimateStatus.Earlier)]
    // Near misses: the level that remains is not the one cut from, and a cut's own size stays current.
    [InlineData("Some 1,200 Dutch soldiers will stay in Lithuania, a reduction from the 2,300 stationed there last spring.", 1200, EstimateStatus.Planned)]
    [InlineData("The Pentagon ordered a cut of 600 troops from the base.", 600, EstimateStatus.Current)]
    public void The_level_a_cut_starts_from_is_earlier(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);
}

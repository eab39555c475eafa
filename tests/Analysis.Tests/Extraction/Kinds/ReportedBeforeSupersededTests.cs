namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Casualty and deployment stories recap a count the same voice had given before ("The ministry had earlier, in March, reported
/// that at least 450 ... had died") beside its newer count: the recapped one is the count the newer replaced (earlier), as the
/// dev set's "In April the agency had put the toll at 600" is. A count a speaker had given that nothing newer of the same voice
/// replaces stays current, and so does one beside another speaker's count. The sentences are ours.
/// </summary>
public class ReportedBeforeSupersededTests
{
    [Theory]
    [InlineData("Some 1,700 Laotian soldiers have now been killed, the ministry said on Monday. The ministry had earlier, in March, reported that at least 450 Laotian soldiers had died.", 450, EstimateStatus.Earlier)]
    [InlineData("About 8,000 Laotian troops are in the region, the ministry said. Last week it had said that about 5,000 Laotian troops had been moved there.", 5000, EstimateStatus.Earlier)]
    // Near misses: nothing newer of that voice; another speaker's count beside it.
    [InlineData("The ministry had said on Friday that about 5,000 Laotian troops were moved to the border.", 5000, EstimateStatus.Current)]
    [InlineData("Some 8,000 Laotian troops are in the region, the ministry said. A defence analyst, Som Vang, had told reporters that about 5,000 Laotian troops were there.", 5000, EstimateStatus.Current)]
    public void Status_of_the_figure(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(passage), c => c.Value == value).Status);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A level told in the past perfect of a verb of size ("had numbered", "had totalled", list had_verbs) is a level of the past,
/// like "had stood at": earlier. The same verb in the present or the present perfect tells a level of now. The sentences are ours.
/// </summary>
public class PastPerfectLevelTests
{
    [Theory]
    [InlineData("Before the war the garrison had numbered about 2,300 men.", 2300, EstimateStatus.Earlier)]
    [InlineData("By then the regiment's losses had totalled 640.", 640, EstimateStatus.Earlier)]
    [InlineData("The division had totaled 7,810 soldiers.", 7810, EstimateStatus.Earlier)]
    // Near misses: the present and the present perfect.
    [InlineData("The brigade numbers 2,350 soldiers.", 2350, EstimateStatus.Current)]
    [InlineData("The general said the brigade has numbered 2,360 soldiers since June.", 2360, EstimateStatus.Current)]
    public void Status_of_the_figure(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(passage), c => c.Value == value).Status);
}

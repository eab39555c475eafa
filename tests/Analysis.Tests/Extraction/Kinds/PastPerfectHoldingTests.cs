namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A level told with a holding verb in the past perfect ("Italy had maintained some 1,100 soldiers there", "had kept 400
/// instructors") is a level of before, as "had numbered" already was; the present perfect is not. The sentences are ours.
/// </summary>
public class PastPerfectHoldingTests
{
    [Theory]
    [InlineData("Italy had maintained some 1,100 soldiers in the country for a decade.", EstimateStatus.Earlier)]
    [InlineData("Hungary had kept about 400 instructors at the base.", EstimateStatus.Earlier)]
    // Near miss: the present perfect holds now.
    [InlineData("Italy has maintained some 1,100 soldiers in the country for a decade.", EstimateStatus.Current)]
    public void A_level_held_in_the_past_perfect_is_earlier(string text, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text)).Status);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The figure's troops joined by "and" to another subject right after their noun share that subject's future form: "About
/// 310 troops and support staff will stay on" is a plan. "and" before a verb or an auxiliary joins a predicate instead
/// ("numbers 430 soldiers and is to grow", "1,150 troops arrived and will stay"): those troops are there. The sentences are ours.
/// </summary>
public class JoinedSubjectFutureTests
{
    [Theory]
    [InlineData("About 310 Dutch troops and support staff will stay on for six weeks.", 310, EstimateStatus.Planned)]
    [InlineData("Around 1,200 servicemen and several transport aircraft would remain in the country.", 1200, EstimateStatus.Planned)]
    [InlineData("Some 640 soldiers and their families are to move to the new base.", 640, EstimateStatus.Planned)]
    // Near misses: "and" opens another predicate of the figure's clause.
    [InlineData("The unit currently numbers 430 soldiers and is to grow to a battalion.", 430, EstimateStatus.Current)]
    [InlineData("About 1,150 troops arrived and will stay until spring.", 1150, EstimateStatus.Current)]
    public void Status_of_the_figure(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(passage), c => c.Value == value).Status);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "May" capitalised inside a sentence is the month ("Poland in May moved 1,200 soldiers to the border"), not the modal that makes
/// a sending planned; "may" in lower case still does. The sentences are ours.
/// </summary>
public class MonthMayIsNoModalTests
{
    [Theory]
    [InlineData("Poland in May moved 1,200 soldiers to the border.", EstimateStatus.Current)]
    [InlineData("The mission grew in May by deploying about 350 Irish soldiers.", EstimateStatus.Current)]
    // Near miss: the modal.
    [InlineData("Poland may move 1,200 soldiers to the border.", EstimateStatus.Planned)]
    public void The_month_is_no_plan(string text, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text)).Status);
}

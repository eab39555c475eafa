namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A hyphen set off by spaces is a dash typed on a keyboard: "killed 251 servicemen - 221 Marines, 19 sailors and 11 soldiers"
/// breaks the whole down like "—" or ":" does, so its parts are subsets. Not an addition after it ("1,400 troops - 300 more
/// than in March"). The sentences are ours.
/// </summary>
public class TypedDashBreakdownTests
{
    [Theory]
    [InlineData("The blast killed 251 servicemen - 221 Marines, 19 sailors and 11 soldiers.", 221, TroopKind.Subset)]
    [InlineData("The blast killed 251 servicemen - 221 Marines, 19 sailors and 11 soldiers.", 19, TroopKind.Subset)]
    [InlineData("The blast killed 251 servicemen - 221 Marines, 19 sailors and 11 soldiers.", 251, TroopKind.Casualties)]
    // Near miss: an addition after the dash is no part.
    [InlineData("The army sent 1,400 troops - 300 more than in March.", 300, TroopKind.Deployment)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}

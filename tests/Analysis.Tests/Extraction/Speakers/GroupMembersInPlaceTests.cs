namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A group of voices whose member a later sentence names ("a Dutch lawmaker said ... . Dutch lawmaker Anna Vos told ...") is
/// that member, standing where the group stood: a briefing in a clause of time after the group's verb ("said on Tuesday after a
/// briefing by the spy agency") still gives the figure its origin, the member its relay. The sentences are ours.
/// </summary>
public class GroupMembersInPlaceTests
{
    [Theory]
    [InlineData("About 900 Iranian troops were sent, a Dutch lawmaker said on Tuesday after a briefing by the country's intelligence agency. Dutch lawmaker Anna Vos told reporters that more would follow.",
        900, "Dutch intelligence", "Anna Vos")]
    [InlineData("About 900 Iranian troops were sent, a Dutch lawmaker said on Tuesday. Dutch lawmaker Anna Vos told reporters that more would follow.",
        900, "Anna Vos", "")]
    // Near miss: a voice that speaks only in the clause of time, the figure outside it, is no voice of the figure.
    [InlineData("The Dutch army had about 900 troops in the region when Anna Vos, a lawmaker, told parliament of the plan.",
        900, null, "")]
    public void The_named_member_speaks_where_the_group_spoke(string text, double value, string? origin, string via)
    {
        var figure = Of("Untitled\n\n" + text, value);
        Assert.Equal((origin, via), (figure.AttributedTo, string.Join("; ", figure.Via)));
    }
}

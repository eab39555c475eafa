namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A colon list of a total's rows ("to field 9,600 personnel: Ghana 3,100, Niger 2,400, Chad 1,900 and Togo 1,200"): after
/// its first row, each figure with only a comma or "and" and the next row's capitalized name before it is a part too (kind
/// subset), not only the first one after the colon. Not a figure a clause with its own verb brings in ("and Kenya sent 2,000").
/// The sentences are ours.
/// </summary>
public class ColonListRowsTests
{
    private const string Plan = "The regional force is to field 9,600 personnel: Ghana 3,100, Niger 2,400, Chad 1,900 and Togo 1,200.";

    [Theory]
    [InlineData(Plan, 3100, TroopKind.Subset)]
    [InlineData(Plan, 2400, TroopKind.Subset)]
    [InlineData(Plan, 1900, TroopKind.Subset)]
    [InlineData(Plan, 1200, TroopKind.Subset)]
    [InlineData("The mission will have 12,000 troops: South Africa 4,000, Sierra Leone 3,500 and Malawi 2,000.", 3500, TroopKind.Subset)]
    // Near miss: a clause with its own verb after the part is a new figure.
    [InlineData("Among them were 300 officers, and Kenya sent 2,000 troops to the border.", 2000, TroopKind.Deployment)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}

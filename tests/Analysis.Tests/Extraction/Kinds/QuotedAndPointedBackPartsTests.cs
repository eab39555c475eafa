namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A part told right after its whole stays a part when it is quoted from its speaker ("among them \"some 500 officers\"") and
/// when a demonstrative points back at the whole before its comma ("part of that force, about 2,000 soldiers, ..."). The
/// sentences are ours.
/// </summary>
public class QuotedAndPointedBackPartsTests
{
    [Theory]
    [InlineData("Kyiv says 9,000 soldiers, among them \"some 400 officers\", are dug in near the river.", 400, TroopKind.Subset)]
    [InlineData("Kyiv says 9,000 soldiers, including “about 250 snipers”, are dug in near the river.", 250, TroopKind.Subset)]
    [InlineData("Some 6,000 troops reached the port. Part of that force, roughly 1,500 soldiers, has moved inland.", 1500, TroopKind.Subset)]
    [InlineData("Sweden keeps 700 troops in the region. A portion of that force, about 120 soldiers, guard the airfield.", 120, TroopKind.Subset)]
    // Near misses: a quotation with no cue before it names the force itself, and a part told by its role is the whole sent.
    [InlineData("The colonel said \"some 400 officers\" are dug in near the river.", 400, TroopKind.Deployment)]
    [InlineData("As part of the force, 3,000 Kenyan troops guard the capital.", 3000, TroopKind.Deployment)]
    public void A_part_after_its_whole_is_a_subset(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}

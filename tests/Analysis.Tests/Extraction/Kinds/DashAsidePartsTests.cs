namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A part of a force told in a dash aside ("The battalion of 1,500 — among them 120 medics — ...") is a subset, but the aside
/// ends the part: a figure joined by "and" after its closing dash counts other troops, not another part. Inside the aside, a
/// second part joined by "and" stays a part. The sentences are ours.
/// </summary>
public class DashAsidePartsTests
{
    [Theory]
    [InlineData("The battalion of 1,500 — among them 120 medics — reached Goma on Friday and 400 soldiers joined it later.", 400, TroopKind.Deployment)]
    [InlineData("Some 2,600 troops – including 180 sappers – crossed the river, and 900 soldiers held the bridge.", 900, TroopKind.Deployment)]
    [InlineData("A unit of 1,100 soldiers - 140 of them snipers - moved north and 350 troops stayed in reserve.", 350, TroopKind.Deployment)]
    [InlineData("The battalion of 1,500 — among them 120 medics — reached Goma on Friday.", 120, TroopKind.Subset)]
    // Near miss: a second part inside the aside is still a part.
    [InlineData("The battalion of 1,500 — among them 120 medics and 260 engineers — reached Goma.", 260, TroopKind.Subset)]
    public void The_aside_ends_the_part(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}

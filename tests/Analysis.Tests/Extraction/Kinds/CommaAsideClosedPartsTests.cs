namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A part named in a comma aside ("The 4,000 soldiers, among them 150 medics, landed") does not pass its reading to a figure
/// after the whole's own verb and a comma or "and": "..., landed, and 600 marines sailed home" opens a clause of its own, as
/// past a dash aside already. A figure joined to the part inside the aside is another part. The sentences are ours.
/// </summary>
public class CommaAsideClosedPartsTests
{
    [Theory]
    [InlineData("The 4,000 soldiers, among them 150 medics, landed, and 600 marines sailed home.", 600, TroopKind.Deployment)]
    [InlineData("The 4,000 soldiers, among them 150 medics, landed on Friday and 600 marines sailed home.", 600, TroopKind.Deployment)]
    // Near miss: the figure joined to the part inside the aside is another part.
    [InlineData("The 4,000 soldiers, including 150 medics and 600 engineers, landed.", 600, TroopKind.Subset)]
    public void A_figure_past_the_closed_aside_is_no_part(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A figure a holding verb takes ("has 90,000 troops in Syria") is not a loss because a loss verb follows after "and" or
/// "but" in a predicate of its own ("and lost territory there", "but has since lost 700 of them"): what the holder lost
/// later is another thing or another figure. A figure the loss verb itself takes is a loss. The sentences are ours.
/// </summary>
public class HeldThenLostTests
{
    [Theory]
    [InlineData("Iran has 90,000 troops in Syria and lost territory there.", 90000, TroopKind.Deployment)]
    [InlineData("The country has 70,000 soldiers in the south and has also lost two airfields.", 70000, TroopKind.Deployment)]
    [InlineData("The brigade had 4,500 soldiers but has since lost 700 of them.", 700, TroopKind.Casualties)]
    // Near miss: the loss verb takes the figure.
    [InlineData("The brigade lost 4,500 soldiers in the spring.", 4500, TroopKind.Casualties)]
    public void A_later_loss_is_not_the_held_figures_kind(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);

    [Fact]
    public void A_held_figure_before_a_later_loss_is_no_loss() =>
        Assert.NotEqual(TroopKind.Casualties, Assert.Single(Counts("The brigade had 4,500 soldiers but has since lost 700 of them."), c => c.Value == 4500).Kind);
}

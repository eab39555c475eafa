namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A "-person" strength counts troops before a unit's noun, and copy that doubts the unit puts it in quotation marks ("a
/// 2,500-person \"regiment\" of foreign recruits"): still a figure. Before a crowd, quoted or not, it is none. The sentences are
/// ours.
/// </summary>
public class QuotedUnitsAfterStrengthsTests
{
    [Theory]
    [InlineData("The command is raising a 2,500-person \"regiment\" of foreign recruits.", 2500)]
    [InlineData("The army set up a 700-person “brigade” of volunteers near the border.", 700)]
    public void A_quoted_unit_after_a_strength_is_a_figure(string text, double value) =>
        Assert.Equal(value, Assert.Single(Counts(text)).Value);

    [Theory]
    // Near miss: people who are no unit.
    [InlineData("A 700-person \"crowd\" gathered near the border.")]
    public void A_quoted_crowd_is_no_figure(string text) => Assert.Empty(Counts(text));
}

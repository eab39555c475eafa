namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: a force of several states named only as what a country's unit is part of or serves with ("The Irish
/// battalion, part of UNIFIL, has 340 soldiers", "the Dutch unit serving with KFOR") does not hold the figure, so the unit's
/// country owns it; a force of several states that holds the figure itself still owns it as no country does.
/// </summary>
public class UnitPartOfForceTests
{
    [Theory]
    [InlineData("Untitled\n\nThe Irish battalion, part of UNIFIL since 1978, has about 340 soldiers.", "Ireland")]
    [InlineData("Untitled\n\nThe Dutch unit serving with KFOR numbers some 400 troops.", "Netherlands")]
    [InlineData("Untitled\n\nThere are now 900 Danish soldiers in Kosovo with KFOR, to be cut to 600 in a routine rotation.", "Denmark")]
    // The force of several states holds the figure: no owner, though a country joined it.
    [InlineData("Untitled\n\nSpain joined UNIFIL, which now has about 10,000 troops.", null)]
    public void A_force_a_unit_belongs_to_does_not_hold_its_figure(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);
}

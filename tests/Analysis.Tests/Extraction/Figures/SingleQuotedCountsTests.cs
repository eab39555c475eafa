namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A count quoted in single marks from its number (or its hedge) to its noun, as headlines and wire leads quote a figure they
/// do not vouch for: "to send ‘12,000 soldiers’ to the front". The mark after the noun closes the quotation the mark before the
/// number opened; it is no possessive ("4,000 soldiers' families", whose count is the families').
/// </summary>
public class SingleQuotedCountsTests
{
    [Theory]
    [InlineData("Ruritania to send ‘12,000 soldiers’ to the front: agency", 12_000d)]
    [InlineData("The junta has decided to send ‘3,000 troops’ to the border, the newspaper said.", 3_000d)]
    [InlineData("The ministry will send 'about 5,000 troops' to the north, a daily reported.", 5_000d)]
    [InlineData("Officials said ‘up to 800 marines’ would follow by sea.", 800d)]
    public void Counts_a_count_quoted_from_its_number(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value || c.High == value);

    // Near misses: a possessive troop noun with no quotation opened before its number counts what they own.
    [Theory]
    [InlineData("Relatives of the 300 soldiers’ families gathered at the base.", 300d)]
    [InlineData("More than 4,000 soldiers' families were moved to the coast.", 4_000d)]
    [InlineData("The ‘heroic’ 500 soldiers’ graves were visited by the minister.", 500d)]
    public void Does_not_count_a_possessive_without_an_opened_quotation(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);
}

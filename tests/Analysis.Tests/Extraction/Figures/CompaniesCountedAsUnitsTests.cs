namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Companies counted are units, not troops, as battalions already are: "35 more Central Armed Police Forces (CAPF) companies"
/// (a force's name and its initials in brackets before the head noun) and "the total number of companies in the district
/// to 140". The personnel a sentence counts beside them, or after the same name, are a figure. The sentences are ours.
/// </summary>
public class CompaniesCountedAsUnitsTests
{
    [Theory]
    [InlineData("The ministry rushed 35 more Central Armed Police Forces (CAPF) companies to the valley.")]
    [InlineData("Officials moved 35 additional Armed Forces (AF) companies north.")]
    [InlineData("This brings the total number of companies in the district to 140.")]
    public void Companies_counted_are_no_figure(string text) => Assert.Empty(Counts(text));

    [Theory]
    // Near misses: personnel after the same name, and beside the companies, are counted.
    [InlineData("Officials moved 35 additional Central Armed Police Forces (CAPF) personnel north.", 35)]
    [InlineData("The ministry rushed 35 more companies, some 3,500 personnel, to the valley.", 3500)]
    public void Personnel_beside_companies_are_a_figure(string text, double value) =>
        Assert.Single(Counts(text), c => c.Value == value);
}

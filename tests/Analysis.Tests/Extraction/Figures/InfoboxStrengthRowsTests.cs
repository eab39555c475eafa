namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An encyclopedia's infobox of a war, flattened into text by think tanks, translated copy and anniversary pieces, gives the
/// sides' numbers in a "Strength:" row, cell by cell: a side's name then its number, with a colon or with none, cells split by
/// "|" ("Strength: Bolivia 250,000 | Paraguay 150,000 (peak)", "Strength: Ethiopian Army: 75,000 | Cuban expeditionary force:
/// 15,000 | Total: 90,000"). Each cell's number counts that side's troops. Near misses: a row of years and visitors, a
/// strength in units and vehicles, a row of towns' populations. The rows are ours, in the shape of infobox copy on 20th-century
/// wars.
/// </summary>
public class InfoboxStrengthRowsTests
{
    [Theory]
    [InlineData("Chaco War\n\nStrength: Bolivia 250,000 | Paraguay 150,000 (peak)", 250000)]
    [InlineData("Chaco War\n\nStrength: Bolivia 250,000 | Paraguay 150,000 (peak)", 150000)]
    [InlineData("Ogaden War\n\nStrength: Ethiopian Army: 75,000 | Cuban expeditionary force: 15,000 | Total: 90,000", 75000)]
    [InlineData("Ogaden War\n\nStrength: Ethiopian Army: 75,000 | Cuban expeditionary force: 15,000 | Total: 90,000", 15000)]
    [InlineData("Falklands War\n\nStrength: Argentina 13,000 (on the islands)", 13000)]
    [InlineData("Invasion of Panama\n\nStrength: United States 27,684 | Panama Defense Forces 16,000", 27684)]
    public void A_cell_of_a_strength_row_counts_its_sides_troops(string document, double value) =>
        Assert.Equal(value, Of(document, value).Value);

    [Theory]
    [InlineData("Museum\n\nVisitors: 2019 12,000 | 2020 3,000", 12000)]
    [InlineData("Battle of the Bulge\n\nStrength: 3 divisions | 120 tanks", 120)]
    [InlineData("Somalia\n\nPopulation: Kismayo 180,000 | Baidoa 150,000", 180000)]
    public void Rows_of_other_things_stay_out(string document, double value) =>
        Assert.DoesNotContain(DocumentCounts(document), c => c.Value == value);
}

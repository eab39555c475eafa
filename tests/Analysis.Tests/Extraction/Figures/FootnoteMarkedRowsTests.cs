namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Fact boxes and tables mark some of their numbers with a footnote ("Iraq 5,200*" over "* approximate, as of Oct. 31"; "Kenya
/// (1,000*)"): the mark closes the row as its number would.
/// </summary>
public class FootnoteMarkedRowsTests
{
    [Theory]
    [InlineData("Troops in the coalition: Kenya (1,000*), Jamaica (200†), Belize (70).", 1_000d)]
    [InlineData("Troops in the coalition: Kenya (1,000*), Jamaica (200†), Belize (70).", 200d)]
    public void A_marked_row_of_a_troop_list_is_a_figure(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Fact]
    public void A_marked_line_of_a_troop_table_is_a_figure() =>
        Assert.Contains(DocumentCounts("US troops abroad\n\nSelected US military deployments, by country, according to the latest data:\n\nJapan 58,886\n\nIraq 5,200*\n\nSyria 2,000*"),
            c => c.Value == 5_200);

    [Theory]
    [InlineData("Medals so far: Kenya (12*), Jamaica (8), Belize (3).")]
    public void A_marked_list_of_other_things_is_none(string passage) => Assert.Empty(Counts(passage));
}

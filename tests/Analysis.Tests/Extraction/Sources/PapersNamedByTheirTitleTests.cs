namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A paper no list knows, named by the word its title ends in: "government sources told the Zimbabwe Independent", "told the
/// Namibian Sun on Tuesday", "according to the Nyasa Independent", "the Zambezi Mail reported". Whole pages relay their
/// figures through such papers, and a country's word that opens the title must not split it. Named without the text's "the",
/// save a paper named after a capital ("the Lusaka Times": The Lusaka Times) and one CapitalizedNames already names with it
/// ("the Defense Post"). Near misses: a title that modifies a noun ("the Lusaka Times building"), a longer name ("the Sunday
/// Times Rich List"), a place ("the Herald Island base"). The articles are ours.
/// </summary>
public class PapersNamedByTheirTitleTests
{
    private const string Title = "A toll still untold";
    private const string Tail = "Officials gave no date for the soldiers' return.";

    [Theory]
    [InlineData("After the withdrawal, government sources told the Zimbabwe Independent that at least 150 soldiers had died.", "Zimbabwe Independent")]
    [InlineData("An army officer told the Namibian Sun on Tuesday that 300 soldiers had crossed the river.", "Namibian Sun")]
    [InlineData("According to the Nyasa Independent, 300 soldiers had crossed the river.", "Nyasa Independent")]
    [InlineData("Officials said the Zambezi Mail reported that 300 soldiers had crossed the river.", "Zambezi Mail")]
    [InlineData("Two officers told the Lusaka Times that 300 soldiers had crossed the river.", "The Lusaka Times")]
    // Near miss: a paper CapitalizedNames names keeps its "the".
    [InlineData("Two officers told the Defense Post that 300 soldiers had crossed the river.", "The Defense Post")]
    public void A_paper_named_by_its_title_is_a_source(string sentence, string paper) =>
        Assert.Contains(PageMentions(Title, sentence, Tail), m => m.Source == paper);

    [Theory]
    [InlineData("Two officers told the Defense Post that 300 soldiers had crossed the river.", "Defense Post")]
    [InlineData("Protesters gathered outside the Lusaka Times building as 300 soldiers crossed the river.", "Lusaka Times")]
    [InlineData("The list was drawn up by the Sunday Times Rich List team, and 300 soldiers crossed the river.", "Sunday Times")]
    [InlineData("Some 300 soldiers flew to the Herald Island base, the army said.", "Herald Island")]
    public void Other_titles_name_no_paper(string sentence, string name) =>
        Assert.DoesNotContain(PageMentions(Title, sentence, Tail), m => m.Source == name || m.Source == "The " + name && name != "Defense Post");
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A paper named after its capital and marked by its noun ("according to the Maseru Post newspaper", "told the Lilongwe Herald
/// newspaper"), as copy names the Jakarta Post, the Tehran Times or the Phnom Penh Post: the capital opens the paper's name, and
/// is no state speaking ("Lusaka said"). The paper keeps its "The", as when it is named with no noun after it. Near misses: a
/// capital before an outlet noun with no name between ("Maseru radio reported"), and officials in a capital who talk to a
/// paper. The sentences are ours, in the shapes of Reuters and AFP copy on regional papers.
/// </summary>
public class CapitalNamedPapersTests
{
    [Theory]
    [InlineData("Border\n\nAbout 300 soldiers were sent to the border, according to the Maseru Post newspaper.", "The Maseru Post")]
    [InlineData("Border\n\nThe colonel told the Lilongwe Herald newspaper that 300 soldiers had been sent to the border.", "The Lilongwe Herald")]
    public void The_paper_is_named(string document, string source) =>
        Assert.Contains(DocumentMentions(document), m => m.Source == source && m.Kind == Analysis.Extraction.SourceKind.Outlet);

    [Theory]
    // Near misses: a capital right before an outlet noun; officials in a capital.
    [InlineData("Border\n\nAbout 300 soldiers were sent to the border, Maseru radio reported.")]
    [InlineData("Border\n\nOfficials in Maseru told the newspaper that 300 soldiers had been sent.")]
    public void No_paper_is_named(string document) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Kind == Analysis.Extraction.SourceKind.Outlet);
}

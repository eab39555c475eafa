namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A figure in a clause after a semicolon borrows the owner of an earlier figure only when its own clause names no other
/// country. Looking for the clause's start must not fail when the figure opens the document (no text before it), nor when the
/// semicolon has no space around it: bad input never crashes extraction. The texts are ours.
/// </summary>
public class OtherClauseOwnerEdgeTests
{
    [Theory]
    [InlineData("million-strong;South Korea million-strong")]
    [InlineData("500,000-strong;Japan 300,000-strong")]
    [InlineData("20,000 troops;Chad 1,000 troops;")]
    // Near miss: the same shape under a headline, where the figure does not open the document, already worked.
    [InlineData("Headline\n\nmillion-strong;South Korea million-strong")]
    public void A_figure_that_opens_the_document_does_not_crash_extraction(string document) =>
        Assert.NotNull(DocumentCounts(document));
}

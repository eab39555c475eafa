namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A headline that ends in an office ("…, defence minister says", "…: president") is the person the lead paragraph cites with
/// that office ("Defence Minister X said", "President X said"), as an office before a headline's colon is. A person cited
/// below under another office does not hold it. The sentences are ours.
/// </summary>
public class HeadlineClosingOfficeTests
{
    [Theory]
    [InlineData("Latvia to call up 4,000 reservists, defence minister says\n\nLatvia will call up reservists for drills, Defence Minister Anna Berzina said on Friday.", "Anna Berzina")]
    [InlineData("Ghana to send 800 troops to Mali: president\n\nGhana will send troops to Mali, President Kojo Mensah said on Friday.", "Kojo Mensah")]
    public void The_holder_below_speaks(string document, string origin) =>
        Assert.Equal(origin, Assert.Single(DocumentCounts(document), c => c.Value is 4000 or 800).AttributedTo);

    [Theory]
    // Near miss: the person below holds another office.
    [InlineData("Latvia to call up 4,000 reservists, defence minister says\n\nLatvia will call up reservists for drills, President Janis Ozols said on Friday.", "Janis Ozols")]
    public void Another_office_is_not_the_holder(string document, string person) =>
        Assert.NotEqual(person, Assert.Single(DocumentCounts(document), c => c.Value == 4000).AttributedTo);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A body's name no list knows, whose last word makes it a body (document_body_heads), speaks through its own document as a
/// known body does ("A Defence Intelligence Organisation assessment said …"). Both ways: a name whose last word is no body's
/// stays the modifier of the noun after it ("A Convoy Watch count put …"), and a body's document that is only talked about
/// does not speak.
/// </summary>
public class BodyDocumentsTests
{
    [Theory]
    [InlineData("A Defence Intelligence Organisation assessment said about 6,000 troops were in the territory.", "Defence Intelligence Organisation")]
    [InlineData("A Border Police Service report put the number at 6,000 troops.", "Border Police Service")]
    [InlineData("A Northern Logistics Directorate report said 4,000 troops had crossed the river.", "Northern Logistics Directorate")]
    public void Is_the_voice(string text, string voice) =>
        Assert.Contains(Counts(text), c => c.AttributedTo == voice);

    [Theory]
    [InlineData("A Convoy Watch count put the number at 6,000 troops.", "Convoy Watch")]
    [InlineData("About 6,000 troops were in the territory when a Defence Intelligence Organisation assessment was leaked.", "Defence Intelligence Organisation")]
    // The figure must be read: with none, DoesNotContain would pass whoever spoke.
    public void Is_not_the_voice(string text, string voice)
    {
        var counts = Counts(text);
        Assert.NotEmpty(counts);
        Assert.DoesNotContain(counts, c => c.AttributedTo == voice);
    }
}

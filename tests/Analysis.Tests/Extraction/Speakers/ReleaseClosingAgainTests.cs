namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A release named again as the voice that closes a later sentence ("…, the statement said.", "“…,” the statement also said.",
/// "…, said the statement."), in a later paragraph too, speaks with the voice of the sentence that named it. A release no
/// sentence before named gives no voice. The sentences are ours, in real shapes.
/// </summary>
public class ReleaseClosingAgainTests
{
    private const string Lead = "Toll\n\nThe Kenya Defence Forces said in a statement on Monday that 12 soldiers had died in the attack.\n\n";

    [Theory]
    [InlineData(Lead + "Another 300 soldiers will be sent to the region next week, the statement said.", 300, "Kenya Defence Forces")]
    [InlineData(Lead + "Another 300 soldiers will be sent to the region next week, said the statement.", 300, "Kenya Defence Forces")]
    [InlineData(Lead + "\"Another 300 soldiers will be sent to the region next week,\" the statement also said.", 300, "Kenya Defence Forces")]
    // No release named before: no voice.
    [InlineData("Toll\n\nReporters saw tanks near the border on Monday.\n\nAnother 300 soldiers will be sent to the region next week, the report said.", 300, null)]
    public void A_release_named_again_closing_a_sentence_speaks_with_its_voice(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A British or Commonwealth knighthood before a name ("Sir Julius Chan said", "Dame Margaret Anstee told reporters") is a
/// title, not part of the name: the source is the person by their name, as after "Dr". Near miss: "Sir" as a word of address
/// in a quotation names no one. The sentences are ours.
/// </summary>
public class KnighthoodTitlesTests
{
    [Theory]
    [InlineData("Sir Hamish Tolland said 1,500 New Zealand troops would land in Dili on Monday.", "Hamish Tolland")]
    [InlineData("Fiji's Prime Minister, Sir Osea Vuniwai, said 200 soldiers were on standby.", "Osea Vuniwai")]
    [InlineData("Dame Priya Lall told reporters that 400 UN monitors remained in the province.", "Priya Lall")]
    public void A_knighthood_is_a_title(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near miss: a word of address.
    [InlineData("\"Ready, Sir,\" the sergeant said, as 300 troops marched past.")]
    public void Sir_as_address_names_no_one(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source.Contains("Sir", StringComparison.Ordinal));
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An outlet named by its full legal name, as a broadcaster's transcript closes with its copyright line ("Copyright ... Cable
/// News Network, Inc."), is the outlet the gazetteer names ("CNN"): one source, not the short name and the full name as two.
/// Near miss: the short name stays the outlet. The sentences are ours.
/// </summary>
public class OutletFullNamesTests
{
    [Theory]
    [InlineData("WORLD REPORT\n\nANCHOR: About 700 marines landed at the port on Sunday, the navy said.\n\nCopyright 2023 Cable News Network, Inc. All Rights Reserved.", "CNN")]
    // Near miss: the short name alone.
    [InlineData("About 700 marines landed at the port on Sunday, CNN reported.", "CNN")]
    public void A_full_legal_name_is_the_outlet(string document, string source) =>
        Assert.Contains(DocumentMentions(document), m => m.Source == source);

    [Theory]
    [InlineData("WORLD REPORT\n\nANCHOR: About 700 marines landed at the port on Sunday, the navy said.\n\nCopyright 2023 Cable News Network, Inc. All Rights Reserved.", "Cable News Network")]
    public void The_full_legal_name_is_no_second_source(string document, string source) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == source);
}

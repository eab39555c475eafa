namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A line that says where a story ran before ("Reprinted in the Northern Star (Northern Illinois University)", "This article
/// first appeared on The War Horse, a nonprofit newsroom") and a translation note that names the outlet it translates
/// ("(Translated from the Russian, TSN)") credit that outlet: a source of the story, as a sign-off is, not of its figures.
/// Near misses: a translation note whose description is in lower case ("a regional news agency"), a reprint line that names no
/// one, and a note with no outlet at all. The sentences are ours.
/// </summary>
public class RepublishedAndTranslatedCreditsTests
{
    [Theory]
    [InlineData("Border crisis over\n\nThe 3,200 newcomers raised the U.S. presence to about 6,000.\n\nReprinted in the Northern Star (Northern Illinois University)", "Northern Star")]
    [InlineData("Marines home\n\nAbout 300 Marines served with the company.\n\nThis article first appeared on The War Horse, a nonprofit newsroom.", "The War Horse")]
    [InlineData("Kursk losses\n\nAbout 1,100 soldiers were killed or wounded.\n\nOriginally published in Kommersant", "Kommersant")]
    [InlineData("(Translated from the Russian, TSN)\nAbout 11,000 North Korean soldiers remain in the Kursk region.", "TSN")]
    [InlineData("(Translated from the French, Orient XXI)\nHalf of an elite brigade of 3,000 men led the contingent.", "Orient XXI")]
    public void The_outlet_is_credited(string document, string source)
    {
        Assert.Contains(DocumentMentions(document), m => m.Source == source);
        Assert.DoesNotContain(DocumentCounts(document), c => c.AttributedTo == source);
    }

    [Theory]
    // Near misses: a description in lower case, a reprint line with no name, a translation note with no outlet.
    [InlineData("(Translated from the German, a regional news agency)\nMore than 3,000 soldiers have been killed, the president said.")]
    [InlineData("Border crisis over\n\nThe 3,200 newcomers raised the U.S. presence to about 6,000.\n\nReprinted in part with the permission of the author")]
    [InlineData("(Translated from the Dutch)\nAbout 400 Dutch soldiers held the enclave.")]
    public void No_outlet_is_credited(string document) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Kind == Analysis.Extraction.SourceKind.Outlet);
}

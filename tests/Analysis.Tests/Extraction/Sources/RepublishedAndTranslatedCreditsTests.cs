namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A line that says where a story ran before ("Reprinted in the Northern Star (Northern Illinois University)", "This article
/// first appeared on The War Horse, a nonprofit newsroom") and a translation note that names the outlet it translates
/// ("(Translated from the Russian, TSN)") credit that outlet: a source of the story, as a sign-off is, not of its figures. The
/// line takes the shapes aggregators and republishers write ("This content originally appeared on Radio Free Asia and was
/// authored by ...", "This article is republished from The Conversation under a Creative Commons license.", "Reprinted with
/// permission from ...", "A version of this story appeared in ..."), with its full stop. Near misses: a translation note whose
/// description is in lower case ("a regional news agency"), a reprint line that names no one, a note with no outlet at all, and
/// a line that says when the story ran ("first published on Monday"). The sentences are ours.
/// </summary>
public class RepublishedAndTranslatedCreditsTests
{
    [Theory]
    [InlineData("Border crisis over\n\nThe 3,200 newcomers raised the U.S. presence to about 6,000.\n\nReprinted in the Northern Star (Northern Illinois University)", "Northern Star")]
    [InlineData("Marines home\n\nAbout 300 Marines served with the company.\n\nThis article first appeared on The War Horse, a nonprofit newsroom.", "The War Horse")]
    [InlineData("Kursk losses\n\nAbout 1,100 soldiers were killed or wounded.\n\nOriginally published in Kommersant", "Kommersant")]
    [InlineData("Border post\n\nAbout 300 soldiers were sent to the border.\n\nThis article first appeared in the Maseru Post.", "Maseru Post")]
    [InlineData("Temple clash\n\nAbout 200 soldiers faced each other at the temple.\n\nThis content originally appeared on Vrela Insight and was authored by Vrela Staff.", "Vrela Insight")]
    [InlineData("Base abroad\n\nSome 1,500 troops are based there.\n\nThis article is republished from Pacific Ledger under a Creative Commons license.", "Pacific Ledger")]
    [InlineData("Peacekeepers\n\nThe 450 peacekeepers will leave in May.\n\nReprinted with permission from Kalo Insight.", "Kalo Insight")]
    [InlineData("Reservists\n\nAbout 900 reservists were called up.\n\nA version of this story appeared in Vrela Ledger.", "Vrela Ledger")]
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
    [InlineData("Border post\n\nAbout 300 soldiers were sent to the border.\n\nThe story was first published on Monday.")]
    [InlineData("Border post\n\nAbout 300 soldiers were sent to the border.\n\nThis article was originally published in April 2024.")]
    public void No_outlet_is_credited(string document) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Kind == Analysis.Extraction.SourceKind.Outlet);
}

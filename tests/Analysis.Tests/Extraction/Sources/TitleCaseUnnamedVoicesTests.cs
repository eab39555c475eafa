namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A headline in Title Case capitalises an unnamed voice's noun as it does every word ("..., Dutch Lawmaker Says", "...,
/// Senior Defense Officials Say"): on such a line the noun, and the trade words just before it, are read in lower case
/// (TitleCaseLines, title_case_voice_heads), so the voice is named as the header names unnamed officials, "<country
/// adjective> [trade] <plural head>" ("Dutch lawmakers", "French defense officials"), not as a name ("Dutch Lawmaker"). Near
/// misses: a sentence-case headline keeps its naming, and a named person's title stays off his name. The sentences are ours.
/// </summary>
public class TitleCaseUnnamedVoicesTests
{
    [Theory]
    [InlineData("900 Troops Reach Gao Base, Dutch Lawmaker Says\n\nThe convoy arrived late on Friday.", 900, "Dutch lawmakers")]
    [InlineData("900 Troops Reach Gao Base, French Defense Official Says\n\nThe convoy arrived late on Friday.", 900, "French defense officials")]
    [InlineData("900 Troops Reach Gao Base, Senior Belgian Officials Say\n\nThe convoy arrived late on Friday.", 900, "Belgian officials")]
    [InlineData("Canadian Officials Say 900 Troops Will Reach Gao Base By June\n\nThe convoy left late on Friday.", 900, "Canadian officials")]
    // Near misses: a sentence-case headline names the voice so already; a titled, named lawmaker is the man.
    [InlineData("900 troops reach Gao base, Dutch lawmaker says\n\nThe convoy arrived late on Friday.", 900, "Dutch lawmakers")]
    [InlineData("Lawmaker Pieter Vos Says 900 Troops Reached Gao Base\n\nThe convoy arrived late on Friday.", 900, "Pieter Vos")]
    public void A_title_case_unnamed_voice_is_named_as_in_prose(string document, double value, string origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);

    [Theory]
    [InlineData("900 Troops Reach Gao Base, Dutch Lawmaker Says\n\nThe convoy arrived late on Friday.", "Dutch Lawmaker")]
    [InlineData("900 Troops Reach Gao Base, French Defense Official Says\n\nThe convoy arrived late on Friday.", "French Defense Official")]
    public void A_title_case_unnamed_voice_is_no_name(string document, string name) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == name);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A page's disclaimer: a humanitarian news service's closing note in brackets ("[This item is delivered by the UN's NAME service
/// ... but may not necessarily reflect the views of the United Nations or its agencies.]") and an opinion page's line ("The views
/// expressed ... do not necessarily reflect Al Jazeera's editorial stance."). The bodies whose views it disowns are no sources;
/// in brackets, nor is any other name of the note. Near misses: a sentence of prose that says a figure does "not necessarily
/// reflect" something keeps its speaker, and a speaker before the cue in prose keeps its voice. The articles are ours.
/// </summary>
public class DisclaimerLinesTests
{
    private const string Lead = "NAIROBI, 4 May 2001 (IRIN) - Kenya will send 300 soldiers to the border, the defence ministry said.";

    [Theory]
    [InlineData("[This report is delivered by the UN's IRIN humanitarian information unit, but may not necessarily reflect the views of the United Nations or its agencies.]", "United Nations")]
    [InlineData("[This report comes from the UN's humanitarian news service, but may not necessarily reflect the views of the United Nations.]", "United Nations")]
    [InlineData("The views expressed in this article are the author's own and do not necessarily reflect Al Jazeera's editorial stance.", "Al Jazeera")]
    public void A_disclaimer_cites_no_body(string line, string body) =>
        Assert.DoesNotContain(PageMentions("Kenya sends troops", Lead, "The soldiers will stay for six months.", line), m => m.Source == body);

    [Theory]
    // Near misses: "not necessarily reflect" with no one's views after it; a speaker before the cue in prose.
    [InlineData("The figures do not necessarily reflect the whole force, NATO said.", "NATO")]
    [InlineData("NATO said the figures do not necessarily reflect the views of every member.", "NATO")]
    public void Prose_keeps_its_speaker(string line, string body) =>
        Assert.Contains(PageMentions("Kenya sends troops", Lead, line), m => m.Source == body);
}

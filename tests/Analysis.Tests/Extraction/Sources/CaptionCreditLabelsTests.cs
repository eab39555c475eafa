namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A photo's credit under its caption on a whole page: a "Credit:" or "Foto:" label before the agency ("Credit: AFP"), an agency
/// that writes its name in lower case beside another ("Photo: KCNA/dpa", "Foto: picture alliance/dpa"), a German photo agency in
/// brackets ("(© picture-alliance/dpa)"), a photographer, the agency and the photo library joined by a dash, run into the caption
/// with no space as pages are pasted ("on Sunday.NAME / AFP - Getty Images"). A photo credit cites nothing, so none of its names is a source. Near misses: a story's
/// own closing credit "(dpa)" and an agency cited in prose keep their outlet. The articles are ours.
/// </summary>
public class CaptionCreditLabelsTests
{
    private const string Lead = "VILNIUS - Lithuania will send 200 soldiers to the border, the defence ministry said on Monday.";

    [Theory]
    [InlineData("Photo: Soldiers at the border post. Photo: Yonhap/dpa", "dpa")]
    [InlineData("Photo: Soldiers at the border post. Photo: Yonhap/dpa", "Yonhap")]
    [InlineData("Photo: Lithuanian soldiers at the border post, 2024. Credit: AFP", "AFP")]
    [InlineData("Soldiers at the border post. Credit: Reuters", "Reuters")]
    [InlineData("Soldiers at the border post. Foto: picture alliance/dpa", "dpa")]
    [InlineData("Tanks are loaded onto trains near Kaunas. (© picture-alliance/dpa)", "dpa")]
    [InlineData("A tank at the border post on Sunday. Jonas Petraitis / AFP - Getty Images", "AFP")]
    [InlineData("A tank at the border post on Sunday.Jonas Petraitis / AFP - Getty Images", "AFP")]
    [InlineData("Soldiers at the border post on Sunday. Photo by Jonas Petraitis/Reuters", "Reuters")]
    public void A_labelled_photo_credit_cites_no_outlet(string caption, string outlet) =>
        Assert.DoesNotContain(PageMentions("Lithuania sends troops", Lead, caption, "The soldiers will stay for six months."), m => m.Source == outlet);

    [Theory]
    // Near misses: a story's own credit in brackets, an agency cited in prose, a credit word in a sentence of prose.
    [InlineData("The soldiers will stay for six months. (dpa)", "dpa")]
    [InlineData("The soldiers will stay for six months, dpa reported.", "dpa")]
    [InlineData("The soldiers will stay for six months, AFP reported, citing a credit line in the budget.", "AFP")]
    [InlineData("The soldiers will stay for six months.AFP reported it on Sunday.", "AFP")]
    [InlineData("The soldiers will stay for six months. Reported by Reuters", "Reuters")]
    public void A_story_credit_or_a_cited_agency_keeps_its_outlet(string line, string outlet) =>
        Assert.Contains(PageMentions("Lithuania sends troops", Lead, line), m => m.Source == outlet);
}

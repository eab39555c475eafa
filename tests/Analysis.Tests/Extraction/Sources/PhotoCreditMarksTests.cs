namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A photo's credit set off by a mark rather than a label alone: the owner's "©" under a headline's picture ("© Getty Images"),
/// and the bar some papers put between a caption and its credit ("… only. | Photo Credit: AP", "| Photo: Reuters"). A photo
/// credit cites nothing, so none of its names is a source. Near misses: a page's copyright line, which credits its outlet, and
/// an outlet after a bar with no photo word. The articles are ours.
/// </summary>
public class PhotoCreditMarksTests
{
    private const string Lead = "VILNIUS - Lithuania will send 200 soldiers to the border, the defence ministry said on Monday.";

    [Theory]
    [InlineData("© Getty Images", "Getty Images")]
    [InlineData("File image of soldiers at the border post. | Photo Credit: AP", "Associated Press")]
    [InlineData("Soldiers at the border post. | Photo: Reuters", "Reuters")]
    public void A_marked_photo_credit_cites_no_outlet(string caption, string outlet) =>
        Assert.DoesNotContain(PageMentions("Lithuania sends troops", Lead, caption, "The soldiers will stay for six months."), m => m.Source == outlet);

    [Theory]
    // Near misses: a copyright line credits the page's outlet; a bar before an outlet with no photo word is no photo credit.
    [InlineData("Copyright © 2024 The Associated Press. All rights reserved.", "Associated Press")]
    [InlineData("The soldiers will stay for six months. | Reuters", "Reuters")]
    public void A_copyright_line_or_a_bare_outlet_keeps_its_outlet(string line, string outlet) =>
        Assert.Contains(PageMentions("Lithuania sends troops", Lead, line), m => m.Source == outlet);
}

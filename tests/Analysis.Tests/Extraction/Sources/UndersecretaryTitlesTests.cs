namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An undersecretary's office written as one word, as AP style and US papers write it, before the holder's name ("Undersecretary
/// of Defense for Policy NAME told senators", "Undersecretary of the Army NAME said"): the office runs on over its portfolio, the
/// person after it is the source, not the office and the name as one. Near miss: the office with no holder named. The articles
/// are ours.
/// </summary>
public class UndersecretaryTitlesTests
{
    [Theory]
    [InlineData("Undersecretary of Defense for Policy Mark Feld told senators that 14,000 troops had been sent to the region.", "Mark Feld")]
    [InlineData("Undersecretary of State Nora Hale said 3,000 troops would deploy to the border.", "Nora Hale")]
    [InlineData("Undersecretary of the Army Dale Brink said 3,000 troops would deploy to the border.", "Dale Brink")]
    public void The_holder_after_an_undersecretarys_office_is_the_source(string sentence, string person) =>
        Assert.Contains(PageMentions("Troops to the Gulf", sentence), m => m.Source == person);

    [Theory]
    [InlineData("Undersecretary of Defense for Policy Mark Feld told senators that 14,000 troops had been sent to the region.", "Undersecretary of Defense for Policy Mark Feld")]
    // Near miss: no holder named, no person made of the office.
    [InlineData("The undersecretary of defense said 3,000 troops would deploy to the border.", "undersecretary of defense")]
    public void The_office_is_no_part_of_the_name(string sentence, string name) =>
        Assert.DoesNotContain(PageMentions("Troops to the Gulf", sentence), m => m.Source == name);
}

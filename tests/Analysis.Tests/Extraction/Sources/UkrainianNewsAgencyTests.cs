namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Ukrainian National News, named by its initials where its pages credit it: a date line set apart by bars ("DATE, TIME | Kyiv |
/// UNN"), as well as its datelines ("Kyiv (UNN) -") and an official who "told UNN", read before. An outlet is a source wherever
/// it is named. Near miss: a section word in the same place names no outlet. The articles are ours.
/// </summary>
public class UkrainianNewsAgencyTests
{
    private const string Lead = "Moldova will send 150 soldiers to the border, the defence ministry said on Monday.";

    [Theory]
    [InlineData("14 March 2024, 09:15 | Kyiv | UNN", "UNN")]
    [InlineData("14 March 2024 | Odesa | UNN", "UNN")]
    public void The_agency_is_cited_by_its_initials(string line, string outlet) =>
        Assert.Contains(PageMentions("Moldova sends troops", line, Lead), m => m.Source == outlet);

    [Fact]
    public void A_section_word_names_no_outlet() =>
        Assert.DoesNotContain(PageMentions("Moldova sends troops", "14 March 2024, 09:15 | Kyiv | News", Lead), m => m.Source == "News");
}

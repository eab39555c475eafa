namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A page's column-and-date line, its parts set apart by bars ("Civic Today | 4 May 2019", "Troops leave | News | DW |
/// 05.03.2013"): the name right before the date is the page's credit, a source as a dateline's outlet is. A byline set off
/// from its date by a bar ("By NAME | 12 November 2019") names its writer. Near misses: a section word before the date ("News |
/// June 2, 2020") and a byline before it name no outlet. The articles are ours.
/// </summary>
public class ColumnDateLinesTests
{
    private const string Lead = "Twenty years on, Lusaka has still not said how many of its soldiers died, the defence minister said.";

    [Theory]
    [InlineData("Civic Today | 4 May 2019", "Civic Today")]
    [InlineData("Civic Today | 4 May 2019\nBy Nadia Okonjo, Analyst, Regional Security Unit", "Civic Today")]
    [InlineData("By Nadia Okonjo | 12 November 2019", "Nadia Okonjo")]
    public void A_column_and_date_line_names_its_credit(string line, string source) =>
        Assert.Contains(PageMentions("Zambia's untold toll", line, Lead), m => m.Source == source);

    [Theory]
    // Near misses: a section word; a byline before the date is no outlet.
    [InlineData("News | June 2, 2020", "News")]
    [InlineData("By Nadia Okonjo | 12 November 2019", "By Nadia Okonjo")]
    public void Other_names_before_a_date_are_no_credit(string line, string name) =>
        Assert.DoesNotContain(PageMentions("Zambia's untold toll", line, Lead), m => m.Source == name);
}

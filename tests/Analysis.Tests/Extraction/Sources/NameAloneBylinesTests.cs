namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A writer's name alone on its line, with no "By", is the page's byline when the line that dates the story stands right under it
/// ("Nadia Okonjo" over "Updated:" or "May 2, 2025"), and a name run straight into the date with no dash ("Nadia Okonjo June 17,
/// 2025") is the same byline on one line. Near misses: a name alone above prose, and a page's furniture above its date
/// ("Civic Today Logo"). The articles are ours.
/// </summary>
public class NameAloneBylinesTests
{
    private const string Lead = "Twenty years on, Lusaka has still not said how many of its soldiers died, the defence minister said.";

    [Theory]
    [InlineData("Nadia Okonjo\n\nUpdated:", "Nadia Okonjo")]
    [InlineData("Nadia Okonjo\n\nPublished: May 2, 2025", "Nadia Okonjo")]
    [InlineData("Nadia Okonjo\n\nThu 2 May 2025 07.00 BST", "Nadia Okonjo")]
    [InlineData("Zambia's untold toll, a year on\nNadia Okonjo June 17, 2025\nShare", "Nadia Okonjo")]
    public void A_name_over_its_date_is_the_byline(string block, string source) =>
        Assert.Contains(PageMentions("Zambia's untold toll", block, Lead), m => m.Source == source);

    [Theory]
    // Near misses: a name above prose; an outlet's logo line above the date.
    [InlineData("Nadia Okonjo\n\nThe ministry kept its count to itself for two decades.", "Nadia Okonjo")]
    [InlineData("Civic Today Logo\n\nJune 19, 2025", "Civic Today Logo")]
    [InlineData("CIVIC TODAY-WORLD\n\nJune 19, 2025 16:20 GMT", "CIVIC TODAY-WORLD")]
    public void Other_lines_name_no_writer(string block, string name) =>
        Assert.DoesNotContain(PageMentions("Zambia's untold toll", block, Lead), m => m.Source == name);
}

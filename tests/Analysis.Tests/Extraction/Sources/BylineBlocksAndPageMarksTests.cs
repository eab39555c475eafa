namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A whole page's byline block and its marks. The lines under a headline keep a byline, a date line and a credit in one
/// paragraph ("By X" over "Updated on: … / CBS News"; "X in Berlin" over "Thu 19 Jun 2025 07.00 BST"; a column's credit over
/// "By X, Researcher, …"): each line is a credit of its own, and its writer a source of the story. The marks a page puts
/// around its story cite no one: a caption's "Photograph: Reuters" and a wire story's closing "(END)". Near misses: a name
/// "in" a place over a line that dates nothing, a "By" that opens prose, and a story's own bracketed sign-off. The articles
/// are ours.
/// </summary>
public class BylineBlocksAndPageMarksTests
{
    private const string Lead = "About 1,400 Moldovan soldiers crossed into the region on Monday, the defence ministry said.";
    private const string Tail = "Officials gave no date for their return.";

    [Theory]
    [InlineData("By Mirela Antic\nUpdated on: March 3, 2023 / 9:02 AM EST / CBS News", "Mirela Antic")]
    [InlineData("Tomas Erlund in Riga\nMon 6 Mar 2023 14.20 GMT", "Tomas Erlund")]
    [InlineData("Tomas Erlund in Riga\nLast modified on Mon 6 Mar 2023 14.20 GMT", "Tomas Erlund")]
    [InlineData("By Nadia Okonjo, Senior Researcher, Peace and Security Programme, Nairobi", "Nadia Okonjo")]
    [InlineData("Civic Today | 4 May 2019\nBy Kwame Osei, Analyst, Regional Security Unit at the Institute", "Kwame Osei")]
    // A job ending in a lower-case job word, its beat in lower case too.
    [InlineData("By Ivo Marsh, ABC Port Moresby correspondent\nPosted Thu 30 Apr 1998, 7:15pm AEST", "Ivo Marsh")]
    [InlineData("By Ivo Marsh, BBC defence correspondent", "Ivo Marsh")]
    public void A_byline_in_a_block_of_lines_names_its_writer(string block, string writer) =>
        Assert.Contains(PageMentions("Moldova sends troops", block, Lead, Tail), m => m.Source == writer);

    [Theory]
    // Near misses: a name in a place over a line with no date; prose after "By".
    [InlineData("Tomas Erlund in Riga\nThe capital was quiet on Monday.", "Tomas Erlund")]
    [InlineData("By Lake Peipus, Soldiers and border guards waited all night.", "Lake Peipus")]
    [InlineData("By Lake Peipus, Soldiers waited for the correspondent", "Lake Peipus")]
    public void Other_lines_name_no_writer(string block, string name) =>
        Assert.DoesNotContain(PageMentions("Moldova sends troops", Lead, block, Tail), m => m.Source == name);

    [Theory]
    [InlineData("Soldiers board a lorry near the border crossing. Photograph: Reuters", "Reuters")]
    [InlineData("Soldiers board a lorry near the border crossing. Photograph: Vadim Ghirda/AP", "Associated Press")]
    [InlineData("(END)", "END")]
    [InlineData("(ENDS)", "ENDS")]
    public void A_page_mark_cites_no_one(string mark, string name) =>
        Assert.DoesNotContain(PageMentions("Moldova sends troops", Lead, mark, Tail), m => m.Source == name || m.Source.Contains(name));

    [Fact]
    // Near miss: a story's own sign-off in brackets still credits its agency.
    public void A_sign_off_still_credits_its_agency() =>
        Assert.Contains(PageMentions("Moldova sends troops", Lead, "Officials gave no date for their return. (Reuters)"), m => m.Source == "Reuters");
}

namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A page's block of related stories keeps its lines in one paragraph: "More from CBS News" over the titles of other stories,
/// one of them "Zelenskyy: North Korea preparing 10,000 soldiers for Russia". Each title is a heading of its own: its colon
/// speaker opens its own line and is its figure's voice, and the outlet of the section line above speaks for none of the
/// titles. Near misses: a title in a paragraph of its own, and an outlet a sentence cites. The articles are ours.
/// </summary>
public class RelatedStoryBlocksTests
{
    private const string Lead = "About 1,400 Moldovan soldiers crossed into the region on Monday, President Maia Sandu said.";

    private static string Page(string block) => $"Troops head north\n\n{Lead}\n\nOfficials gave no date for their return.\n\n{block}\n";

    [Theory]
    [InlineData("More from Daily Planet\nSandu: Moldova preparing 2,000 soldiers for the border", "Maia Sandu")]
    [InlineData("More from Daily Planet\nSandu: Moldova preparing 2,000 soldiers for the border\nWhat to know about the border", "Maia Sandu")]
    // Near miss: the title alone in its paragraph.
    [InlineData("Sandu: Moldova preparing 2,000 soldiers for the border", "Maia Sandu")]
    public void A_title_in_the_block_speaks_with_its_own_colon_speaker(string block, string voice) =>
        Assert.Equal(voice, Of(Page(block), 2000).AttributedTo);

    [Theory]
    [InlineData("More from Reuters\nMoldova preparing 2,000 soldiers for the border")]
    [InlineData("More from Daily Planet\nMaia Sandu: Moldova preparing 2,000 soldiers for the border\nWhat to know about the border")]
    [InlineData("Latest from Reuters\nMoldova preparing 2,000 soldiers for the border")]
    public void The_section_line_outlet_speaks_for_no_title(string block) =>
        Assert.NotEqual(block.Contains("Reuters") ? "Reuters" : "Daily Planet", Of(Page(block), 2000).AttributedTo);

    [Fact]
    // A paragraph that opens with its colon has no label line before it to read.
    public void A_paragraph_opening_with_its_colon_is_read_without_a_label() =>
        Assert.Equal("Maia Sandu", Of(Page(": \n\nSandu: Moldova preparing 2,000 soldiers for the border"), 2000).AttributedTo);

    [Fact]
    // Near miss: an outlet a sentence cites speaks.
    public void An_outlet_a_sentence_cites_still_speaks() =>
        Assert.Equal("Reuters", Of(Page("Moldova is preparing 2,000 soldiers for the border, Reuters reported."), 2000).AttributedTo);
}

namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A page's publishing line laid out as a source line over the text ("Source: Reuters - Thu, 17 Jan 2013 17:11 GMT" over "Author:
/// Reuters"; "Source: Xinhua | 2013-01-17 10:15 | Editor: …"; "Source: Agence France-Presse" over "Country: Mali", as aggregators
/// and archive pages print them) credits the page, as a dateline or credit line does: it relays none of the figures below it, which
/// stay the writer's where no voice of their own gives them. A piece's own source line ("Source: Yonhap, citing lawmaker X", no date)
/// still names where its news came from. The pages are ours, in the layouts of archive and aggregator pages.
/// </summary>
public class PublishingLineTests
{
    [Theory]
    [InlineData("Forces in Zedland\n\nSource: Reuters - Thu, 17 Jan 2013 17:11 GMT\nAuthor: Reuters\n\nSome 1,400 French troops are now deployed in the country.")]
    [InlineData("Forces in Zedland\n\nSource: Xinhua | 2013-01-17 10:15:23 | Editor: Wang Lin\n\nSome 1,400 French troops are now deployed in the country.")]
    [InlineData("Forces in Zedland\n\nSource: Agence France-Presse\nCountry: Mali\n\nSome 1,400 French troops are now deployed in the country.")]
    [InlineData("Forces in Zedland\n\nSource: Agence France-Presse\n17 January 2013\n\nSome 1,400 French troops are now deployed in the country.")]
    public void The_figure_below_is_the_writers(string page) =>
        Assert.Null(Only(page).AttributedTo);

    [Fact]
    // Near miss: a piece's own source line under its lead, with no date, names the chain of the statements below it.
    public void A_pieces_own_source_line_still_relays()
    {
        var count = Of("North Korea sent more troops\n\nNorth Korea has sent more soldiers to Russia.\n\nSource: Yonhap, citing lawmaker Lee Seong-kweun\n\nDetails: About 1,500 soldiers had arrived in Kursk.", 1500);
        Assert.Equal("Lee Seong-kweun", count.AttributedTo);
        Assert.Equal(["Yonhap"], count.Via);
    }
}

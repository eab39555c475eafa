namespace Analysis.Tests.Extraction.Regressions;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A feed's footer that repeats the item's title ("The post &lt;title&gt; appeared first on &lt;site&gt;.", an excerpt's
/// "… Continue reading &lt;title&gt;") is page furniture: the title's voice and figures are not read a second time, and the
/// site the footer names stays a source.
/// </summary>
public class FeedFootersTests
{
    [Theory]
    [InlineData("Troops leave the base\n\nAbout 300 soldiers left the base on Friday, the army said.\n\nThe post Poland claims 300 soldiers left the base appeared first on Politico.", "Poland")]
    [InlineData("Peacekeepers arrive\n\nSome 250 Jordanian peacekeepers arrived on Monday, officials said.\n\nThe post Jordan says 250 peacekeepers have arrived appeared first on Deutsche Welle.", "Jordan")]
    public void The_title_in_a_post_footer_cites_no_one(string document, string notSource) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == notSource);

    [Theory]
    [InlineData("Troops leave the base\n\nAbout 300 soldiers left the base on Friday, the army said.\n\nThe post About 300 soldiers leave the base appeared first on Politico.", 300)]
    [InlineData("Police land in Haiti\n\nAbout 400 Kenyan police officers landed in Port-au-Prince on Saturday, officials said. After landing, the … Continue reading About 400 Kenyan police land in Haiti", 400)]
    [InlineData("Police land in Haiti\n\nAbout 400 Kenyan police officers landed in Port-au-Prince on Saturday, officials said. After landing, the [...] Continue Reading About 400 Kenyan police land in Haiti →", 400)]
    public void The_title_in_a_footer_counts_no_second_figure(string document, double value) =>
        Assert.Single(DocumentCounts(document), c => c.Value == value);

    [Theory]
    // Near misses: the site the footer names is still a source.
    [InlineData("Troops leave the base\n\nAbout 300 soldiers left the base on Friday, the army said.\n\nThe post Poland claims 300 soldiers left the base appeared first on Politico.", "Politico")]
    public void The_site_a_post_footer_names_stays_a_source(string document, string source) =>
        Assert.Contains(DocumentMentions(document), m => m.Source == source);

    // Near miss: prose that opens with "The post" and names no site keeps its figure.
    [Fact]
    public void Prose_that_opens_with_the_post_is_read() =>
        Assert.Single(DocumentCounts("Border post reinforced\n\nThe post was reinforced by about 120 soldiers on Friday, the army said."), c => c.Value == 120);
}

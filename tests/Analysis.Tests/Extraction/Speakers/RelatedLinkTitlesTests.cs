namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A line that links to another story on the page ("Read also: …", "Related: …", as Ukrinform's and UNN's pages set them between
/// paragraphs) holds that story's title: a title that names its speaker by a colon ("Shoigu: 5,000 Russian soldiers to stay …")
/// gives that speaker as its figure's voice, as a headline does. Near miss: a title with no colon speaker is no one's. The pages
/// are ours.
/// </summary>
public class RelatedLinkTitlesTests
{
    private static string Page(string line) =>
        $"Troops head north\n\nAbout 1,400 Moldovan soldiers crossed into the region on Monday, President Maia Sandu said.\n\n{line}\n\nOfficials gave no date for their return.\n";

    [Theory]
    [InlineData("Read also: Shoigu: 5,000 Russian soldiers to stay in Transnistria", 5000, "Sergei Shoigu")]
    [InlineData("Related: Stoltenberg: NATO to send 3,000 more troops to Romania", 3000, "Jens Stoltenberg")]
    public void A_related_title_speaks_with_its_colon_speaker(string line, double value, string voice) =>
        Assert.Equal(voice, Of(Page(line), value).AttributedTo);

    [Theory]
    // Near miss: a title with no colon speaker.
    [InlineData("Read also: Moldova sends 2,500 soldiers to the border", 2500)]
    public void A_related_title_without_a_speaker_is_no_ones(string line, double value) =>
        Assert.Null(Of(Page(line), value).AttributedTo);
}

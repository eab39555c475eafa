namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A caption's photo credit that a page runs into the story: after a bar that closes a caption with no full stop ("… at the
/// base | Image: Tanjug", "| Photo: Reuters", "| Credit: AFP"), or an agency's credit in capitals after the caption's last
/// full stop ("AFP PHOTO / NAME"). The credit names a picture's owner; no name in it is a source, nor a link of a figure's chain.
/// </summary>
public class BarredPhotoCreditsTests
{
    [Theory]
    [InlineData("About 30 soldiers will go to Lebanon, the army says\nSoldiers at a barracks near Nis | Image: Tanjug\n\nThey leave in May.", "Tanjug")]
    [InlineData("About 30 soldiers will go to Lebanon, the army says\nSoldiers at a barracks near Nis | Photo: Reuters\n\nThey leave in May.", "Reuters")]
    [InlineData("About 30 soldiers will go to Lebanon, the army says\nSoldiers at a barracks near Nis | Credit: AFP\n\nThey leave in May.", "AFP")]
    [InlineData("About 30 soldiers will go to Lebanon, the army says.\n\nSoldiers at a barracks near Nis on May 2. AFP PHOTO / JAN KOWAL", "AFP")]
    public void The_credit_cites_no_one(string text, string notSource) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == notSource);

    [Theory]
    [InlineData("About 30 soldiers will go to Lebanon, the army says\nSoldiers at a barracks near Nis | Image: Tanjug\n\nThey leave in May.")]
    [InlineData("About 30 soldiers will go to Lebanon, the army says\nSoldiers at a barracks near Nis | Photo: Reuters\n\nThey leave in May.")]
    public void The_credit_carries_no_figure(string text) =>
        Assert.Empty(Assert.Single(Counts(text), c => c.Value == 30).Via);

    [Theory]
    // Near misses: a label before a caption's own words in lower case is no credit, and a label with no bar before it
    // ("Source:" after a full stop) is left to the other readings.
    [InlineData("About 30 soldiers will go to Lebanon, Tanjug reported | Photo: soldiers at a barracks near Nis", "Tanjug")]
    [InlineData("About 30 soldiers will go to Lebanon, the army said. Source: Reuters", "Reuters")]
    public void Names_the_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}

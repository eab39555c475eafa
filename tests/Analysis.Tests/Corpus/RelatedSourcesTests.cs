namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>The "Related Sources:" list that ends an article is read as its items, without list markers.</summary>
public class RelatedSourcesTests
{
    [Theory]
    [InlineData("Related Sources:\n- Agency briefing\n* Ministry note\n• Wire copy\n2) Second item\n10. Tenth item", "Agency briefing|Ministry note|Wire copy|Second item|Tenth item")]
    [InlineData("related  source : Agency briefing\n-not a marker", "Agency briefing|-not a marker")]
    [InlineData("RELATED SOURCES:   \n  3.5 million readers", "3.5 million readers")]
    [InlineData("Related Sources:", "")]
    public void Items_are_read_without_their_markers(string list, string items)
    {
        var document = DocumentParser.Parse("a", "a.txt", $"Troops arrived\n\nAbout 3,000 soldiers arrived on Monday.\n\n{list}\n");
        Assert.Equal(items.Length == 0 ? [] : items.Split('|'), document.RelatedSources);
    }

    [Theory]
    [InlineData("Related reading: one")]
    [InlineData("Related sourcesx: one")]
    [InlineData("Relatedsources: one")]
    public void Other_headings_are_text(string line)
    {
        var document = DocumentParser.Parse("a", "a.txt", $"Troops arrived\n\nAbout 3,000 soldiers arrived on Monday.\n\n{line}\n");
        Assert.Empty(document.RelatedSources);
    }
}

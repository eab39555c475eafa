namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>
/// Bulleted lines inside a block of a page whose paragraphs are set off by blank lines: each item is a paragraph of its own,
/// so items with no full stop do not join into one sentence (and one figure's source is not another item's).
/// </summary>
public class ListItemTests
{
    [Theory]
    [InlineData("Key facts:\n- About 900 reservists called up (defence ministry)\n- Some 40 hurt, per the army", "Key facts:|- About 900 reservists called up (defence ministry)|- Some 40 hurt, per the army")]
    [InlineData("* 2,000 guards arrived in May, the governor says\n* 150 more due next week", "* 2,000 guards arrived in May, the governor says|* 150 more due next week")]
    [InlineData("• Convoy left at dawn\n• Second convoy followed", "• Convoy left at dawn|• Second convoy followed")]
    [InlineData("  - Indented item one\n\t- Indented item two", "- Indented item one|- Indented item two")]
    // Near misses: hard-wrapped lines join, whatever opens them, unless a bullet and a space do.
    [InlineData("The exercise began in\nthe hills and lasted\na week", "The exercise began in\nthe hills and lasted\na week")]
    [InlineData("Losses stood at\n-40 degrees of frost", "Losses stood at\n-40 degrees of frost")]
    [InlineData("The brigade left in\n2024. The rest stayed", "The brigade left in\n2024. The rest stayed")]
    [InlineData("Units listed below\n*footnote marker", "Units listed below\n*footnote marker")]
    public void Each_bulleted_line_is_a_paragraph(string block, string paragraphs)
    {
        var document = DocumentParser.Parse("a", "a.txt", $"Drill season begins\n\nUnits moved to the coast on Monday.\n\n{block}\n\nObservers filed two reports.\n");
        var texts = document.Paragraphs.Skip(1).SkipLast(1).Select(p => p.Text);
        Assert.Equal(paragraphs.Split('|'), texts);
    }
}

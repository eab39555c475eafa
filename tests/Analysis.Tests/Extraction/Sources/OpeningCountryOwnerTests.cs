namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A ministry named by its proper name alone ("the Defense Ministry said") in a story whose actor opens a sentence by its
/// country's name ("Norway on Monday sent two frigates carrying 300 marines") is that country's ministry, as it is after
/// "Norwegian troops". An opening actor never overrides an owner the story named before. The sentences are ours.
/// </summary>
public class OpeningCountryOwnerTests
{
    [Theory]
    [InlineData("Frigates sail\n\nNorway on Monday sent two frigates carrying some 300 marines. About 80 more will follow next week, the Defense Ministry said.", "Norwegian Defense Ministry")]
    // Near miss: the owner named first by its adjective keeps the ministry.
    [InlineData("Frigates sail\n\nDanish marines left on Monday. Norway will send ships later. About 80 more will follow next week, the Defense Ministry said.", "Danish Defense Ministry")]
    public void The_ministry_is_the_actors(string document, string origin) =>
        Assert.Equal(origin, Assert.Single(DocumentCounts(document), c => c.Value == 80).AttributedTo);
}

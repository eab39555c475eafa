namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The partisan movement that reports on Russian units from behind the lines is cited by its name, in title case or capitals,
/// often with what it is between the name and the verb ("the Atesh resistance group", "the ATESH partisan movement said"):
/// the gazetteer names it, where a single unknown word in title case was read as no speaker at all.
/// </summary>
public class AteshMovementTests
{
    [Theory]
    [InlineData("On Friday the ATESH resistance movement announced that about 200 gunners were training on the new howitzers.")]
    [InlineData("Roughly 150 conscripts have left their unit near the river, according to the Atesh partisan group.")]
    [InlineData("Atesh claimed in a Telegram post that some 400 marines had been moved to the peninsula.")]
    public void The_movement_is_cited(string text) =>
        Assert.Contains(Mentions(text), m => m.Source == "Atesh");

    [Theory]
    // Near miss: the movement named with no words of its own is no source of the story.
    [InlineData("Some 300 soldiers guard the depot that the Atesh movement set on fire last year, the governor said.")]
    public void Not_cited(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == "Atesh");
}

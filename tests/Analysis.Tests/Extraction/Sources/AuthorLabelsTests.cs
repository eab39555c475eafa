namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A byline labelled "Author:" (or "Author :", as aggregators paste it) names the story's writer, above the story or below it,
/// as "By …" does; a writer's byline may close with "and agencies", the wires the copy draws on, which names no one more.
/// Near misses: a staff line after the label names no writer. The sentences are ours.
/// </summary>
public class AuthorLabelsTests
{
    [Theory]
    [InlineData("Troops leave\n\nSome 300 soldiers left the town on Monday, the army said.\n\nAuthor: Mirela Dobrev")]
    [InlineData("Troops leave\n\nAuthor : Mirela Dobrev in Sofia and agencies\n\nSome 300 soldiers left the town on Monday, the army said.")]
    [InlineData("Troops leave\n\nSome 300 soldiers left the town on Monday, the army said.\n\nBy Mirela Dobrev and agencies")]
    public void The_writer_is_a_source(string text) =>
        Assert.Contains(Mentions(text), m => m.Source == "Mirela Dobrev");

    [Theory]
    // Near miss: a staff line names no writer.
    [InlineData("Troops leave\n\nSome 300 soldiers left the town on Monday, the army said.\n\nAuthor: Staff Writer", "Staff Writer")]
    public void Not_a_source(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}

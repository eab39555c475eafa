namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice that puts forward evidence or data ("X highlighted evidence indicating that …", "X shared preliminary data
/// indicating that …") gives the figure the reading holds; "shared" alone (a border, a base) gives none. The sentences are ours.
/// </summary>
public class EvidencePutForwardTests
{
    [Theory]
    [InlineData("Defence Minister Arlo Pemberton highlighted evidence indicating that Valdoria has moved some 6,000 soldiers to the frontier.", "Arlo Pemberton")]
    [InlineData("In a post on Monday, Defence Minister Arlo Pemberton shared preliminary data indicating that more than 700 Valdorian soldiers had been wounded.", "Arlo Pemberton")]
    [InlineData("General Tomas Ebbe presented evidence showing that about 2,500 Ruritanian troops had crossed the river.", "Tomas Ebbe")]
    public void The_voice_that_puts_evidence_forward_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near miss: "shared" with no evidence or data is no statement.
    [InlineData("Ruritania shared a base with the 2,500 Valdorian troops stationed near the river.")]
    public void Sharing_a_thing_is_no_statement(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "a statement from X" cites X; the text that says there was no such statement ("There was no immediate statement from
/// Minsk", "no official comment by the ministry") says that X said nothing: X is named, not cited.
/// </summary>
public class AbsentStatementsTests
{
    [Theory]
    [InlineData("Kyiv said 900 soldiers had crossed the border. There was no immediate statement from Belarus.", "Belarus")]
    [InlineData("Kyiv said 900 soldiers had crossed the border. There has been no official statement from the Belarusian Defence Ministry.", "Belarusian Defense Ministry")]
    [InlineData("Kyiv said 900 soldiers had crossed the border. No statement from Belarus has followed.", "Belarus")]
    public void Not_cited(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);

    [Theory]
    // Near misses: a statement that was given cites its giver; a "no" inside what it says is its news, not its silence.
    [InlineData("A statement from Belarus said 900 soldiers had crossed the border.", "Belarus")]
    [InlineData("A statement from Belarus said no soldiers had crossed the border.", "Belarus")]
    [InlineData("Minsk gave no figure, but a statement from the Belarusian Defence Ministry said 900 soldiers had left.", "Belarusian Defense Ministry")]
    public void Still_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}

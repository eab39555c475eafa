namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An outlet's noun set in apposition after a sentence's opening adverb ("Separately, the newspaper, citing its own
/// sources, estimated") names no outlet "Separately": a word that starts no name is none alone.
/// </summary>
public class OpeningAdverbNotOutletTests
{
    [Theory]
    [InlineData("Meanwhile, the newspaper, quoting unnamed officers, put the number at 4,000.", "Meanwhile")]
    [InlineData("Separately, the daily, citing its own sources, estimated that 700 soldiers had left.", "Separately")]
    [InlineData("However, the broadcaster, citing its reporters, said 900 troops had crossed.", "However")]
    public void No_outlet_named_by_the_adverb(string text, string word) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == word);

    [Theory]
    // Near miss: a name set before its outlet noun in apposition stays the outlet.
    [InlineData("Kommentar, the weekly, reported that 600 soldiers had left.", "Kommentar")]
    public void The_name_stays_an_outlet(string text, string outlet) =>
        Assert.Contains(Mentions(text), m => m.Source == outlet);
}

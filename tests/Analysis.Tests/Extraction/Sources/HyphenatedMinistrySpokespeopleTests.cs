namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A ministry written as a hyphenated compound before its spokesperson ("a Malian defence-ministry spokesman", "a Chinese
/// foreign-ministry spokeswoman") is that country's ministry speaking, as the two words without the hyphen are. The
/// sentences are ours.
/// </summary>
public class HyphenatedMinistrySpokespeopleTests
{
    [Theory]
    [InlineData("Close to 900 soldiers were flown north overnight, a Malian defence-ministry spokesman said.", "Malian Defense Ministry")]
    [InlineData("Close to 900 soldiers were flown north overnight, a Chadian defense-ministry spokeswoman said.", "Chadian Defense Ministry")]
    [InlineData("Close to 900 soldiers were flown north overnight, a Chinese foreign-ministry spokeswoman said.", "Chinese Foreign Ministry")]
    // Near miss: the two words without the hyphen.
    [InlineData("Close to 900 soldiers were flown north overnight, a Malian defence ministry spokesman said.", "Malian Defense Ministry")]
    public void The_ministry_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}

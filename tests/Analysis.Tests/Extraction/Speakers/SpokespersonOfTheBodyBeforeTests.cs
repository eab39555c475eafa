namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "The Chilean army said a convoy had left. … About 400 soldiers are in it, the spokesman said": a spokesperson that no person
/// named before fits speaks for the body cited last (in the three sentences before), as a body's spokesperson does ("an army
/// spokesman said" is the army's). Before, across paragraphs, the figure had no voice. Not for a group of people cited before
/// ("U.S. officials"), nor where a person fits. The sentences are ours.
/// </summary>
public class SpokespersonOfTheBodyBeforeTests
{
    [Theory]
    [InlineData("The Uruguayan army said on Friday that a battalion had left.\n\nThe rains had stopped.\n\nAbout 850 soldiers are in the column, the spokesman said.", 850, "Uruguayan Army")]
    [InlineData("The Kenyan police said on Friday that a team had left.\n\nThe rains had stopped.\n\nAbout 850 officers are in the team, the spokeswoman added.", 850, "Kenyan police")]
    // Near miss: a person named before holds the office.
    [InlineData("Colonel Diego Sosa, a spokesman for the Uruguayan army, said on Friday that a battalion had left.\n\nThe rains had stopped.\n\nAbout 850 soldiers are in the column, the spokesman said.", 850, "Diego Sosa")]
    public void The_spokesperson_speaks_for_the_body_before(string paragraphs, double value, string origin) =>
        Assert.Equal(origin, Of("Headline\n\n" + paragraphs, value).AttributedTo);

    // Near miss: officials are people, no body a spokesperson speaks for.
    [Fact]
    public void Officials_are_no_body_of_a_spokesperson() =>
        Assert.Null(Of("Headline\n\nUruguayan officials said on Friday that a battalion had left.\n\nThe rains had stopped.\n\nAbout 850 soldiers are in the column, the spokesman said.", 850).AttributedTo);
}

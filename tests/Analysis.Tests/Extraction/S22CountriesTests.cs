namespace Analysis.Tests.Extraction;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Countries as voices and owners (session 22): a named person whose title is an office of a state owns the troops he speaks of
/// when nothing else says whose they are; a person of no state office does not, and the troops' own words still win. Each table
/// holds both ways.
/// </summary>
public class S22CountriesTests
{
    [Theory]
    // The state office of the figure's voice, named a paragraph before, owns what nothing else does.
    [InlineData("Untitled\n\nPentagon press secretary John Kirby spoke to reporters on Friday.\n\nUp to 275 troops will be sent to the region, he said.", 275, "United States")]
    [InlineData("Untitled\n\nSpanish Defence Minister Margarita Robles spoke to reporters on Friday.\n\nAbout 600 more troops will be sent to Latvia, she said.", 600, "Spain")]
    // The troops' own demonym outweighs the speaker's office.
    [InlineData("Untitled\n\nPentagon press secretary John Kirby spoke to reporters on Friday.\n\nAbout 10,000 North Korean troops are in Russia, he said.", 10000, "North Korea")]
    public void A_state_officer_voice_owns_what_nothing_else_does(string text, double value, string subject) => Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // A voice of no state office (an analyst, a retired officer) owns nothing.
    [InlineData("Untitled\n\nMichael Kofman, an analyst at the CNA think tank, spoke to reporters on Friday.\n\nUp to 275 troops will be sent to the region, he said.", 275)]
    [InlineData("Untitled\n\nJohn Smith, a retired colonel, spoke to reporters on Friday.\n\nAbout 600 more troops will be sent to Latvia, he said.", 600)]
    public void A_voice_of_no_state_office_owns_nothing(string text, double value) => Assert.Null(Of(text, value).Subject);
}

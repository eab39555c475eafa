namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A bracket right after a figure that holds only names gives the figure's sources, as explainers and fact boxes set them
/// ("about 11,000 troops (Pentagon)", "(French army figures)", "(U.S., Ukraine)"); a bracket of other words, or one after a
/// year, cites no one. Our own sentences.
/// </summary>
public class BracketedSourcesTests
{
    [Theory]
    [InlineData("About 11,000 North Korean troops (Pentagon) were sent to Kursk.", "Pentagon")]
    [InlineData("France kept about 1,000 troops in Chad (French army figures) until the end.", "French Army")]
    [InlineData("Some 2,400 Chadian troops (Chadian officials, UN) guard the border.", "Chadian officials")]
    public void A_bracket_of_names_after_a_figure_gives_its_source(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    [InlineData("About 11,000 North Korean troops (mostly conscripts from the Pentagon district) were sent.")]
    [InlineData("About 11,000 North Korean troops were sent in 2024 (Pentagon) to Kursk.")]
    [InlineData("About 11,000 North Korean troops (see the Pentagon map) were sent to Kursk.")]
    public void Other_brackets_cite_no_one(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}

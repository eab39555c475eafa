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

    // A bracket between a name that capitalised words alone join to the number and the lower-case noun after it is the name's
    // acronym, inside the figure's own noun phrase ("Some 40 Kurdistan Workers Party (PKK) fighters"): no source. Near miss: a
    // bracket after the lower-case noun still cites.
    [Theory]
    [InlineData("Some 40 Kurdistan Workers Party (PKK) fighters were killed in the raid.", null)]
    [InlineData("About 900 troops (Pentagon) were killed in the raid.", "Pentagon")]
    public void An_acronym_inside_the_figures_noun_phrase_is_no_source(string text, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}

namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A figure that "each" of a list of countries gives ("Kenya, Rwanda and Burundi are each to send about 800", "Chad and Niger
/// each moved around 300 soldiers", "Mali and Benin more than 150 each") is one figure per country, each its own. Without
/// "each" the list sends the figure together. The sentences are ours.
/// </summary>
public class EachOfCountriesTests
{
    [Theory]
    [InlineData("Kenya, Rwanda and Burundi are each to send about 800 soldiers, the bloc said.", 800d, new[] { "Kenya", "Rwanda", "Burundi" })]
    [InlineData("Chad and Niger each moved around 300 soldiers to the border last week.", 300d, new[] { "Chad", "Niger" })]
    [InlineData("Togo will send 400 troops, Ghana 250, and Mali and Benin more than 150 each.", 150d, new[] { "Mali", "Benin" })]
    public void Each_country_of_the_list_has_the_figure(string text, double value, string[] subjects) =>
        Assert.Equal(subjects, Counts(text).Where(c => (c.Value ?? c.Low) == value).Select(c => c.Subject));

    // Near misses: a list with no "each" sends the figure together; "each" of other things.
    [Theory]
    [InlineData("Kenya and Rwanda will send 800 soldiers between them, the bloc said.", 800d)]
    [InlineData("Kenya and Rwanda will send 800 soldiers, with two trucks each.", 800d)]
    public void A_list_without_each_gives_one_figure(string text, double value) =>
        Assert.Single(Counts(text), c => (c.Value ?? c.Low) == value);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's estimates, figures or data named by its adjective ("according to Dutch estimates", "Finnish figures put") are
/// the country's word, named by the country, as "The Hague estimates" is; not a source named by the bare adjective, and not
/// where no one is cited. The sentences are ours.
/// </summary>
public class CountryEstimatesTests
{
    [Theory]
    [InlineData("At least 400 Iranian troops have been killed, according to Dutch estimates.", 400, "Netherlands")]
    [InlineData("Finnish figures put the number of Russian troops near the border at 3,500.", 3500, "Finland")]
    [InlineData("About 1,200 Chadian soldiers remain, according to French data.", 1200, "France")]
    // Near miss: estimates that no one cites give no voice.
    [InlineData("The Dutch estimates were revised, and 400 Iranian troops have been killed.", 400, null)]
    public void A_countrys_estimates_are_the_countrys(string text, double value, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}

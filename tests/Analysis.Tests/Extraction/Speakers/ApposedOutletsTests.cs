namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's description of an outlet right before the outlet's name ("Russian state media TASS", "Russia's state news agency,
/// Tass") is one relay, the named outlet, as "the state news agency TASS" is; not two outlets in a list ("Interfax and TASS
/// reported"), nor a description with no name after it. The sentences are ours.
/// </summary>
public class ApposedOutletsTests
{
    [Theory]
    [InlineData("Moscow will send 2,000 troops to the border, Shoigu said, according to Russian state media TASS.", "TASS")]
    [InlineData("Moscow will send 3,000 troops to the border, Shoigu said, according to Russia's state news agency, Tass.", "TASS")]
    // Near misses: two outlets in a list, and a description with no name after it.
    [InlineData("Moscow will send 4,000 troops to the border, Shoigu said, Interfax and TASS reported.", "TASS; Interfax")]
    [InlineData("Moscow will send 5,000 troops to the border, Shoigu said, according to Russian state media.", "Russian state media")]
    public void The_named_outlet_is_the_relay(string text, string via)
    {
        var figure = Assert.Single(Counts(text));
        Assert.Equal(("Sergei Shoigu", via), (figure.AttributedTo, string.Join("; ", figure.Via)));
    }
}

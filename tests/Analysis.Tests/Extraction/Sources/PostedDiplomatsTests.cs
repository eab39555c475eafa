namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Diplomats placed in a capital ("diplomats in Colombo said", "diplomatic sources in Riyadh") are posted there by other
/// countries: the capital gives them no country, and they are "diplomats" or "diplomatic sources". Near miss: officials
/// placed in a capital are its country's ("officials in Damascus" are Syrian officials). The sentences are ours.
/// </summary>
public class PostedDiplomatsTests
{
    [Theory]
    [InlineData("Diplomats in Nairobi said about 1,000 Libyan troops had been flown out.", "diplomats", "Kenyan diplomats")]
    [InlineData("About 1,000 Libyan troops have been flown out, diplomats in Nairobi said.", "diplomats", "Kenyan diplomats")]
    [InlineData("Some 3,000 Syrian troops landed on Tuesday, diplomatic sources in Riyadh said.", "diplomatic sources", "Saudi diplomatic sources")]
    public void A_capital_gives_diplomats_no_country(string text, string origin, string not)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(origin, count.AttributedTo);
        Assert.DoesNotContain(Mentions(text), m => m.Source == not);
    }

    [Theory]
    // Near miss: officials in a capital are its country's.
    [InlineData("About 1,000 Libyan troops have been flown out, officials in Nairobi said.", "Kenyan officials")]
    public void Officials_in_a_capital_are_its_country_s(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}

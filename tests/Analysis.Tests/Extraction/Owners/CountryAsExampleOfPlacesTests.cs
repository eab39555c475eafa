namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country given as an example of a noun of place after a preposition of place ("in West African states including Senegal",
/// "across Gulf nations, such as Bahrain,") is one of those places, not the owner of the troops: the owner is the country that
/// keeps them there, named or pointed to by "its". Copy on drawdowns often lists the host countries this way. Where no
/// preposition of place comes before the noun ("Several countries, including Kenya, have pledged"), the example is still an
/// actor. The sentences are ours.
/// </summary>
public class CountryAsExampleOfPlacesTests
{
    [Theory]
    [InlineData("France is cutting its forces in West African states including Senegal to 350 soldiers.", 350, "France")]
    [InlineData("Britain will trim its presence in Gulf nations such as Bahrain to 400 troops.", 400, "United Kingdom")]
    [InlineData("Washington is shrinking its footprint across Middle Eastern countries, including Iraq, to about 2,500 troops.", 2500, "United States")]
    [InlineData("Paris is pulling its soldiers out of Sahel states such as Mali, leaving 1,500.", 1500, "France")]
    // Near miss: no preposition of place before the noun, so the example is among those who pledge.
    [InlineData("Several countries, including Kenya, have pledged 1,000 troops.", 1000, "Kenya")]
    public void A_country_named_as_an_example_of_places_is_a_place(string text, double value, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}

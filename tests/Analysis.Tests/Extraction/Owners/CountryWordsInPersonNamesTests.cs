namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Reservists with no owner take the country of the voice that counts them; a country's name or capital that only opens that
/// voice's personal name ("Wellington Koo", "Jordan Bardella") names no country, so it owns nothing. A body's name that starts
/// with its country ("Ukraine Ground Forces") still does. The sentences are ours.
/// </summary>
public class CountryWordsInPersonNamesTests
{
    [Theory]
    [InlineData("Defence Minister Wellington Koo told lawmakers that about 15,000 reservists would report for training.")]
    [InlineData("Minister Jordan Bardella said 3,000 reservists would be mobilised.")]
    public void A_first_name_owns_no_reservists(string text) =>
        Assert.Null(Assert.Single(Counts(text)).Subject);

    [Theory]
    // Near misses: the country itself, and a body whose name starts with its country.
    [InlineData("Jordan said 3,000 reservists would be mobilised.", "Jordan")]
    [InlineData("Ukraine Ground Forces said 4,000 reservists had been called up.", "Ukraine")]
    public void A_country_or_its_body_still_owns_them(string text, string subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text)).Subject);
}

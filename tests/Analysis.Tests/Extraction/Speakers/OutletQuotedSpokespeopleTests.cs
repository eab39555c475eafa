namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An unnamed spokesperson for a state's body or office whom a named outlet quotes ("Xinhua quoted a spokesman for South
/// Sudan's president as saying") speaks to that outlet, as one who "told Xinhua" does: named as the country's officials of the
/// body's trade ("South Sudanese officials", "Kenyan defense officials"), the DevSet header's convention for a spokesperson
/// who talks to a named outlet; the outlet stays the via. A spokesperson who only "said", or one the text names, is as before.
/// The sentences are ours.
/// </summary>
public class OutletQuotedSpokespeopleTests
{
    [Theory]
    [InlineData("Some 1,500 Ugandan soldiers will remain until March, Xinhua quoted a spokesman for South Sudan's president as saying.", "South Sudanese officials")]
    [InlineData("Al Jazeera quoted a spokeswoman for Kenya's defence ministry as saying that 300 Kenyan police officers would fly home.", "Kenyan defense officials")]
    // Near misses: the spokesperson named after the title is the person; one who only said speaks for the office as before.
    [InlineData("Al Jazeera quoted a spokeswoman for Kenya's defence ministry, Col. Mary Wanjiru, as saying that 300 Kenyan police officers would fly home.", "Mary Wanjiru")]
    [InlineData("A spokesman for South Sudan's president said some 1,500 Ugandan soldiers would remain until March.", "South Sudan")]
    public void A_quoted_spokesperson_is_the_countrys_officials(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}

namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "Australia's national commander in East Timor, Lieutenant Colonel Brian Cox, said": the country where an office is held,
/// between its title and the holder named in apposition, belongs to the title; the holder speaks, not the place nor a group
/// of the title's holders. The sentences are ours.
/// </summary>
public class OfficeHeldInCountryTests
{
    [Theory]
    [InlineData("Sixty New Zealand soldiers left Dili this week, New Zealand's senior officer in East Timor, Colonel Martin Dunne, said.", 60, "Martin Dunne")]
    [InlineData("About 250 Estonian soldiers will leave by May, Estonia's commander in Mali, Colonel Tarmo Kask, said on Friday.", 250, "Tarmo Kask")]
    // Not: a country after "in" that is the figure's place, with no holder in apposition, stays the place.
    [InlineData("About 250 Estonian soldiers serve in Mali, Estonia's defence ministry said.", 250, "Estonian Defense Ministry")]
    public void The_holder_of_an_office_held_in_a_country_speaks(string text, double value, string origin) =>
        Assert.Equal(origin, Count(text, value).AttributedTo);
}

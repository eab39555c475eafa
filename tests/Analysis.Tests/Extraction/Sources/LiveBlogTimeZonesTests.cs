namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A live blog's entries open with a clock and its time zone ("11:40 ET:", "17:05 IST", "09:15 GMT:"): the zone's capitals are
/// no unknown body or outlet, even before the colon that a speaker's label has. Near miss: an unknown acronym that speaks
/// ("UNN reported") stays a source. The sentences are ours, in the shapes of U.S. and Indian live blogs.
/// </summary>
public class LiveBlogTimeZonesTests
{
    [Theory]
    [InlineData("U.S.-Iran tensions: live updates\n\n09:15 ET: More than 3,000 paratroopers will deploy to Kuwait, two U.S. defense officials tell Fox News.\n\n11:40 ET: The State Department urges all U.S. citizens to leave Iraq immediately.", "ET")]
    [InlineData("India-Pakistan LIVE\n\n17:05 IST India has moved 25,000 troops to the border, local media report.", "IST")]
    [InlineData("Kursk: live\n\n09:15 GMT: About 1,000 North Korean sappers have reached the region, the governor says.", "GMT")]
    public void The_time_zone_is_no_source(string document, string zone) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == zone);

    [Fact]
    public void An_unknown_acronym_that_reports_is_a_source() =>
        Assert.Contains(DocumentMentions("Kyiv\n\nAbout 3,000 soldiers were moved to the border, UNN reported."), m => m.Source == "UNN");
}

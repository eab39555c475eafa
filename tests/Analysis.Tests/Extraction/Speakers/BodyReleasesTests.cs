namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A state body's release named after the body with no country before it ("according to a government statement", "an army
/// statement said") speaks for that body of the dateline's or the sentence's country, as "a government spokesman" does; with
/// no country to give it, it stays the document it is.
/// </summary>
public class BodyReleasesTests
{
    [Theory]
    [InlineData("KIGALI - About 1,500 soldiers will leave for the north on Monday, according to a government statement.", "Rwandan government")]
    [InlineData("KIGALI - A government statement said about 1,500 soldiers would leave for the north on Monday.", "Rwandan government")]
    [InlineData("KIGALI - About 1,500 soldiers will leave for the north on Monday, an army statement said.", "Rwandan Army")]
    [InlineData("Rwanda will send about 1,500 soldiers to the north on Monday, according to a military statement.", "Rwandan military")]
    public void The_release_speaks_for_the_countrys_body(string passage, string origin) =>
        Assert.Equal(origin, Only("Troops\n\n" + passage).AttributedTo);

    [Fact]
    public void Without_a_country_the_release_stays_a_document() =>
        Assert.Equal("government statement", Only("Troops\n\nA government statement said about 1,500 soldiers would leave for the north on Monday.").AttributedTo);
}

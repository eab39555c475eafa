namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A state body named after "of" right after another body is that body's address: "The Main Intelligence Directorate (HUR) of
/// the Ministry of Defense of Ukraine announced", "the Main Directorate of Intelligence of Ukraine's Defence Ministry said" cite
/// the intelligence service, not the ministry (before, the ministry stood next to the verb and took the figure). A ministry
/// named alone, "of" its country, still speaks. The sentences are ours.
/// </summary>
public class BodyAddressesTests
{
    [Theory]
    [InlineData("The Main Intelligence Directorate (HUR) of the Ministry of Defense of Ukraine said on Friday that 1,300 North Korean gunners had reached Kursk.")]
    [InlineData("The Main Directorate of Intelligence of Ukraine's Defence Ministry said on Friday that 1,300 North Korean gunners had reached Kursk.")]
    public void The_body_speaks_not_its_ministry(string text)
    {
        Assert.Equal("Ukrainian military intelligence", Assert.Single(Counts(text)).AttributedTo);
        Assert.DoesNotContain(Mentions(text), m => m.Source == "Ukrainian Defense Ministry");
    }

    // Near miss: a ministry named alone, "of" its country, speaks.
    [Fact]
    public void A_ministry_of_a_country_speaks() =>
        Assert.Equal("Ukrainian Defense Ministry", Assert.Single(Counts("The Ministry of Defense of Ukraine said on Friday that 1,300 North Korean gunners had reached Kursk.")).AttributedTo);
}

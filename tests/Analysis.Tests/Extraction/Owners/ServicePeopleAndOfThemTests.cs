namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose troops: a service's people ("Marines", "sailors") take no cited voice's country
/// (the host's official speaks of visitors); "N of them" is read as the figures around it are, not as the last troops a
/// demonym names (the captors or the reporting side); "a total of" alone makes no total of several owners. Units that name
/// their country and totals after parts of several owners ("in all", "together") keep their readings.
/// </summary>
public class ServicePeopleAndOfThemTests
{
    [Theory]
    // A host's or any other official who speaks of a service's people does not own them (capitalized "Marines"
    // alone are U.S. Marines, AP style; before, no owner).
    [InlineData("Untitled\n\nAbout 2,000 Marines will rotate through Darwin this year, an Australian defence official said.", "United States")]
    [InlineData("Untitled\n\nAbout 1,800 Marines will train in Queensland this year, a Philippine defence official said.", "United States")]
    // A unit that names its country still does.
    [InlineData("Untitled\n\nThe port is to take about 1,500 Marines from the 2nd Marine Expeditionary Force, a base spokesman said.", "United States")]
    public void A_service_s_people_are_not_the_cited_voice_s(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[0].Subject);

    [Theory]
    // The side that reports killing or capturing them does not own "hundreds of them".
    [InlineData("Untitled\n\nNorth Korea has sent 11,000 soldiers to Kursk. Ukrainian forces said on Monday they had killed hundreds of them.", "North Korea")]
    [InlineData("Untitled\n\nSome 5,000 Eritrean troops remain in Tigray, and Ethiopian forces said they had captured hundreds of them.", "Eritrea")]
    public void Of_them_is_read_as_the_figures_around_it(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);

    [Theory]
    // A total after parts of two owners has none.
    [InlineData("Untitled\n\nGhana will provide 1,200 soldiers, while Senegal is to send 800. About 2,000 troops in all have been pledged.", null)]
    [InlineData("Untitled\n\nGhana will provide 1,200 soldiers, while Senegal is to send 800. Together, about 2,000 troops have been pledged.", null)]
    // "a total of" is only a filler: the context keeps its owner.
    [InlineData("Untitled\n\nGhana will provide 1,200 soldiers, while Senegal is to send 800. It will deploy a total of 300 more next year.", "Senegal")]
    public void A_total_after_parts(string text, string? subject) => Assert.Equal(subject, DocumentCounts(text)[^1].Subject);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Unnamed voices of a side: a people's or region's adjective no country list knows ("Tigrayan officials", "a Kurdish
/// official") names whose voices they are; one of several commanders of a country's force ("a senior commander of the Ethiopian
/// National Defense Force") is its officials, named by the country when the force is its whole military; a seat of government
/// holds sources close to it ("a source close to the Elysée": French sources). The sentences are ours.
/// </summary>
public class SideVoicesTests
{
    [Theory]
    [InlineData("Report\n\nSome 4,000 Eritrean troops remain in the region, Tigrayan officials said.", 4000, "Tigrayan officials")]
    [InlineData("Report\n\nAbout 1,500 Turkish soldiers crossed the border, a Kurdish official told reporters.", 1500, "Kurdish officials")]
    [InlineData("Report\n\nA senior commander of the Ethiopian National Defense Force said 4,000 Eritrean troops remained.", 4000, "Ethiopian military officials")]
    [InlineData("Report\n\nAn officer of the Indian Army said 4,000 Chinese troops remained.", 4000, "Indian Army officials")]
    [InlineData("Report\n\nFrance will cut its force in Chad to 300 soldiers, a source close to the Elysée said.", 300, "French sources")]
    [InlineData("Report\n\nAbout 2,000 Ukrainian troops have crossed the river, Russian military bloggers said.", 2000, "Russian military bloggers")]
    public void A_side_speaks_by_its_name(string document, double value, string origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);

    [Theory]
    // The commander of a body is its head, an office, not one of its officials.
    [InlineData("Report\n\nThe commander of the Ethiopian National Defense Force said 4,000 Eritrean troops remained.", 4000, "Ethiopian military officials")]
    // A side's adjective that opens the sentence may be any capitalised word: no voice is made of it.
    [InlineData("Report\n\nSome 4,000 troops remain, officials said.", 4000, "Tigrayan officials")]
    public void Not_a_side(string document, double value, string notOrigin) =>
        Assert.NotEqual(notOrigin, Of(document, value).AttributedTo);
}

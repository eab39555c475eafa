namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whose words a figure is: a country's own
/// estimate that puts a number ("U.S. estimates put the number ... at N", nk6-10; wire phrasing as "Western estimates put", nk2-11,
/// d-nk-25) is that country's voice. Rows where the rule applies and rows where the same words must not change the answer. The
/// sentences are ours, in real shapes.
/// </summary>
public class CountryEstimatesTests
{
    [Theory]
    // A country's adjective before its own estimate or count, then a verb that puts the number: the country speaks.
    [InlineData("War\n\nThe general said the fighting was fierce. U.S. estimates put the number of soldiers killed at around 2,000.", 2000, "United States")]
    [InlineData("War\n\nThe front was quiet. British estimates put the number of troops massed near the border at about 40,000.", 40000, "United Kingdom")]
    // An estimate with no verb that puts a number is no voice; a modifier that is no country keeps its own name.
    [InlineData("War\n\nU.S. estimates of the war were never published. About 2,000 soldiers remained in the city.", 2000, null)]
    [InlineData("War\n\nThe front was quiet. Western estimates put the number of troops massed near the border at about 40,000.", 40000, "Western estimates")]
    public void A_countrys_own_estimate_speaks_for_it(string document, double value, string? origin) =>
        Assert.Equal(origin, DocumentOrigin(document, value));
}

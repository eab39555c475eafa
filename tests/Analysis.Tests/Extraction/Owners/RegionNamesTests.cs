namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A region whose name holds a country's name or demonym ("Central American", "South America's") is no country: its troops
/// have no single owner, and "American" inside it is not the United States. The sentences are ours.
/// </summary>
public class RegionNamesTests
{
    [Theory]
    [InlineData("About 400 Central American soldiers were sent to Haiti.", 400, "")]
    [InlineData("Some 300 South American troops arrived in Port-au-Prince.", 300, "")]
    [InlineData("Latin American armies pledged 1,200 soldiers to the mission.", 1200, "")]
    // Near misses: the demonym alone and a country named after the region stay the country's.
    [InlineData("About 900 American soldiers were sent to Poland.", 900, "United States")]
    [InlineData("Some 250 Guatemalan troops, the largest Central American contingent, arrived in Haiti.", 250, "Guatemala")]
    public void A_region_is_no_country(string document, double value, string subject) =>
        Assert.Equal(subject, Of("Untitled\n\n" + document, value).Subject ?? "");
}

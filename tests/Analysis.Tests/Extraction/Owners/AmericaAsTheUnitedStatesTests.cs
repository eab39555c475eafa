namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "America" alone names the United States ("America's troops", "America's armed forces"), as "Americans" and "American"
/// already did, so its possessive owns the troops it is on and carries to the next sentence. Real reporting of the 2018-19
/// Syria withdrawal and US defence commentary write it so. The sentences are ours.
/// </summary>
public class AmericaAsTheUnitedStatesTests
{
    [Theory]
    [InlineData("The president wants to bring home America's 900 troops from Niger by the summer.", 900, "United States")]
    [InlineData("America's armed forces are stretched thin. Some 60,000 sailors serve at sea at any time.", 60000, "United States")]
    // Near misses: a continent's name that holds the word, and an outlet's name that holds it.
    [InlineData("Brazil, the biggest army in South America, has 300,000 troops.", 300000, "Brazil")]
    [InlineData("Voice of America reported that Chad had sent 400 soldiers.", 400, "Chad")]
    public void America_names_the_United_States(string document, double value, string subject) =>
        Assert.Equal(subject, Of("Untitled\n\n" + document, value).Subject ?? "");
}

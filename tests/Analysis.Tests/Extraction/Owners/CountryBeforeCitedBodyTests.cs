namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A possessive or demonym right before a cited body's name ("Seoul's National Intelligence Service said", "told Lebanon's New
/// TV") names the body's country, as it would inside the name: the voice, not the owner of the troops it counts. Real reporting
/// writes the capital's possessive before the agency's full name in wire copy of the North Korean losses, and a country's
/// possessive before a broadcaster's name. The sentences are ours.
/// </summary>
public class CountryBeforeCitedBodyTests
{
    [Theory]
    [InlineData("Thousands of North Korean soldiers are in the region. Seoul's National Intelligence Service said about 2,500 soldiers had been wounded.", 2500, "North Korea")]
    [InlineData("Syrian troops have been in the valley for years. A minister told Lebanon's New TV that 8,000 soldiers would leave by spring.", 8000, "Syria")]
    // Near misses: the body's country named as the actor of its own sentence, and a body that counts the other side's dead.
    [InlineData("North Korean troops were flown west last month. Seoul's National Intelligence Service said South Korea would send 30 observers.", 30, "South Korea")]
    [InlineData("Russian troops crossed the border. Ukraine's General Staff said 400 soldiers were killed.", 400, "Russia")]
    public void The_country_of_a_cited_body_does_not_own_the_troops_it_counts(string document, double value, string subject) =>
        Assert.Equal(subject, Of("Untitled\n\n" + document, value).Subject ?? "");
}

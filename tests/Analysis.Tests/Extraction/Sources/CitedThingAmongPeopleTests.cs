namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A citing verb whose object is a thing that happened to a people ("the paper cited heavy losses among North Koreans as the reason
/// ...", "the report cited desertions amid Russians' ...") cites no one: "among" and "amid" join another phrase, so the people
/// after them is no described source (descriptor_breaks), as after "of" or "in". The sentences are ours.
/// </summary>
public class CitedThingAmongPeopleTests
{
    [Theory]
    [InlineData("The daily cited heavy losses among North Koreans as the reason the 11,000 troops were pulled back.", "North Korea")]
    [InlineData("The study cited low morale among Russians as one cause.", "Russia")]
    public void The_people_is_no_source(string text, string notSource) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == notSource);

    // Near miss: a described source after a citing verb is still cited.
    [Theory]
    [InlineData("About 11,000 North Korean troops were pulled back, the daily reported, citing intelligence officials in Seoul.", "South Korea")]
    public void A_described_source_is_still_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Country == source);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "the country's" or "the nation's" before a body's own name stands for a country the sentence named before, as "Seoul's"
/// does: the cue before the possessive ("citing", "according to", "citing briefings from") cites the body, which is the origin,
/// and the speaker who cites it is its relay.
/// </summary>
public class CountryAnaphorPossessivesTests
{
    private static (string? By, string Via) Voice(string text, double value) =>
        Assert.Single(Counts(text), c => c.Value == value) is var c ? (c.AttributedTo, string.Join("; ", c.Via)) : default;

    [Theory]
    [InlineData("About 300 soldiers have died, South Korean lawmaker Park Min-ho said, citing the country's National Intelligence Service.", 300,
        "National Intelligence Service", "Park Min-ho")]
    [InlineData("About 450 soldiers were wounded, South Korean lawmaker Park Min-ho said on Monday, citing briefings from the country's National Intelligence Service.", 450,
        "National Intelligence Service", "Park Min-ho")]
    [InlineData("About 450 soldiers were wounded, South Korean lawmaker Park Min-ho said, citing a report from the nation's National Intelligence Service.", 450,
        "National Intelligence Service", "Park Min-ho")]
    [InlineData("About 450 soldiers were wounded, South Korean lawmaker Park Min-ho said, citing the country's own National Intelligence Service.", 450,
        "National Intelligence Service", "Park Min-ho")]
    // Near misses: the same with the country's own possessive, and a lower-case body after "the country's", which already worked.
    [InlineData("About 450 soldiers were wounded, South Korean lawmaker Park Min-ho said, citing Seoul's National Intelligence Service.", 450,
        "National Intelligence Service", "Park Min-ho")]
    [InlineData("About 450 soldiers were wounded, South Korean lawmaker Park Min-ho said, citing the country's spy agency.", 450,
        "National Intelligence Service", "Park Min-ho")]
    public void The_body_after_the_country_possessive_is_cited(string text, double value, string by, string via) =>
        Assert.Equal((by, via), Voice(text, value));

    [Theory]
    // Near misses: a possessive of a word that only starts as a country's stand-in leaves the speaker alone.
    [InlineData("About 450 soldiers were wounded, South Korean lawmaker Park Min-ho said, citing the countryside's National Intelligence Service office.", 450, "Park Min-ho")]
    public void Other_possessives_cite_no_body(string text, double value, string by) =>
        Assert.Equal(by, Voice(text, value).By);
}

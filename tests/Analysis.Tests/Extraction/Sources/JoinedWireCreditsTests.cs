namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Agencies that share a credit are joined by a hyphen: "NZPA-Reuter Nairobi -" before the dateline's place in New Zealand
/// papers, "(AAP-AFP)" in an Australian dateline, "AP-Reuters" opening a story. Each agency is a source, by its own name.
/// Near misses: hyphenated words that are not all agencies ("NATO-led", "US-Russian") credit no one. The sentences are ours.
/// </summary>
public class JoinedWireCreditsTests
{
    [Theory]
    [InlineData("NZPA-Reuter Nairobi - Some 2,000 Tanzanian troops reached the border, diplomats said.", "New Zealand Press Association", "Reuters")]
    [InlineData("SYDNEY (AAP-AFP) - About 400 Australian soldiers will be sent to East Timor, officials said.", "Australian Associated Press", "AFP")]
    [InlineData("AP-Reuters Belgrade - Nearly 5,000 soldiers moved toward the border overnight, officials said.", "Associated Press", "Reuters")]
    public void Each_joined_agency_is_a_source(string text, string first, string second)
    {
        var sources = Mentions(text).Select(m => m.Source).ToList();
        Assert.Contains(first, sources);
        Assert.Contains(second, sources);
    }

    [Theory]
    // Near misses: hyphenated words, not agencies.
    [InlineData("NATO-Russia talks on the 4,000 troops stalled, officials said.", "NATO")]
    [InlineData("US-Russian talks on the 2,000 soldiers stalled, officials said.", "United States")]
    public void Hyphenated_words_are_no_credit(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source && m.Surface == text[..text.IndexOf(' ')]);
}

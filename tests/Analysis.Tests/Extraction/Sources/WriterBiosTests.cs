namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A writer's bio under a whole page ("NAME is a Pentagon correspondent for NBC News.", "NAME was a Reuters correspondent
/// based in Seoul."): the outlet it names is the writer's employer, no source the story cites. Near misses: an outlet the
/// same kind of sentence cites ("…, NBC News reported") or that a person tells something stays a source. The articles are
/// ours.
/// </summary>
public class WriterBiosTests
{
    private const string Lead = "About 300 Latvian soldiers will join the mission next month, a senior defence official said Tuesday.";

    [Theory]
    [InlineData("Ilze Ozola is a Pentagon correspondent for NBC News.", "NBC News")]
    [InlineData("Ilze Ozola was a Reuters correspondent based in Riga.", "Reuters")]
    public void A_writers_bio_cites_no_outlet(string bio, string outlet) =>
        Assert.DoesNotContain(PageMentions("Latvia to send troops", Lead, bio), m => m.Source == outlet);

    [Theory]
    // Near misses: the outlet reports, or is told.
    [InlineData("Ilze Ozola is the ministry's spokeswoman, NBC News reported.", "NBC News")]
    [InlineData("Ilze Ozola told NBC News that more would follow.", "NBC News")]
    public void An_outlet_that_reports_or_is_told_stays_a_source(string sentence, string outlet) =>
        Assert.Contains(PageMentions("Latvia to send troops", Lead, sentence), m => m.Source == outlet);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// What an unnamed voice knows, after "familiar with", "briefed on" or "with knowledge of" ("a senior official familiar with
/// intelligence data said"): the matter is no source, the official is. Near misses: the voice itself and a speaker before it keep
/// their citations. The sentences are ours.
/// </summary>
public class UnnamedVoiceMattersTests
{
    [Theory]
    [InlineData("Minsk has moved about 9,000 soldiers to the border, a senior Lithuanian official familiar with intelligence data said.", "intelligence data")]
    [InlineData("Minsk has moved about 9,000 soldiers to the border, a Lithuanian official familiar with intelligence assessments said.", "intelligence assessments")]
    public void The_matter_a_voice_knows_is_no_source(string sentence, string matter) =>
        Assert.DoesNotContain(PageMentions("Belarus moves troops", sentence), m => m.Source == matter);

    [Theory]
    // Near misses: the voice, and a speaker citing such voices.
    [InlineData("Minsk has moved about 9,000 soldiers to the border, a senior Lithuanian official familiar with intelligence data said.", "Lithuanian officials")]
    [InlineData("Minsk has moved about 9,000 soldiers to the border, NATO said, citing officials familiar with the plans.", "NATO")]
    public void The_voice_keeps_its_citation(string sentence, string voice) =>
        Assert.Contains(PageMentions("Belarus moves troops", sentence), m => m.Source == voice);
}

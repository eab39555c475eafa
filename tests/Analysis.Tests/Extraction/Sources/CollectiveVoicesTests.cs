namespace Analysis.Tests.Extraction.Sources;

using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Collective voices: services named together by their trade ("Western intelligence agencies reported"), a
/// country's government sources (named with the word, as the DevSet header names "senior government sources"), and the press
/// named by when or how it reported ("weekend reports said"). Rows where each reading applies and near misses where it must
/// not. The sentences are ours.
/// </summary>
public class CollectiveVoicesTests
{
    [Theory]
    // A group of services by their trade, wherever the statement stands.
    [InlineData("Western intelligence agencies reported that Moscow had moved 8,000 soldiers to the border.", 8000, "Western intelligence agencies")]
    [InlineData("Moscow has moved 8,000 soldiers to the border, Western intelligence agencies said.", 8000, "Western intelligence agencies")]
    // Near miss: news agencies are outlets, no group of voices.
    [InlineData("Moscow has moved 8,000 soldiers to the border, Russian news agencies said.", 8000, null)]
    public void Services_named_together(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // A country's government sources keep the word, as its security and diplomatic sources do.
    [InlineData("About 2,000 soldiers will leave the island by March, according to Omani government sources.", 2000, "Omani government sources")]
    // Near miss: its government officials are its officials.
    [InlineData("About 2,000 soldiers will leave the island by March, according to Omani government officials.", 2000, "Omani officials")]
    public void Government_sources_keep_their_word(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // The press named by when or how it reported.
    [InlineData("The army has sent some 4,000 troops to the north, weekend reports said.", 4000, "weekend reports")]
    [InlineData("The army has sent some 4,000 troops to the north, conflicting reports said.", 4000, "conflicting reports")]
    // Near miss: a word of time alone, with no press noun after it, is no voice.
    [InlineData("The army has sent some 4,000 troops to the north over the weekend.", 4000, null)]
    public void Press_named_by_when_it_reported(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // A group its own adjective names takes no country from the state voice cited before it.
    [InlineData("South Korea's spy agency said Pyongyang had sent troops. Western intelligence agencies estimated that 12,000 soldiers had gone.", 12000, "Western intelligence agencies")]
    // Near miss: a voice of no one's takes that state's country, as before.
    [InlineData("South Korea's spy agency said Pyongyang had sent troops. Intelligence officials estimated that 12,000 soldiers had gone.", 12000, "South Korean intelligence officials")]
    public void Group_named_by_its_adjective_keeps_it(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // The state whose name opens the sentence is the one whose government sources speak.
    [InlineData("Britain will send up to 3,000 soldiers to Kosovo, government sources said.", 3000, "British government sources")]
    // Near miss: two states open it; the sources stay as the text names them.
    [InlineData("Britain and France will send up to 3,000 soldiers to Kosovo, government sources said.", 3000, "government sources")]
    public void Opening_state_owns_its_government_sources(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // The reports speak, named with the press noun before them; the press noun alone is no second voice.
    [InlineData("Some 2,000 soldiers have crossed the border, recent media reports said.", 2000, "recent media reports")]
    public void Media_reports_are_one_voice(string text, double value, string? origin)
    {
        Assert.Equal(origin, Origin(text, value));
        Assert.DoesNotContain(Extractor.Default.Extract(TestData.Passage(text)).SourceMentions, s => s.Source == "recent media");
    }

    [Theory]
    // Near miss: before a singular the plural press speaks ("local media report, citing officials"): it stays a source.
    [InlineData("India has moved 25,000 troops to the border, local media report, citing government officials.", "local media")]
    public void Media_before_a_verb_still_speak(string text, string source) =>
        Assert.Contains(Extractor.Default.Extract(TestData.Passage(text)).SourceMentions, s => s.Source == source);
}

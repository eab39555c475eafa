namespace Analysis.Tests.Extraction.Sources;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// A wire page filed from one capital reports another state's leader "according to state media": the leader who opens the
/// sentence names whose state media speak, with his title before him ("Leader Kim Jong Un met …", "President Vladimir Putin
/// visited …") as without it, not the dateline's state. Near misses: the leader with no title, and a sentence that names no
/// leader, whose state media stay the dateline's. The articles are ours.
/// </summary>
public class TitledLeaderStateMediaTests
{
    private const string Seoul = "SEOUL, Sept. 2 (Yonhap) -- About 2,000 North Korean soldiers sent to Russia have died, South Korea's spy agency said.";
    private const string Kyiv = "KYIV, March 3 (Reuters) - About 2,000 Russian soldiers were killed in a week, Ukraine's general staff said.";

    private static IReadOnlyList<SourceMention> Mentions(string lead, string sentence) =>
        Extractor.Default.Extract(CorpusLoader.FromText($"Toll rises\n\n{lead}\n\n{sentence}\n", "t")).SourceMentions;

    [Theory]
    [InlineData(Seoul, "Leader Kim Jong Un met the families of 300 soldiers killed abroad, according to state media.", "North Korean state media")]
    [InlineData(Seoul, "Supreme Leader Kim Jong Un met the families of 300 soldiers killed abroad, state media said.", "North Korean state media")]
    [InlineData(Kyiv, "President Vladimir Putin visited 300 wounded soldiers at a hospital, state media reported.", "Russian state media")]
    // Near misses: no title; no leader.
    [InlineData(Seoul, "Kim Jong Un met the families of 300 soldiers killed abroad, according to state media.", "North Korean state media")]
    [InlineData(Seoul, "Officials met the families of 300 soldiers killed abroad, according to state media.", "South Korean state media")]
    public void State_media_are_the_state_of_the_leader_who_opens_the_sentence(string lead, string sentence, string media) =>
        Assert.Contains(Mentions(lead, sentence), m => m.Source == media);
}

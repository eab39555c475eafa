namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Corpus;
using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A headline's country label whose clause after the colon opens with that country's own voice ("North Korea: Kim Jong Un
/// decorates ...", "Ukraine: Zelensky says ...", "North Korea: Pyongyang says ...") is the headline's topic, not its speaker:
/// the country is no source, and a figure the leader only honours is the writer's. A label over a clause that opens with a
/// figure or another country's voice stays the speaker (DevSet header, headline_colon: "Seoul: ... North Korean soldiers
/// killed"). The sentences are ours.
/// </summary>
public class CountryTopicLabelTests
{
    [Theory]
    [InlineData("North Korea: Kim Jong Un decorates 1,500 soldiers back from Kursk\n\nThe ceremony was held in the capital.", null, "North Korea")]
    [InlineData("Ukraine: Zelensky says 4,000 North Korean soldiers were wounded near Kursk\n\nThe president spoke in his nightly address.", "Volodymyr Zelensky", "Ukraine")]
    public void The_label_is_the_topic(string document, string? origin, string notSource)
    {
        Assert.Equal(origin, Only(document).AttributedTo);
        Assert.DoesNotContain(Extractor.Default.Extract(CorpusLoader.FromText(document, "t")).SourceMentions, m => m.Source == notSource);
    }

    // Near miss: a label over a figure, or over another country's voice, still speaks.
    [Theory]
    [InlineData("Seoul: 1,500 North Korean soldiers back from Kursk\n\nThe estimate was given on Monday.", "South Korea")]
    [InlineData("Seoul: Pyongyang has sent 1,500 more soldiers to Kursk\n\nThe estimate was given on Monday.", "South Korea")]
    public void The_label_still_speaks(string document, string origin) =>
        Assert.Equal(origin, Only(document).AttributedTo);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Ministries by other names. Seoul's ministry for the North by either of its names ("the South Korean Ministry of Unification said", "South Korea's
/// Unification Ministry said"): one body, the "South Korean Unification Ministry", as "Ministry of Defence" is the defence
/// ministry. A country's defence white paper speaks for the defence ministry that issues it ("Japan's Defense White Paper says":
/// the Japanese Defense Ministry). Near miss: the unification minister, named, is the source himself, not his ministry. The
/// articles are ours.
/// </summary>
public class MinistryOtherNamesTests
{
    private const string Lead = "SEOUL, June 17 (Kyodo) - North Korea will send 6,000 more personnel to Russia's Kursk region, Russia said on Tuesday.";

    [Theory]
    [InlineData("The South Korean Ministry of Unification said at a briefing that it was watching closely.")]
    [InlineData("South Korea's Ministry of Unification said it was watching closely.")]
    public void Either_name_is_the_unification_ministry(string sentence)
    {
        var mentions = PageMentions("North Korea to send 6,000 to Kursk", Lead, sentence);
        Assert.Contains(mentions, m => m.Source == "South Korean Unification Ministry");
        Assert.DoesNotContain(mentions, m => m.Source.Contains("Ministry of Unification"));
    }

    [Theory]
    [InlineData("North Korea's army is estimated at approximately 1.28 million people, Japan's Defense White Paper says.", "Japanese Defense Ministry")]
    [InlineData("South Korea's 2022 Defense White Paper put the North's army at 1.28 million.", "South Korean Defense Ministry")]
    public void A_defence_white_paper_speaks_for_its_ministry(string sentence, string ministry)
    {
        var mentions = PageMentions("North Korea to send 6,000 to Kursk", Lead, sentence);
        Assert.Contains(mentions, m => m.Source == ministry);
        Assert.DoesNotContain(mentions, m => m.Source.Contains("White Paper"));
    }

    [Fact]
    // Near miss: the minister, named, speaks for himself.
    public void A_named_unification_minister_is_no_ministry() =>
        Assert.DoesNotContain(PageMentions("North Korea to send 6,000 to Kursk", Lead, "Unification Minister Kim Yung-ho said he was watching closely."),
            m => m.Source.Contains("Unification Ministry"));
}

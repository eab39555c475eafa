namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A lawmaker who relays a body's briefing: his own quoted words are his (no via), while his indirect words after the briefing
/// stay the body's, with him as the via (DevSet header, settled for quoted relays).
/// </summary>
public class QuotedRelayWordsTests
{
    [Theory]
    // The briefing in the sentence before, or after the quotation in its own sentence: the quoted figure is the lawmaker's.
    [InlineData("Spy agency briefs lawmakers\n\nSouth Korea's spy agency briefed the parliamentary intelligence committee on Thursday.\n\n\"Losses among the North Korean troops are now estimated at about 2,300,\" lawmaker Park Ji-won told reporters after the briefing.",
        2300, "Park Ji-won", "")]
    [InlineData("Briefing\n\n\"Around 900 of the North Korean soldiers sent to Russia are thought to have died,\" Rep. Kim Byung-kee told reporters after a closed-door briefing by the National Intelligence Service.",
        900, "Kim Byung-kee", "")]
    // Near misses: his indirect words after the briefing stay the body's via him.
    [InlineData("Briefing\n\nLawmaker Park Ji-won told reporters after a briefing by the National Intelligence Service that some 2,300 North Korean soldiers had died in Russia.",
        2300, "National Intelligence Service", "Park Ji-won")]
    public void A_relaying_lawmakers_own_quoted_words_are_his(string document, double value, string origin, string via)
    {
        var count = Of(document, value);
        Assert.Equal(origin, count.AttributedTo);
        Assert.Equal(via, string.Join("; ", count.Via));
    }
}

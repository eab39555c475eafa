namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An outlet that a page cites for a speaker's sentence ("…, an official said, the site reports citing a wire agency") only
/// passed that sentence on: it is a link of the chain, never the origin, and it informed none of the speaker's later words.
/// Carried as the speaker's informant, it would make "the official told reporters" in the next sentence the wire's words via
/// the official. The sentences are ours, in the shape of aggregator copy of wire stories.
/// </summary>
public class CitedOutletNoInformantTests
{
    [Theory]
    [InlineData("Britain to keep troops in Estonia\nBritain will keep about 300 soldiers in Estonia, a senior British official said on Tuesday, Trend reports citing Reuters.\n\nThe 150 soldiers at Tapa will train local units, the official told reporters.", 150, "British officials")]
    [InlineData("Seoul counts losses\nSouth Korea's spy agency said about 400 North Korean soldiers had died, News.Az reports, citing Yonhap.\n\nThe agency estimated that some 1,500 more were wounded.", 1500, "National Intelligence Service")]
    public void The_speaker_stays_the_origin_of_later_words(string text, double value, string origin)
    {
        var count = Assert.Single(Counts(text), c => c.Value == value);
        Assert.Equal(origin, count.AttributedTo);
        Assert.DoesNotContain(count.Via, v => v is "Reuters" or "Yonhap");
    }

    [Theory]
    // Near miss: a body that briefed the speaker still informs his later words.
    [InlineData("Seoul counts losses\nLawmaker Park Min-soo said after a briefing by the National Intelligence Service that about 300 North Korean soldiers had died.\n\nSome 2,000 more were wounded, Park said.", 2000)]
    public void A_briefing_body_still_informs_them(string text, double value)
    {
        var count = Assert.Single(Counts(text), c => c.Value == value);
        Assert.Equal("National Intelligence Service", count.AttributedTo);
        Assert.Equal(["Park Min-soo"], count.Via);
    }
}

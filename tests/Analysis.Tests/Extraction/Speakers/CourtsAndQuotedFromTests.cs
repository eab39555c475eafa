namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A court or tribunal named before and taken up as "the court" or "the tribunal" speaks again, past another voice in between
/// ("…, the Dutch Supreme Court said. … Dutch officials said. …, the court said"); and Indonesian and Malay copy in English names the
/// outlet it took a statement from after "as quoted from" ("…, the NIS said, as quoted from Yonhap"): that outlet is the via, as
/// after "as quoted by". The sentences are ours.
/// </summary>
public class CourtsAndQuotedFromTests
{
    [Fact]
    public void The_court_named_before_speaks_again()
    {
        var counts = Counts("The Netherlands bears a tenth of the responsibility, the Dutch Supreme Court said on Friday. Serb forces had 2,000 soldiers around the town, Dutch officials said. The battalion of some 400 Dutch soldiers could not have stopped them, the court said.");
        Assert.Equal("Dutch Supreme Court", Assert.Single(counts, c => c.Value == 400).AttributedTo);
        Assert.Equal("Dutch officials", Assert.Single(counts, c => c.Value == 2000).AttributedTo);
    }

    [Theory]
    [InlineData("More than 4,000 North Korean soldiers were wounded, the NIS said, as quoted from Yonhap on Thursday.", "National Intelligence Service", "Yonhap")]
    [InlineData("Around 600 North Korean soldiers were killed in Kursk, South Korea's spy agency said, quoted from Reuters.", "National Intelligence Service", "Reuters")]
    public void The_outlet_quoted_from_is_the_via(string text, string? origin, string outlet)
    {
        var count = Assert.Single(Counts(text));
        if (origin is not null) Assert.Equal(origin, count.AttributedTo);
        Assert.Contains(outlet, count.Via);
    }
}

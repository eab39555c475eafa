namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// A page's own outlet, credited in its dateline, that names its own earlier report ("As Ukrinform reported earlier, the ministry
/// said …" on Ukrinform's page) is a source of the page, no relay of the figure. Another outlet so named stays a relay, the own
/// outlet with no dateline credit stays one, and the own outlet that alone reports a figure is its origin. The sentences are
/// ours, in real shapes.
/// </summary>
public class OwnOutletReportedEarlierTests
{
    private static IReadOnlyList<string> Via(string document, double value) => Extracted.Of(document, value).Via;

    private const string Later = "As {0} reported earlier, the Estonian Defence Ministry said Russia had lost more than 3,000 servicemen near the town.";

    [Theory]
    [InlineData("Losses\n\nKYIV, June 26 (Ukrinform) - Ukraine's border units were rotated on Thursday.\n\n", "Ukrinform", "")]
    // Near misses: another outlet; the own outlet with no credit in a dateline.
    [InlineData("Losses\n\nKYIV, June 26 (Ukrinform) - Ukraine's border units were rotated on Thursday.\n\n", "Reuters", "Reuters")]
    [InlineData("Losses\n\nUkraine's border units were rotated on Thursday.\n\n", "Ukrinform", "Ukrinform")]
    public void The_pages_own_outlet_reporting_earlier_is_no_relay(string head, string outlet, string via) =>
        Assert.Equal(via.Length == 0 ? [] : [via], Via(head + string.Format(Later, outlet), 3000));

    // Near miss: the page's own outlet reporting with no one before it stays the origin.
    [Fact]
    public void The_pages_own_outlet_alone_is_the_origin() =>
        Assert.Equal("Ukrinform", Extracted.Of("Losses\n\nKYIV, June 26 (Ukrinform) - Ukraine's border units were rotated on Thursday.\n\n"
            + "Russia has lost more than 3,000 servicemen near the town, Ukrinform reported.", 3000).AttributedTo);
}

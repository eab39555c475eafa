namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A relay that closes a sentence of two coordinated clauses and goes on only to name its informant ("…, and 2,000 more are
/// expected, Yonhap reported on Monday, citing the NIS.") speaks for both clauses, as a bare "…, Yonhap reported." does: the
/// first clause's figure is the informant's through the relay, not the writer's. A later figure or a day of the month in the
/// closing clause does not make the relay's clause one of its own. The sentences are ours.
/// </summary>
public class ClosingRelayCitingTests
{
    [Theory]
    [InlineData("About 4,000 soldiers have been sent to the front, and 1,500 more are expected, Yonhap reported, citing the NIS.", "National Intelligence Service")]
    [InlineData("About 4,000 soldiers have been sent to the front, and 1,500 more are expected, Yonhap reported on Monday, quoting the NIS.", "National Intelligence Service")]
    [InlineData("About 4,000 soldiers have been sent to the front, and thousands more are expected, Reuters reported on Oct. 12, citing the NIS.", "National Intelligence Service")]
    [InlineData("About 4,000 soldiers have been sent to the front, and 1,500 more are expected, the NIS said, citing satellite images.", "National Intelligence Service")]
    public void The_closing_relay_speaks_for_the_first_clause(string text, string origin) =>
        Assert.Equal(origin, Counts(text).First(c => c.Value == 4000).AttributedTo);

    [Fact]
    // Near miss: a citing clause that goes on past its informant with a figure of its own closes nothing.
    public void A_citing_clause_with_a_figure_of_its_own_does_not() =>
        Assert.Null(Counts("About 4,000 soldiers have been sent to the front, and 1,500 more are expected, Yonhap reported, citing the NIS, which put the toll at 500.").First(c => c.Value == 4000).AttributedTo);
}

namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A government's notice to its legislature ("Bush notified Congress on Friday that he was sending 4,000 more troops", the War
/// Powers letters; "notified parliament") is its sender's statement, as "informed Congress" was; and a statement made "formally"
/// ("Bush formally notified Congress", "the minister formally announced") is its speaker's, the adverb standing between the
/// name and its verb as "officially" does. The figures were left with no voice. Not "notified" of those it calls up ("the Army
/// notified 5,600 reservists"), which states nothing. The sentences are ours, in the shape of wire copy on deployments.
/// </summary>
public class NoticeToLegislatureTests
{
    [Theory]
    [InlineData("Title\nPresident George W. Bush formally notified Congress on Friday that he was sending 4,000 more troops to Iraq.", 4000, "George W. Bush")]
    [InlineData("Title\nPrime Minister Mark Rutte notified parliament on Friday that 450 Dutch soldiers would go to Mali.", 450, "Mark Rutte")]
    [InlineData("Title\nDefence Minister Peter Dutton formally announced on Tuesday that 2,500 Marines would rotate through Darwin this year.", 2500, "Peter Dutton")]
    [InlineData("Title\nPresident Barack Obama said on Thursday he would send up to 300 military advisers to Iraq. He had notified Congress on Monday that up to 275 troops were being deployed to protect the U.S. Embassy in Baghdad.", 275, "Barack Obama")]
    public void The_notice_is_its_senders_voice(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => (c.Value ?? c.High) == value).AttributedTo);

    [Theory]
    // Near misses: those called up are notified of a deployment, no statement is made.
    [InlineData("Title\nThe Army notified 5,600 reservists of possible deployment.", 5600)]
    [InlineData("Title\nThe Pentagon formally notified 2,000 soldiers that they would deploy to Poland.", 2000)]
    public void No_voice(string text, double value) =>
        Assert.Null(Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}

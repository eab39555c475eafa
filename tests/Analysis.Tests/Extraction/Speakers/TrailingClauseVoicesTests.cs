namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Pipeline;

/// <summary>
/// A voice in a clause that ", as", ", which", ", confirming" or "ahead of" opens after a figure and after the voice that gives
/// it speaks of something else: it is no origin and no relay of the figure ("…, lawmakers said on Monday, as Kyiv revealed more
/// details about …"). A link that relays ("as quoted by", "which cited") goes on with the voice, and a voice that stands only
/// after the link is still the figure's. The sentences are ours, in real shapes.
/// </summary>
public class TrailingClauseVoicesTests
{
    private static (string? Origin, IReadOnlyList<string> Via) Passage(string text, double value)
    {
        var count = Assert.Single(Extractor.Default.Extract(TestData.Passage(text)).TroopCounts, c => c.Value == value);
        return (count.AttributedTo, count.Via);
    }

    [Theory]
    [InlineData("About 400 Chadian soldiers have been killed and 900 wounded, Chadian lawmakers said on Monday, as Sudan revealed more details about two soldiers it had captured.", 400, "Chadian lawmakers", "")]
    [InlineData("Some 900 marines are to be sent, U.S. officials have said ahead of the expected announcement by President Lopez.", 900, "U.S. officials", "")]
    [InlineData("General Ali Musa said Chad had lost more than 300 soldiers in a week, which confirms similar figures reported by Sudan.", 300, "Ali Musa", "")]
    [InlineData("Chad lost more than 300 soldiers in a week, General Ali Musa said, confirming figures reported by Sudan.", 300, "Ali Musa", "")]
    // Near misses: a link that relays the voice, and a voice that stands only after the link.
    [InlineData("Some 300 soldiers were killed, Foreign Minister Willy Claes said, as quoted by Interfax.", 300, "Willy Claes", "Interfax")]
    [InlineData("Pyongyang has sent about 3,000 more soldiers, according to Yonhap, which cited the Joint Chiefs of Staff.", 3000, "Joint Chiefs of Staff", "Yonhap")]
    [InlineData("About 3,000 soldiers have been sent to the border, as the Pentagon confirmed on Monday.", 3000, "Pentagon", "")]
    public void A_voice_in_a_trailing_clause_is_no_voice_of_the_figure_before_it(string text, double value, string origin, string via)
    {
        var (found, chain) = Passage(text, value);
        Assert.Equal(origin, found);
        Assert.Equal(via.Length == 0 ? [] : via.Split("; "), chain);
    }
}

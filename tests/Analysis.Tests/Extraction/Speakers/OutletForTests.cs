namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Translated copy's "for" an outlet ("“…,” he declared for the BBC", "said for Reuters") names whom the speaker told, as "told
/// the BBC" does: the outlet relays the speaker and is no origin. The sentences are ours.
/// </summary>
public class OutletForTests
{
    [Theory]
    [InlineData("“We have no more than 3,000 soldiers in the region,” Defence Minister Anna Kowalska stated for the BBC.", 3000, "Anna Kowalska", "BBC")]
    [InlineData("About 3,000 soldiers remain in the region, Defence Minister Anna Kowalska said for Reuters.", 3000, "Anna Kowalska", "Reuters")]
    public void An_outlet_a_speaker_spoke_for_relays_the_speaker(string text, double value, string origin, string via)
    {
        var count = Count(text, value);
        Assert.Equal(origin, count.AttributedTo);
        Assert.Equal([via], count.Via);
    }

    [Fact]
    // Not: "for" after a verb of saying that is no outlet's name ("for the first time") leaves the speaker alone.
    public void A_time_after_said_for_is_no_outlet()
    {
        var count = Count("About 3,000 soldiers remain in the region, Defence Minister Anna Kowalska said for the first time.", 3000);
        Assert.Equal("Anna Kowalska", count.AttributedTo);
        Assert.Empty(count.Via);
    }
}

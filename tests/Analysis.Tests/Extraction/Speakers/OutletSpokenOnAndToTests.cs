namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An outlet a voice spoke to or on carries its words: "Western officials have claimed to the BBC. … , they said" keeps the BBC
/// as the via of what "they" go on to say, as "told the BBC" does; "the foreign minister said on RFI", "announced on Radio Kabul"
/// make the broadcaster the via of the voice heard on it. A time ("said on Wednesday") or a platform ("said on Telegram") after
/// "on" is no outlet. The sentences are ours.
/// </summary>
public class OutletSpokenOnAndToTests
{
    [Fact]
    public void A_voice_taken_up_still_speaks_through_the_outlet_it_spoke_to()
    {
        var counts = Counts("At least 4,000 North Korean troops have been killed or wounded, Western officials have claimed to the BBC. Of them, about 1,000 were killed in three months, they said.");
        var later = Assert.Single(counts, c => c.Value == 1000);
        Assert.Equal("Western officials", later.AttributedTo);
        Assert.Equal(["BBC"], later.Via);
    }

    [Theory]
    [InlineData("Chad will send around 2,000 men to Mali, Foreign Minister Moussa Faki Mahamat said on RFI.", "Radio France Internationale")]
    [InlineData("Sweden will fly out 400 more men to the Congo next month, Defence Minister Sven Andersson announced on Sveriges Radio.", "Sveriges Radio")]
    public void A_voice_heard_on_a_broadcaster_speaks_through_it(string text, string outlet) =>
        Assert.Equal([outlet], Assert.Single(Counts(text)).Via);

    [Theory]
    // Near misses: a time or a platform after "on".
    [InlineData("Chad will send around 2,000 men to Mali, Foreign Minister Moussa Faki Mahamat said on Wednesday.")]
    [InlineData("Chad will send around 2,000 men to Mali, Foreign Minister Moussa Faki Mahamat said on Telegram.")]
    public void A_time_or_a_platform_is_no_outlet(string text) =>
        Assert.Empty(Assert.Single(Counts(text)).Via);
}

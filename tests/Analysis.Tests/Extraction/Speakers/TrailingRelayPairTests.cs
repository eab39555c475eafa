namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice that speaks and two relays that close the sentence after it, joined by "and" ("…, the National Intelligence Service
/// told a closed session of the committee, according to lawmakers Park Sun-won and Lee Seong-kweun"): both relays trail, the first
/// as well as the second, so the voice before them is the origin and they are its via, in reading order, as one relay closing
/// the sentence is. The second may have a title of its own ("and Rep. Lee"). A pair with no voice before it still leads with its
/// first name. The sentences are ours, in the shape of Seoul wire copy after closed briefings.
/// </summary>
public class TrailingRelayPairTests
{
    [Theory]
    [InlineData("North Korea has sent about 15,000 troops to back Russia, the National Intelligence Service told a closed session of parliament's intelligence committee on Tuesday, according to lawmakers Park Sun-won and Lee Seong-kweun.")]
    [InlineData("North Korea has sent about 15,000 troops to Russia, the National Intelligence Service said on Tuesday, according to Rep. Park Sun-won and Rep. Lee Seong-kweun.")]
    public void The_voice_before_the_pair_is_the_origin(string text)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal("National Intelligence Service", count.AttributedTo);
        Assert.Equal(["Park Sun-won", "Lee Seong-kweun"], count.Via);
    }

    [Theory]
    // Near misses: a pair that is the sentence's only voice leads with its first name, whether it speaks or is cited.
    [InlineData("North Korea has sent about 15,000 troops to Russia, lawmakers Park Sun-won and Lee Seong-kweun said.")]
    [InlineData("North Korea has sent about 15,000 troops to Russia, according to lawmakers Park Sun-won and Lee Seong-kweun.")]
    public void A_pair_alone_leads_with_its_first_name(string text) =>
        Assert.Equal("Park Sun-won", Assert.Single(Counts(text)).AttributedTo);
}

namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two lawmakers cited together by one cue, the first with a party after "of" ("according to Rep. X of the People Power Party
/// and Rep. Y of the Democratic Party", "citing Rep. X of the ruling party and Rep. Y"): the cue cites the second too, so both are
/// sources; the first named leads (DevSet header: two named lawmakers who relay together are both sources). The second was
/// lost. The sentences are ours.
/// </summary>
public class CitedLawmakerPairTests
{
    [Theory]
    [InlineData("Roughly 4,500 North Korean soldiers remain in the Kursk region, according to Rep. Cho Hae-jin of the People Power Party and Rep. Yoon Tae-ho of the Democratic Party.")]
    [InlineData("Roughly 4,500 North Korean soldiers remain in the Kursk region, according to Rep. Cho Hae-jin of the ruling party and Rep. Yoon Tae-ho.")]
    public void Both_lawmakers_are_sources(string text)
    {
        Assert.Equal("Cho Hae-jin", Assert.Single(Counts(text)).AttributedTo);
        var sources = Mentions(text).Select(m => m.Source).ToList();
        Assert.Contains("Cho Hae-jin", sources);
        Assert.Contains("Yoon Tae-ho", sources);
    }

    // Near miss: a person named after "and" with no one cited before stays unmentioned as a voice.
    [Theory]
    [InlineData("Roughly 4,500 North Korean soldiers remain in the Kursk region near the unit of Colonel Cho Hae-jin of the 11th Corps and Major Yoon Tae-ho.")]
    public void Not_cited(string text) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == "Yoon Tae-ho");
}

namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A sentence that only tells when a speaker named before spoke, by his surname or a pronoun ("Kim was speaking after being briefed
/// by the spy agency", "She spoke after a closed-door briefing by the ministry"), or only whose words he passed on ("He was citing the
/// spy agency"): the body that briefed him informed what he said, so
/// his figure is that body's, he its via (DevSet header: a lawmaker who speaks after a body's briefing relays it). The surname alone
/// is no reference there, so the briefing was lost and the speaker kept the figure. The sentences are ours.
/// </summary>
public class SpeakingOccasionBriefingTests
{
    [Theory]
    [InlineData("Rep. Han Min-jae told journalists on Friday that roughly 900 North Korean soldiers had been wounded. Han was speaking after being briefed by the National Intelligence Service.", "National Intelligence Service")]
    [InlineData("Rep. Han Min-jae told journalists on Friday that roughly 900 North Korean soldiers had been wounded. Han spoke after a closed-door briefing by the National Intelligence Service in parliament.", "National Intelligence Service")]
    [InlineData("Rep. Han Min-jae told journalists on Friday that roughly 900 North Korean soldiers had been wounded. He spoke after a briefing by the National Intelligence Service.", "National Intelligence Service")]
    // One that only tells whose words he passed on.
    [InlineData("Roughly 900 North Korean soldiers had been wounded, Rep. Han Min-jae told journalists on Friday. He was citing the National Intelligence Service.", "National Intelligence Service")]
    public void The_briefing_body_is_the_origin(string text, string origin)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(origin, count.AttributedTo);
        Assert.Equal("Han Min-jae", string.Join("; ", count.Via));
    }

    // Near misses: a later sentence about someone else, or one where the speaker does more than speak, leaves the speaker his figure.
    [Theory]
    [InlineData("Rep. Han Min-jae told journalists on Friday that roughly 900 North Korean soldiers had been wounded. Yoon was speaking after being briefed by the National Intelligence Service.")]
    [InlineData("Rep. Han Min-jae told journalists on Friday that roughly 900 North Korean soldiers had been wounded. Han later visited the National Intelligence Service.")]
    public void The_speaker_keeps_it(string text)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal("Han Min-jae", count.AttributedTo);
        Assert.Empty(count.Via);
    }
}

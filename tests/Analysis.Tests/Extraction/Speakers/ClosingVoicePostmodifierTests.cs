namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A closing "according to" voice said who it is up to the full stop, with no verb of its own ("…, according to lawmakers who
/// attended", "according to the lawmakers attending the committee hearing"): it closes the sentence as the bare voice does, the
/// outermost relay of the one who told them. It was taken as the origin. The sentences are ours, in the shape of Seoul copy
/// after closed intelligence briefings.
/// </summary>
public class ClosingVoicePostmodifierTests
{
    [Theory]
    [InlineData("SEOUL (Reuters) - Spy chief Han Do-yun told lawmakers that about 2,000 North Korean troops had crossed into Russia, according to lawmakers who attended.")]
    [InlineData("SEOUL (Reuters) - Spy chief Han Do-yun told lawmakers that about 2,000 North Korean troops had crossed into Russia, according to the lawmakers attending the committee hearing.")]
    [InlineData("SEOUL (Reuters) - Spy chief Han Do-yun said about 2,000 North Korean troops had crossed into Russia, according to lawmakers present at the session.")]
    // Near miss: the bare closing voice, read so before.
    [InlineData("SEOUL (Reuters) - Spy chief Han Do-yun told lawmakers that about 2,000 North Korean troops had crossed into Russia, according to lawmakers.")]
    public void The_teller_is_the_origin_and_the_closing_voice_its_via(string text)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal("Han Do-yun", count.AttributedTo);
        Assert.Equal(["South Korean lawmakers"], count.Via);
    }

    [Theory]
    // Near miss: the closing voice says a figure of its own; it speaks for it.
    [InlineData("SEOUL (Reuters) - About 2,000 North Korean troops had crossed into Russia, according to lawmakers who attended the hearing.")]
    public void A_closing_voice_alone_is_the_origin(string text)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal("South Korean lawmakers", count.AttributedTo);
        Assert.Empty(count.Via);
    }
}

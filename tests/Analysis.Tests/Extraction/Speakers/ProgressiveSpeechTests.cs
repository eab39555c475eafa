namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A speech in the progressive ("By March, the defence minister was telling parliament that 1,300 … were deployed", "X was saying
/// that …") speaks as the simple past does. Near misses: the present "is telling" of news copy tells someone to act ("The
/// government is telling diplomats to lobby …"), and a progressive that is no speech ("was visiting"). The sentences are ours.
/// </summary>
public class ProgressiveSpeechTests
{
    [Theory]
    [InlineData("By March, Defence Minister Ilir Kola was telling parliament that 1,300 Albanian soldiers were deployed.", "Ilir Kola")]
    [InlineData("Defence Minister Ilir Kola was saying that 1,350 Albanian soldiers were deployed.", "Ilir Kola")]
    public void A_progressive_speech_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    [InlineData("Defence Minister Ilir Kola is telling Albanian diplomats to lobby for the 1,400 Albanian soldiers deployed.")]
    [InlineData("Defence Minister Ilir Kola was visiting the 1,450 Albanian soldiers deployed there.")]
    public void Near_misses(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);
}

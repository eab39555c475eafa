namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice that closes a sentence of coordinated clauses with a verb of telling and its audience named in full ("…, South
/// Korea's National Intelligence Service told a closed-door session of parliament's intelligence committee on Wednesday")
/// speaks for the first clause's figure too, as it does after a short audience; the long audience had left the first clause to
/// the writer. After "said", a long tail still does not close the sentence (a lawmaker's words about a state stay the
/// lawmaker's). The sentences are ours, in the shape of Seoul copy after closed intelligence briefings.
/// </summary>
public class LongAudienceTailTests
{
    [Theory]
    [InlineData("North Korea has sent some 15,000 troops to Russia in two rounds, and about 4,700 of them have been killed or wounded, South Korea's National Intelligence Service told a closed-door session of parliament's intelligence committee on Wednesday.")]
    public void The_closing_voice_speaks_for_both_clauses(string text) =>
        Assert.All(Counts(text), c => Assert.Equal("National Intelligence Service", c.AttributedTo));

    [Theory]
    [InlineData("Japan has sent some 1,500 troops to the region in two rounds, and about 40 of them have been wounded, the Defense Ministry of Japan told a closed-door session of the parliamentary security committee on Wednesday.")]
    public void Another_body_speaks_for_both_clauses(string text) =>
        Assert.All(Counts(text), c => Assert.Equal("Japanese Defense Ministry", c.AttributedTo));

    [Theory]
    // Near miss: "said" and a long occasion; the state the lawmaker speaks of stays no voice of its own.
    [InlineData("Ukraine has identified 39 foreign fighters killed for Russia, a Ukrainian lawmaker said Tuesday at a news conference organized by exile groups in Miami.")]
    public void A_long_occasion_after_said_changes_nothing(string text) =>
        Assert.NotEqual("Ukraine", Assert.Single(Counts(text)).AttributedTo);
}

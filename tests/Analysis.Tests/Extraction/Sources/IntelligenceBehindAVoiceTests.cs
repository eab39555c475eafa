namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An intelligence service named by a description ("the country's intelligence agency", "the nation's spy service") is that
/// country's service, not a document called "country's intelligence"; and when it closes a sentence after another voice's clause
/// ("a lawmaker said ..., according to the country's intelligence agency") it gave that voice the figure: the service is the
/// origin, the voice its relay. Rows where each rule applies and near misses where the closing voice is an outlet or the service
/// speaks in a clause of its own. And a member of parliament ("a Dutch MP") is a lawmaker, as the relays of such briefings are
/// named. The sentences are ours.
/// </summary>
public class IntelligenceBehindAVoiceTests
{
    private static (string? Origin, string Via) Chain(string text, double value) =>
        Assert.Single(Counts(text), c => c.Value == value) is var c ? (c.AttributedTo, string.Join("; ", c.Via)) : default;

    [Theory]
    [InlineData("A Dutch MP reported that about 200 Iranian troops had arrived, according to the country's intelligence agency.", "Dutch intelligence")]
    [InlineData("A Finnish legislator said some 900 Russian troops had gathered, according to the nation's intelligence service.", "Finnish intelligence")]
    [InlineData("Japanese lawmakers said 1,500 North Korean troops were sent, the country's spy agency said.", "Japanese intelligence")]
    // Near miss: the country's ministry was named so before; it stays a ministry.
    [InlineData("A Dutch MP said about 200 Iranian troops had arrived, according to the country's defence ministry.", "Dutch Defense Ministry")]
    public void The_countrys_service_is_named_by_the_country(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    [InlineData("A Dutch MP reported that about 200 Iranian troops had arrived, according to the country's intelligence agency.", 200, "Dutch intelligence", "Dutch lawmakers")]
    [InlineData("MP Anna Vos said about 200 Iranian troops had arrived, according to Dutch intelligence.", 200, "Dutch intelligence", "Anna Vos")]
    // Near misses: an outlet closing the sentence relays the speaker; a service with a clause of its own is no relay's informant.
    [InlineData("MP Anna Vos said about 200 Iranian troops had arrived, according to Reuters.", 200, "Anna Vos", "Reuters")]
    [InlineData("MP Anna Vos said about 200 Iranian troops had arrived, and Dutch intelligence told lawmakers more would come.", 200, "Anna Vos", "")]
    public void A_service_closing_the_sentence_gave_the_speaker_the_figure(string text, double value, string origin, string via) =>
        Assert.Equal((origin, via), Chain(text, value));

    [Theory]
    [InlineData("Two British MPs said 500 troops would go to Estonia.", "British lawmakers")]
    [InlineData("A Dutch MP said 200 Iranian troops had arrived.", "Dutch lawmakers")]
    // Near miss: an MP with a name is that person.
    [InlineData("MP Anna Vos said 200 Iranian troops had arrived.", "Anna Vos")]
    public void A_member_of_parliament_is_a_lawmaker(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}

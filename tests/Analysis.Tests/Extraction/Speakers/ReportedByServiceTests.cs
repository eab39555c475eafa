namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An intelligence service named after "as reported by" closing the sentence, after another voice's clause, gave that voice the
/// figure: it is the origin and the voice its relay, as after "according to" ("A lawmaker said about 100 were killed, according to
/// the country's spy agency"). Not an outlet after "as reported by", which relays the voice before it. The sentences are ours, in
/// the shape of aggregator copy on briefed lawmakers.
/// </summary>
public class ReportedByServiceTests
{
    [Theory]
    [InlineData("Title\nA Japanese lawmaker said that about 40 Chinese sailors had been detained, as reported by the country's intelligence agency.", 40)]
    [InlineData("Title\nA South Korean lawmaker said on Friday that about 250 North Korean soldiers had been killed, with nearly 1,400 injured, as reported by the country's intelligence agency.", 1400)]
    public void The_service_is_the_origin_and_the_speaker_its_relay(string text, double value)
    {
        var count = Assert.Single(Counts(text), c => c.Value == value);
        Assert.NotNull(count.AttributedTo);
        Assert.Contains("intelligence", count.AttributedTo, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(count.Via, v => v.Contains("lawmaker", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    // Near miss: an outlet after "as reported by" relays the voice before it.
    [InlineData("Title\nA Ukrainian lawmaker said 2,000 Russian soldiers had crossed the border, as reported by Ukrainska Pravda.", 2000)]
    public void An_outlet_still_relays_the_speaker(string text, double value) =>
        Assert.Equal("Ukrainian lawmakers", Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}

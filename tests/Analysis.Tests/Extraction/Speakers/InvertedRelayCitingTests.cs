namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An inverted relay that names its source after it with a verb of citing, as translated copy writes it ("…, wrote Bloomberg with
/// reference to four persons familiar with the matter", from "unter Berufung auf"; "reported Interfax, citing …"): the relay still
/// closes its clause, so it speaks and is the via of the source it names. An inverted speaker followed by other words ("said Ivan
/// Petrov with a smile") is no relay of anyone. The sentences are ours.
/// </summary>
public class InvertedRelayCitingTests
{
    [Theory]
    [InlineData("New Delhi now holds about 200,000 soldiers at the frontier, wrote Bloomberg with reference to four persons familiar with the matter.", "people familiar with the matter", "Bloomberg")]
    [InlineData("New Delhi now holds about 200,000 soldiers at the frontier, reported Bloomberg citing four people familiar with the matter.", "people familiar with the matter", "Bloomberg")]
    public void The_inverted_relay_is_the_via(string text, string origin, string outlet)
    {
        var count = Assert.Single(Counts(text), c => c.Value == 200000);
        Assert.Equal(origin, count.AttributedTo);
        Assert.Equal([outlet], count.Via);
    }
}

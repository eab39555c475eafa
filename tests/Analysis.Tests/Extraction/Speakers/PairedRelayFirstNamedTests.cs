namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two named lawmakers who pass on one body's words together ("Party Rep. X and Party Rep. Y told reporters that the agency ...", then
/// "Citing the agency, the lawmakers said ...", or "according to two lawmakers" just before the sentence that names them):
/// the first named is the via for both (DevSet header: two named lawmakers who relay together give the first named as the via, both
/// being sources). The description that took them up had resolved to an unnamed group (or, in probes with names the kit knows, to the
/// last named or to both); "they" keeps both, as before. The sentences are ours.
/// </summary>
public class PairedRelayFirstNamedTests
{
    [Theory]
    [InlineData("People Power Party Rep. Han Min-jae and Democratic Party Rep. Seo Jun-ho told reporters on Friday that the National Intelligence Service gave its assessment in a closed session. Citing the spy agency, the lawmakers said some 7,000 North Korean soldiers were in Russia.")]
    [InlineData("The National Intelligence Service said some 7,000 North Korean soldiers were in Russia, according to two lawmakers who attended the session. The agency said the mobilization was continuing, conservative Rep. Han Min-jae and Democratic Party Rep. Seo Jun-ho told reporters after the session.")]
    public void The_first_named_is_the_via(string text)
    {
        var count = Assert.Single(Counts(text), c => c.Value == 7000);
        Assert.Equal("National Intelligence Service", count.AttributedTo);
        Assert.Equal("Han Min-jae", string.Join("; ", count.Via));
    }

    // Near misses: a pair that relays in its own sentence, and "they" after it, keep both as the via, as before.
    [Theory]
    [InlineData("The National Intelligence Service estimated that some 7,000 North Korean soldiers were in Russia, Rep. Han Min-jae of the ruling party and Rep. Seo Jun-ho of the opposition told reporters.")]
    [InlineData("About 900 North Korean soldiers have been wounded, lawmakers Han Min-jae and Seo Jun-ho told reporters, citing the National Intelligence Service. All told, some 7,000 were sent, they said.")]
    public void Both_stay(string text) =>
        Assert.Equal("Han Min-jae; Seo Jun-ho", string.Join("; ", Assert.Single(Counts(text), c => c.Value == 7000).Via));
}

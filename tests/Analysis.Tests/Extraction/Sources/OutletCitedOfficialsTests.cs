namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Unnamed military or intelligence voices that a national outlet cites ("the Kyiv Independent reported, citing intelligence
/// officials") are the outlet's country's, as the DevSet names a country's press's own sources ("Yonhap, citing military
/// sources": South Korean), not the country of a state voice the passage cited earlier (South Korea's spy agency). A country
/// the sentence gives the voice stays theirs. The sentences are ours.
/// </summary>
public class OutletCitedOfficialsTests
{
    [Theory]
    [InlineData("Seoul's spy agency put the force at 12,000 North Korean soldiers. Ukrainska Pravda later said, citing unnamed intelligence officials, that 1,500 of them had been wounded.",
        1500, "Ukrainian intelligence officials")]
    [InlineData("South Korea's spy agency says 10,000 North Korean troops are in Russia. Up to 3,000 more could follow, the Kyiv Independent reported, citing military sources.",
        3000, "Ukrainian military sources")]
    // Near miss: the voice's own country, named before it, stays.
    [InlineData("South Korea's spy agency says 10,000 North Korean troops are in Russia. Up to 3,000 more could follow, the Kyiv Independent reported, citing South Korean military sources.",
        3000, "South Korean military sources")]
    public void The_citing_outlets_country_names_the_voice(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}

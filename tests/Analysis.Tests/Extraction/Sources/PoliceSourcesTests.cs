namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's police by their trade before unnamed sources ("Ghanaian police sources said", "an Ethiopian police source") are
/// that country's police sources, as "Lebanese security sources" and "Kenyan military sources" keep their trade word: "police"
/// is a group modifier kept in the name of sources. Before, "Ghanaian police" took the words as a group of its own, and the
/// sources that spoke were lost. A police force speaking by itself stays the police. The sentences are ours.
/// </summary>
public class PoliceSourcesTests
{
    [Theory]
    [InlineData("Some 150 officers will fly to Port-au-Prince next week, Ghanaian police sources said.", 150, "Ghanaian police sources")]
    [InlineData("Somali police sources told reporters that 600 troops had left Baidoa.", 600, "Somali police sources")]
    [InlineData("An Ethiopian police source said 900 soldiers had crossed into Somalia.", 900, "Ethiopian police sources")]
    // Near misses: the police speaking are the police; placed police sources already took the place's country.
    [InlineData("Nigerian police said 300 officers were sent to the border.", 300, "Nigerian police")]
    [InlineData("Police sources in Mogadishu said 600 troops had left Baidoa.", 600, "Somali police sources")]
    public void Police_sources_keep_their_trade(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    [InlineData("Ghanaian police sources said 150 officers would fly to Haiti.", "Ghanaian police sources")]
    public void Police_sources_are_a_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Papers and broadcasters of Europe and the Americas that copy on a troop story quotes or credits are outlets of their
/// country wherever they are named (outlets.json), as is the Times of India by the initials it signs with. Near miss: an
/// everyday word that is also a paper's name cites no one. The sentences are ours.
/// </summary>
public class EuropeanAndAmericanOutletsTests
{
    [Theory]
    [InlineData("\"We could do nothing,\" a veteran of the battalion told the Algemeen Dagblad.", "Algemeen Dagblad", "Netherlands")]
    [InlineData("About 200 Swedish soldiers will join the battlegroup, Aftonbladet reported.", "Aftonbladet", "Sweden")]
    [InlineData("The brigade of about 5,000 will be ready by 2027, according to Jyllands-Posten.", "Jyllands-Posten", "Denmark")]
    [InlineData("\"We are ready,\" the colonel told Folha de S.Paulo.", "Folha de S.Paulo", "Brazil")]
    [InlineData("\"I have not seen him since,\" the pilot told TOI on Friday.", "The Times of India", "India")]
    public void Outlet_and_its_country(string text, string outlet, string country) =>
        Assert.Equal(country, Assert.Single(Mentions(text), m => m.Source == outlet).Country);

    // Near miss: "index" is a word, not the Hungarian site.
    [Fact]
    public void An_everyday_word_cites_no_one() =>
        Assert.Empty(Mentions("The army's readiness index rose to 80 percent, the report said."));
}

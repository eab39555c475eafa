namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// France's national broadcasters, to which French ministers give the interviews that wire copy cites, are outlets the
/// gazetteer knows by the names copy gives them ("France 2 television", "Europe 1 radio", "TF1"): the outlet spoken to is a
/// source, as "told the BBC" makes the BBC one.
/// </summary>
public class FrenchBroadcastersTests
{
    [Theory]
    [InlineData("The minister said in an interview with France 2 television that 500 soldiers would leave.", "France 2")]
    [InlineData("The foreign minister told Europe 1 radio on Sunday that 300 troops would stay.", "Europe 1")]
    [InlineData("Speaking on TF1, the prime minister said 400 soldiers would return.", "TF1")]
    public void Cited_as_the_outlet(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near miss: a country's name before a day's number is no channel.
    [InlineData("By 2 March France had 2,000 troops there.", "France 2")]
    public void Not_an_outlet(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}

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
    // Near miss: the channel's own number ends before a sentence's full stop.
    [InlineData("The minister said 500 soldiers would leave, she told France 2.", "France 2")]
    public void Cited_as_the_outlet(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A country's share in a list of contributions, its number right after its name, is no channel; nor is the name
    // before a number that goes on after a comma or a point.
    [InlineData("Chad pledged 1,200 soldiers and France 2,500.", "France 2")]
    [InlineData("The pledges were Germany 1,000, France 2,000 and Chad 2,000.", "France 2")]
    [InlineData("Italy sent 3,000 soldiers, Europe 1.5 million euros.", "Europe 1")]
    public void Not_an_outlet(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}

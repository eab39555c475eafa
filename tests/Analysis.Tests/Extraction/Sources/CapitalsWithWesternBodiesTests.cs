namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A capital or a state named with unowned services or governments before one verb speaks with them ("Seoul and Western agencies
/// say", "Kyiv and Western intelligence agencies say", "Ukraine and Western governments say"): the state is the figure's voice, as
/// with "Seoul and Western officials say" (coordinated_group_heads); so does a voice before a state's body named in lower case ("the
/// Pentagon and Niger's defense ministry said in a joint statement"). Near miss: the agencies alone are still their own voice.
/// </summary>
public class CapitalsWithWesternBodiesTests
{
    [Theory]
    [InlineData("Seoul and Western agencies say Pyongyang sent more than 10,000 troops to Russia in 2024.", 10000, "South Korea")]
    [InlineData("Kyiv and Western intelligence agencies say Pyongyang sent more than 10,000 troops to Russia.", 10000, "Ukraine")]
    [InlineData("Seoul and Western intelligence say about 3,000 more soldiers were sent in January.", 3000, "South Korea")]
    [InlineData("Kyiv and Western governments say Pyongyang sent more than 10,000 troops to Russia.", 10000, "Ukraine")]
    public void The_state_speaks(string text, double value, string origin) =>
        Assert.Contains(Counts(text), c => c.Value == value && c.AttributedTo == origin);

    [Theory]
    [InlineData("Seoul and Western agencies say Pyongyang sent more than 10,000 troops to Russia in 2024.", "Western agencies")]
    [InlineData("Kyiv and Western intelligence agencies say Pyongyang sent more than 10,000 troops to Russia.", "Western intelligence agencies")]
    public void The_bodies_are_cited_with_it(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A state's body in lower case after its possessive or adjective joins the voice before "and".
    [InlineData("U.S. forces will withdraw their 1,000 troops from Niger by Sept. 15, the Pentagon and Niger's defense ministry said in a joint statement.", "Pentagon")]
    [InlineData("U.S. forces will withdraw their 1,000 troops from Niger by Sept. 15, the Pentagon and Niger's defense ministry said in a joint statement.", "Nigerien Defense Ministry")]
    [InlineData("About 1,000 troops will leave the base, the Pentagon and the Iraqi government said.", "Iraqi government")]
    public void Both_bodies_are_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Fact]
    // Alone, the agencies speak for themselves.
    public void Agencies_alone_speak() =>
        Assert.Contains(Counts("Western agencies say Pyongyang sent more than 10,000 troops to Russia."),
            c => c.Value == 10000 && c.AttributedTo == "Western agencies");
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice that makes a figure known without a speech verb ("London let it be known", "the ministry let it be known that",
/// "Belarus gave notice that 13,000 troops would take part") or, in translated copy, analyses it ("Foreign media analyse that China may have 2,000 troops there") is cited. "Analyse"
/// only before "that": "the army analysed the footage" is an act, and its subject says nothing.
/// </summary>
public class MadeKnownAndAnalysedTests
{
    [Theory]
    [InlineData("Some 600 soldiers will stay behind after the pullout, Paris let it be known on Friday.", "France")]
    [InlineData("The Kremlin has let it be known that 1,200 reservists will be called up in May.", "Kremlin")]
    [InlineData("Belarus gave notice that some 9,000 soldiers would take part in the drills.", "Belarus")]
    [InlineData("Foreign media analyse that Beijing may keep more than 3,000 marines at the base.", "foreign media")]
    [InlineData("Western analysts analysed that about 5,000 troops had crossed the river.", "Western analysts")]
    public void A_voice_that_lets_it_be_known_or_analyses_that_is_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source.Contains(source, StringComparison.Ordinal));

    [Theory]
    // An act on a thing: nothing said.
    [InlineData("Paris let the 600 soldiers go home early.", "France")]
    [InlineData("Western analysts analysed the satellite images of the 5,000 troops.", "Western analysts")]
    public void Letting_or_analysing_a_thing_cites_no_one(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}

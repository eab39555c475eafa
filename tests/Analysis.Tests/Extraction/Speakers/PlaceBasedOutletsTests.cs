namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An outlet told something, with a place-based modifier right before its name ("told the New York-based Wall Street Journal",
/// "told the Doha-based Al Jazeera"), is the relay of the voice that told it, as "told the Wall Street Journal" is: the
/// modifier is one word of description. The sentences are ours.
/// </summary>
public class PlaceBasedOutletsTests
{
    [Theory]
    [InlineData("A senior Israeli military official told the US-based Wall Street Journal that 40,000 reservists were on standby.", "The Wall Street Journal")]
    [InlineData("A Lebanese army officer told the Doha-based Al Jazeera that 6,000 soldiers had moved south.", "Al Jazeera")]
    public void The_outlet_told_is_the_via(string text, string via) =>
        Assert.Equal(via, Assert.Single(Assert.Single(Counts(text)).Via));
}

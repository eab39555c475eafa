namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures with no troop noun beside them after a sentence about troops: estimates that "range from" one number to another,
/// a number that troops "could be assembled" to, and an irregular force that "numbers" its strength ("The separatists, who
/// number some 8,000"). Near misses: the same verbs of what is no force. The sentences are ours.
/// </summary>
public class EstimateRangesAndGatheredForcesTests
{
    private const string Troops = "Border\n\nRussian troops have massed near the border. ";

    [Theory]
    [InlineData(Troops + "Estimates range from 80,000 to 110,000.", 80000d, 110000d)]
    [InlineData(Troops + "As many as 150,000 could be assembled by February.", null, 150000d)]
    [InlineData("East\n\nFighting goes on in the east. The separatists, who number some 9,000, hold two cities.", 9000d, 9000d)]
    public void Figure_with_no_noun(string document, double? low, double high)
    {
        var count = Assert.Single(DocumentCounts(document));
        Assert.Equal(high, count.High ?? count.Value);
        if (low is { } l) Assert.Equal(l, count.Low ?? count.Value);
    }

    [Theory]
    [InlineData(Troops + "Prices of bread range from 80 to 110 roubles.")]
    [InlineData(Troops + "As many as 150,000 tonnes of grain could be assembled by February.")]
    public void Other_things_are_no_figure(string document) =>
        Assert.Empty(DocumentCounts(document));
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A share taken from a figure ("half of the 12,000 troops", "most of the roughly 400 mercenaries") is what the verb after it
/// tells of; the figure counts the whole force, of the kind its own words say. Dead or wounded named in the whole's own words
/// stay casualties. Our own sentences.
/// </summary>
public class ShareOfWholeTests
{
    [Theory]
    [InlineData("Half of the 12,000 soldiers Pyongyang sent have been killed or wounded.", 12_000d, TroopKind.Deployment)]
    [InlineData("Roughly a third of the roughly 9,000 troops have been killed or wounded, analysts say.", 9_000d, TroopKind.Deployment)]
    [InlineData("Most of the 400 mercenaries who stormed the port had escaped by sea.", 400d, TroopKind.Deployment)]
    // The whole's own words name casualties.
    [InlineData("Most of the 1,200 wounded soldiers have returned home.", 1_200d, TroopKind.Casualties)]
    public void Kind_of_the_whole(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}

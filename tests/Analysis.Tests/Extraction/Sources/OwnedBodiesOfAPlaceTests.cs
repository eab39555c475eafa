namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "the country's defence ministry" in a sentence whose one country is named as a place ("killed in an ambush in Mali") is
/// that country's ministry: the words give no other country to stand for. Near misses: "its" (which may be an earlier
/// sentence's subject's) and a possessive ("inside Russia's airborne units"), which are left as before. The sentences are ours.
/// </summary>
public class OwnedBodiesOfAPlaceTests
{
    [Theory]
    [InlineData("Ten soldiers were killed in an ambush in Mali, the country's defence ministry said.", 10, "Malian Defense Ministry")]
    [InlineData("Eight soldiers died when their convoy hit a mine in Niger, the country's army said.", 8, "Nigerien Army")]
    // Near misses: no owner is read, as before.
    [InlineData("About 900 troops will train in Estonia, its defence ministry said.", 900, null)]
    [InlineData("A lawmaker said 2,000 soldiers had been placed inside Russia's airborne units, citing the country's spy agency.", 2000, null)]
    public void The_countrys_body_is_that_of_the_place_the_sentence_names(string text, double value, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Casualty reports often give a toll, then its dead in the next sentence: "... suffered 4,000 casualties. Of these, around
/// 1,000 are believed to have been killed", "... 4,000 have been killed, wounded or captured. Around 1,000 of them are believed
/// to have been killed". The second figure counts "them", a part of the toll (subset), as it already was within one sentence.
/// A toll of its own in the next sentence ("Another 300 were captured") stays casualties. The sentences are ours.
/// </summary>
public class TollPartInNextSentenceTests
{
    [Theory]
    [InlineData("Officials said the division had suffered 2,000 casualties. Of these, around 500 are believed to have been killed.", 500)]
    [InlineData("Kyiv said 3,000 Russian soldiers had been killed or wounded near the town. About 800 of them died.", 800)]
    [InlineData("The ministry said 1,200 soldiers were killed or wounded. Among them, 90 officers died in the first week.", 90)]
    public void The_part_of_the_toll_before_is_a_subset(string text, double value) =>
        Assert.Equal(TroopKind.Subset, Assert.Single(DocumentCounts("Headline\n\n" + text), c => c.Value == value).Kind);

    [Theory]
    // Near misses: a new toll, and a part bigger than the toll before.
    [InlineData("Officials said 2,000 soldiers had been killed or wounded. Another 300 were captured on Monday.", 300)]
    [InlineData("Officials said 200 soldiers had been killed. Of these units, 3,000 troops were wounded over the year.", 3000)]
    public void Another_toll_stays_casualties(string text, double value) =>
        Assert.Equal(TroopKind.Casualties, Assert.Single(DocumentCounts("Headline\n\n" + text), c => c.Value == value).Kind);
}

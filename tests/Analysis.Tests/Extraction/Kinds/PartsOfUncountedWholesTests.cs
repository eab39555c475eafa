namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "There are already 11,000 of them in the region", "Moscow has moved some 6,000 of the North's troops to the border": a
/// figure taken "of" troops that no number counts (lists uncounted_partitives and possessive_partitive_leads with a possessor,
/// no number after it in its clause but a date: "served there between 1965 and April 30"; a vague figure by its low end:
/// "thousands of them"), with no
/// larger figure before it in the passage nor in its sentence, counts troops somewhere (kind deployment), not a part of a
/// counted force. A part of a force a larger figure counted before stays a part (kind subset), and so do a few picked out of
/// a band ("seven of the mercenaries") and a part of a group the passage names ("400 of the instructors"). The sentences are ours.
/// </summary>
public class PartsOfUncountedWholesTests
{
    private const string Grown = "Seoul says 3,000 soldiers are training in the east and expects 8,000 by spring. Kyiv said 9,500 of them were already at the front.";

    [Theory]
    [InlineData(Grown, 9500, TroopKind.Deployment)]
    [InlineData("Moscow has moved some 6,000 of the North's troops to the border, officials said.", 6000, TroopKind.Deployment)]
    [InlineData("Diplomats say some 300 of the firm's men are in the country.", 300, TroopKind.Deployment)]
    [InlineData("Thailand sent its soldiers to the war, and 37,644 of them served there between 1965 and April 30, 1972.", 37644, TroopKind.Deployment)]
    // Near misses: a larger force counted before, in the passage or in the sentence; a few out of a band.
    [InlineData("The mission has about 12,000 peacekeepers. Roughly 800 of the peacekeepers come from Ghana.", 800, TroopKind.Subset)]
    [InlineData("Some 4,000 troops crossed the river on Monday. About 1,500 of them have since returned.", 1500, TroopKind.Subset)]
    [InlineData("It was seven of the mercenaries who seized the plane, the police said.", 7, TroopKind.Subset)]
    // Another part later in its clause: a breakdown of a whole told elsewhere.
    [InlineData("Some 8,000 of them are ground troops and 1,500 are sailors, the mission said.", 8000, TroopKind.Subset)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);

    // A vague figure with no value counts by its low end ("thousands of them": at least 2,000).
    [Theory]
    [InlineData("Kyiv said its troops had clashed with North Korean soldiers, after Seoul warned that thousands of them had been sent to help Moscow.", TroopKind.Deployment)]
    [InlineData("Some 50,000 troops are massed near the border. Thousands of them are conscripts.", TroopKind.Subset)]
    public void Kind_of_the_vague_figure(string passage, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value is null).Kind);
}

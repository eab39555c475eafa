namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A figure set in apposition after a troop or force noun that two demonyms of different countries qualify ("Russian and North
/// Korean forces, about 50,000 in all", as reporting of the Kursk counter-offensive put the joint force) counts both
/// countries' troops: no single owner, not the nearer demonym's. The sentences are ours.
/// </summary>
public class DemonymPairForceTests
{
    [Theory]
    [InlineData("Russian and North Korean units, some 45,000 in all, gathered south of the town.", 45000, null)]
    [InlineData("Belarusian and Russian troops, numbering roughly 30,000, began the drills on Monday.", 30000, null)]
    // Near misses: one demonym before the noun, and a figure of a clause of its own after the pair.
    [InlineData("North Korean units, some 12,000 in all, gathered south of the town.", 12000, "North Korea")]
    [InlineData("Belarusian and Russian troops began drills; Minsk said 3,000 of its soldiers took part.", 3000, "Belarus")]
    public void A_pair_of_demonyms_owns_no_figure_alone(string text, double value, string? subject) =>
        Assert.Equal(subject, Assert.Single(Counts(text), c => c.Value == value).Subject);
}

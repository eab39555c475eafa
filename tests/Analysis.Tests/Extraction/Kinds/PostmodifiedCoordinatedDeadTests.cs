namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two figures joined by "and" share the casualty verb after the last even when a phrase of place or service follows the first
/// ("Four Zambians serving with the UN mission and three others in the regional force died"), as they do when nothing stands
/// between. A finite verb of the first's own ("arrived at the camp and") keeps it apart. The sentences are ours.
/// </summary>
public class PostmodifiedCoordinatedDeadTests
{
    [Theory]
    [InlineData("Four Zambians serving with the UN mission and three others died in the shelling.", 4, TroopKind.Casualties)]
    [InlineData("Six soldiers from the Tanzanian battalion and two from the Malawian company were wounded.", 6, TroopKind.Casualties)]
    // Near misses: a verb of the first's own.
    [InlineData("Six soldiers arrived at the camp and two were wounded.", 6, TroopKind.Deployment)]
    [InlineData("Six soldiers from the battalion were flown home and two were wounded.", 6, TroopKind.Deployment)]
    public void The_first_shares_the_verb_after_the_last(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}

/// <summary>
/// The same past a phrase after the first figure of a verb of killing: "killed 62 fighters from the armed group and 19 army
/// soldiers near the river" counts both dead. A second verb of its own ("and sent 19 soldiers") keeps the second apart. The
/// sentences are ours.
/// </summary>
public class PostmodifiedKilledPairsTests
{
    [Theory]
    [InlineData("The insurgents said they killed 62 fighters from the private military company and 19 army soldiers near the river.", 19, TroopKind.Casualties)]
    // Near miss: a verb of the second's own.
    [InlineData("The insurgents killed 62 fighters from the private military company and sent 19 soldiers to the river.", 19, TroopKind.Deployment)]
    public void The_second_shares_the_killing(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Soldiers "among the dead" of a larger toll of troops counted just before are a part of it (kind subset): "A car bomb killed 14
/// soldiers ... Three Belgian soldiers were among the dead" (dead_part_links_after right after the part's mention, then a casualty
/// word; TroopCountsComponent.PartsOfCountedDead). Not soldiers among the dead of a toll of people ("killed 30 people"), nor a
/// part with no larger toll before it. The sentences are ours.
/// </summary>
public class SoldiersAmongTheDeadTests
{
    [Theory]
    [InlineData("A car bomb killed 14 soldiers of the NATO force near Kabul on Monday. Three Belgian soldiers were among the dead, the alliance said.", 3, TroopKind.Subset)]
    [InlineData("Insurgents killed 22 government troops in an ambush in the north. Five officers were among the dead, the ministry said.", 5, TroopKind.Subset)]
    [InlineData("Militants killed nine peacekeepers in the attack on the base. Two Senegalese soldiers were also among the dead.", 2, TroopKind.Subset)]
    // Near misses: the toll counts people, not troops; no toll before; the toll itself.
    [InlineData("A suicide bomber killed 30 people at a market on Sunday, police said. Four soldiers were among the dead.", 4, TroopKind.Casualties)]
    [InlineData("Four soldiers were among the dead after the blast at the checkpoint, officials said.", 4, TroopKind.Casualties)]
    [InlineData("A car bomb killed 14 soldiers of the NATO force near Kabul on Monday. Three Belgian soldiers were among the dead, the alliance said.", 14, TroopKind.Casualties)]
    public void Kind_of_the_figure(string passage, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}

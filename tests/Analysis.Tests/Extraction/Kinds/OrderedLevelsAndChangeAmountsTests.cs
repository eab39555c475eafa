namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A level or a change an order sets is still to come (planned), whatever the order's tense: "ordered the army to grow to
/// 1.5 million", "signed a decree raising the armed forces to ...", "an order boosting troop strength by ...". And the amount
/// a whole army changes by is troops added or cut (deployment, as the dev set counts "increase its forces by 500
/// personnel"), not the army's size; the level it reaches stays the army's size. Real reporting of Russia's decrees on the
/// size of its armed forces wrote both. The sentences are ours.
/// </summary>
public class OrderedLevelsAndChangeAmountsTests
{
    [Theory]
    [InlineData("The president ordered the army to grow to 1.2 million.", 1200000)]
    [InlineData("The president signed a decree raising the armed forces to 900,000 personnel.", 900000)]
    [InlineData("The defence minister signed an order boosting U.S. troop strength in the region by 6,000 personnel.", 6000)]
    public void An_ordered_level_is_planned(string text, double value) =>
        Assert.Equal(EstimateStatus.Planned, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Fact]
    public void A_level_reached_after_an_order_is_not() =>
        Assert.Equal(EstimateStatus.Current, Assert.Single(Counts("Since the decree of 2022, the army has grown to 1.2 million troops."), c => c.Value == 1200000).Status);

    [Theory]
    [InlineData("The government will expand its army by 4,000 soldiers.", 4000, TroopKind.Deployment)]
    [InlineData("A decree signed on Friday increases the army by 90,000 troops.", 90000, TroopKind.Deployment)]
    // Near miss: the level it reaches is the army's size.
    [InlineData("The government will expand its army to 24,000 soldiers.", 24000, TroopKind.ArmySize)]
    public void An_army_s_change_amount_is_troops_added(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Assert.Single(Counts(text), c => c.Value == value).Kind);
}

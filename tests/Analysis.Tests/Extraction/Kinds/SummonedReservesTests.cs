namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Reservists "summoned" or "called in" are called up, a deployment, as "called up" ones are; "reserves" counted right after
/// a number are troops. Reserves only counted stay the army's size. The sentences are ours.
/// </summary>
public class SummonedReservesTests
{
    [Theory]
    [InlineData("The army has summoned 120,000 reservists since Saturday, its spokesman said.", 120000, TroopKind.Deployment)]
    [InlineData("Around 60,000 reserve soldiers were summoned overnight, the military said.", 60000, TroopKind.Deployment)]
    [InlineData("Military: 90K reserves summoned in two days", 90000, TroopKind.Deployment)]
    [InlineData("The general staff called in 25,000 reserve troops for the drills.", 25000, TroopKind.Deployment)]
    [InlineData("The ministry has called up 40,000 reserves, a spokeswoman said.", 40000, TroopKind.Deployment)]
    // Near miss: a reserve counted, not called.
    [InlineData("The country keeps some 45,000 reserves besides its regular army.", 45000, TroopKind.ArmySize)]
    public void Summoned_reserves_are_sent(string text, int value, TroopKind kind)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(((double?)value, kind), (count.Value, count.Kind));
    }
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A withdrawal that takes a share of a force ("to bring home up to half of the 9,000 troops posted abroad") names the whole as
/// it is now: the share is the cut, the whole is there (current), as "N of the M" names a whole a planned cut starts from. Near
/// misses: a target date after the force dates the move still to come, and a share sent on is no withdrawal. Our own sentences.
/// </summary>
public class WithdrawnSharesTests
{
    [Theory]
    [InlineData("Untitled\n\nThe defence minister wants to bring home up to half of the 9,000 troops posted abroad.", 9_000d)]
    [InlineData("Untitled\n\nThe leader intends to pull out roughly a third of the 6,000 soldiers based in the south.", 6_000d)]
    [InlineData("Untitled\n\nOfficials are weighing withdrawing about half of the 3,400 marines stationed on the island.", 3_400d)]
    public void The_force_a_withdrawn_share_is_taken_from_is_there_now(string passage, double value) =>
        Assert.Equal(EstimateStatus.Current, Of(passage, value).Status);

    [Theory]
    // Near misses.
    [InlineData("Untitled\n\nThe leader plans to withdraw half of the 8,000 troops by June.", 8_000d)]
    [InlineData("Untitled\n\nThe army will send half of the 4,000 reservists to the front.", 4_000d)]
    public void A_dated_or_sent_share_stays_planned(string passage, double value) =>
        Assert.Equal(EstimateStatus.Planned, Of(passage, value).Status);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two shapes of planned troop copy. A withdrawal that takes a share of a force ("to withdraw up to half of the 9,000 troops
/// serving there") names the whole as it is now: the share is the cut, the whole is there (current), as "N of the M" names
/// a whole a planned cut starts from. An approval told in the present, as headlines and decks tell a vote or a leader's
/// go-ahead ("The council approves sending up to 9,000 troops", "Leader OKs 26K troops"), makes the troops it sends a plan,
/// as the past "approved sending" already did. Our own sentences.
/// </summary>
public class WithdrawnSharesAndPresentApprovalsTests
{
    [Theory]
    [InlineData("Untitled\n\nThe ministry is drawing up plans to withdraw up to half of the 9,000 troops serving abroad.", 9_000d)]
    [InlineData("Untitled\n\nThe leader intends to pull out roughly a third of the 6,000 soldiers based in the south.", 6_000d)]
    [InlineData("Untitled\n\nOfficials are weighing withdrawing about half of the 3,400 marines stationed on the island.", 3_400d)]
    public void The_force_a_withdrawn_share_is_taken_from_is_there_now(string passage, double value) =>
        Assert.Equal(EstimateStatus.Current, Of(passage, value).Status);

    [Theory]
    // Near misses: a target date after the force dates the move still to come, and a share sent on is no withdrawal.
    [InlineData("Untitled\n\nThe leader plans to withdraw half of the 8,000 troops by June.", 8_000d)]
    [InlineData("Untitled\n\nThe army will send half of the 4,000 reservists to the front.", 4_000d)]
    public void A_dated_or_sent_share_stays_planned(string passage, double value) =>
        Assert.Equal(EstimateStatus.Planned, Of(passage, value).Status);

    [Theory]
    [InlineData("Senate approves sending 650 soldiers to the region\n\nThe vote came late on Tuesday.", 650d)]
    [InlineData("Untitled\n\nThe cabinet authorises deploying 300 engineers to the mission.", 300d)]
    [InlineData("Untitled\n\nThe assembly authorizes sending up to 450 police officers to the island.", 450d)]
    [InlineData("Leader OKs 26K troops for the mission\n\nThe order was signed on Friday.", 26_000d)]
    public void A_present_approval_of_a_sending_is_a_plan(string passage, double value) =>
        Assert.Equal(EstimateStatus.Planned, Of(passage, value).Status);
}

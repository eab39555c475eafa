namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A whole force named as there ("all N troops", "all of its N", "its N" or "Latvia's N") that a withdrawal still to come is
/// about is the force there now (current), also when the withdrawal is told with "will" or "would" and a target date: the plan
/// is the news, the force its present size. Real withdrawal copy is read so by independent annotators. Near misses: a whole
/// force sent or moved on ("will send all of its 170 soldiers"), and a headline's infinitive, which tells the plan.
/// The sentences are ours.
/// </summary>
public class WholeForceWithdrawalsTests
{
    [Theory]
    // "all" names the whole force, with or without an owner after it.
    [InlineData("Untitled\n\nThe prime minister said on Tuesday he would withdraw all 450 soldiers from the mission.", 450d)]
    [InlineData("Untitled\n\nThe Kremlin said Moscow will pull all of its roughly 1,500 troops out of the enclave.", 1_500d)]
    [InlineData("Untitled\n\nThe coalition agreed to bring home all 340 of its troops before the winter.", 340d)]
    // A force its owner names, with a target date after it: the date is the withdrawal's.
    [InlineData("Untitled\n\nCritics attacked the cabinet's decision to recall Latvia's 130 troops from the region by June 30.", 130d)]
    [InlineData("Untitled\n\nThe minister confirmed that Oslo will withdraw its 220 soldiers by the end of the year.", 220d)]
    public void A_whole_force_to_be_withdrawn_is_there_now(string passage, double value) =>
        Assert.Equal(EstimateStatus.Current, Of(passage, value).Status);

    [Theory]
    // Near misses: a whole force sent or moved on is a plan.
    [InlineData("Untitled\n\nOslo will send all of its 170 soldiers to Lithuania next year.", 170d)]
    [InlineData("Untitled\n\nThe ministry will deploy all 600 paratroopers to the border by Friday.", 600d)]
    // Near miss: a headline's infinitive tells the plan.
    [InlineData("Norway to withdraw all 170 soldiers from Lithuania\n\nThe decision came on Friday.", 170d)]
    public void A_whole_force_sent_or_a_headline_plan_stays_planned(string passage, double value) =>
        Assert.Equal(EstimateStatus.Planned, Of(passage, value).Status);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Withdrawal copy names the force that is to leave or stay by its owner and tells the plan around it: "had promised to
/// withdraw the 1,300 troops", "pledged to keep his country's 302 troops in Iraq", "said Spain's 1,300 troops would be
/// withdrawn", "its roughly 10,800 personnel are to withdraw within a year", "the 800 troops remaining in the country will be
/// withdrawn". The plan is the news; the force is there now (current). Near misses: a force still to be sent ("its 1,000
/// soldiers would be deployed"), a number with no owner (the size of a cut), "the" troops a target date follows,
/// a force told as leaving a region, a withdrawal noun before the force (an order's object) and a headline's infinitive.
/// Our own sentences, in the shapes of the withdrawal reporting listed in Probes/Studied.S47.status.md.
/// </summary>
public class WithdrawnForcesTests
{
    [Theory]
    // The object of a withdrawal, a recall or a keeping, named by its owner or by "the".
    [InlineData("Untitled\n\nDuring the campaign the opposition leader had vowed to withdraw the 650 soldiers unless parliament voted a new mandate.", 650d)]
    [InlineData("Untitled\n\nThe president promised on Sunday to bring home Portugal's 480 troops if the talks fail.", 480d)]
    [InlineData("Untitled\n\nThe prime minister pledged to keep his country's 260 soldiers in the mission until its mandate ends in March.", 260d)]
    [InlineData("Untitled\n\nThe new government is expected to recall Slovakia's 110 peacekeepers as soon as possible.", 110d)]
    // The force as the subject of a withdrawal or a stay after it.
    [InlineData("Untitled\n\nThe defence minister said Norway's 170 soldiers would be withdrawn over the next two months.", 170d)]
    [InlineData("Untitled\n\nOfficials said Hungary's 300-member contingent could be completely withdrawn by October.", 300d)]
    [InlineData("Untitled\n\nThe cabinet confirmed that Estonia's 40 troops will come home after the election.", 40d)]
    [InlineData("Untitled\n\nThe ministry said its roughly 2,200 personnel are to withdraw within a year.", 2_200d)]
    [InlineData("Untitled\n\nThe minister said on Monday the 600 troops remaining in the country will be withdrawn after the vote.", 600d)]
    // Its whole named before the figure.
    [InlineData("Untitled\n\nBelgium is withdrawing its entire force of 400 soldiers in the region next year.", 400d)]
    // An object its owner names and a target date follows: the date is the withdrawal's, the force the one there.
    [InlineData("Untitled\n\nThe new government will bring home Portugal's 480 troops by the end of May.", 480d)]
    public void A_force_a_withdrawal_or_a_keeping_is_about_is_there_now(string passage, double value) =>
        Assert.Equal(EstimateStatus.Current, Of(passage, value).Status);

    [Theory]
    // A force still to be sent, however its owner names it.
    [InlineData("Untitled\n\nThe minister said Norway's 170 soldiers would be deployed to Lithuania next year.", 170d)]
    [InlineData("Untitled\n\nOslo will send its 170 soldiers to Lithuania next year.", 170d)]
    // A number with no owner: the size of a cut still to come.
    [InlineData("Untitled\n\nThe government will withdraw 650 troops by June.", 650d)]
    // "The" troops a withdrawal has a target date for, and "the" troops with no place and no withdrawal said of them.
    [InlineData("Untitled\n\nThe general foresees withdrawing the roughly 5,000 extra troops sent to the province by July 2009.", 5_000d)]
    [InlineData("Untitled\n\nThe 650 troops would be out of the city by September 1, he said.", 650d)]
    // A force told as leaving a region may move within the country.
    [InlineData("Untitled\n\nThe ministry said Chad's 1,400 troops will leave the north.", 1_400d)]
    // A withdrawal noun before the force: the order's object.
    [InlineData("Untitled\n\nThe president has ordered a deliberate withdrawal of the roughly 700 American troops in eastern Syria.", 700d)]
    public void A_force_still_to_come_or_a_cut_stays_planned(string passage, double value) =>
        Assert.Equal(EstimateStatus.Planned, Of(passage, value).Status);

    [Fact]
    public void A_headline_infinitive_still_tells_the_plan() =>
        Assert.Equal(EstimateStatus.Planned, Of("Norway to pull its 170 soldiers out of Lithuania - minister\n\nThe decision came on Friday.", 170d).Status);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A reserve's figure in a sentence whose call-up verb stands earlier, farther than the verb that acts on the figure itself,
/// counts those called up (deployment), not the reserve: "has never called up so many reservists so fast, some 200,000
/// reservists in three days". A pool or a whole the call-up draws on ("of its 360,000 reservists") and the reservists
/// still available after it stay army_size.
/// </summary>
public class CallUpEarlierInSentenceTests
{
    [Theory]
    [InlineData("The army has never called up so many reservists so fast, some 200,000 reservists in three days, the spokesman said.", 200_000d)]
    [InlineData("It was a matter of mobilised reservists, and the order named a ceiling of up to 150,000 reservists, the spokesman said.", 150_000d)]
    [InlineData("In its weekly tally of reserve call-ups, the ministry said 12,400 members of the army and navy reserve forces were on duty.", 12_400d)]
    public void A_reserve_figure_after_the_call_up_verb_is_a_call_up(string passage, double value) =>
        Assert.Equal(TroopKind.Deployment, Assert.Single(Counts(passage), c => c.Value == value).Kind);

    // Near misses: the whole a call-up draws on, and the reservists still available.
    [Theory]
    [InlineData("The government mobilised 90,000 of its 360,000 reservists on Monday.", 360_000d)]
    [InlineData("After the call-up began, the reserve still has about 400,000 reservists available.", 400_000d)]
    public void The_reserve_itself_stays_its_size(string passage, double value) =>
        Assert.Equal(TroopKind.ArmySize, Assert.Single(Counts(passage), c => c.Value == value).Kind);
}

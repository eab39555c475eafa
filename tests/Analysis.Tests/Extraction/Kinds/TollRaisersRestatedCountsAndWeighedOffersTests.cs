namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Three shapes of running casualty reports and pledge rounds. A toll raised "to" the figure by a finite verb ("The deaths raised
/// the number of soldiers killed in the operation to 97") or by a participle with a longer troop phrase before the casualty word,
/// and a toll that doubled or tripled to it, count casualties, though a word of the fighting stands nearer the figure. A casualty
/// count restated with the keeper's noun or two adjectives before the count noun ("The Pentagon count stood at 1,119", "The
/// previous official tally was 51") counts what the count before it counted, whatever a clause joined after it names. An offer
/// or approval with a word that only weighs the number before it ("offered just 200 new troops") is a plan, as with none. The
/// sentences are ours.
/// </summary>
public class TollRaisersRestatedCountsAndWeighedOffersTests
{
    [Theory]
    [InlineData("The ambush raised the number of soldiers killed in the fighting to 46.", 46)]
    [InlineData("The latest losses brought the toll of slain troops in the offensive against the rebels to 131.", 131)]
    [InlineData("Five more soldiers died overnight, bringing the number of soldiers killed in the fighting to 88.", 88)]
    [InlineData("The ministry said the strike raised the number of Chadian soldiers killed in the offensive to 29.", 29)]
    [InlineData("The toll from the battle against the rebels in the south has doubled to 60, the army said.", 60)]
    [InlineData("The number of soldiers killed in the fighting in the hills has doubled to 30.", 30)]
    public void A_raised_toll_counts_casualties(string text, double value) =>
        Assert.Equal(TroopKind.Casualties, Count(text, value).Kind);

    [Theory]
    // Near misses: a level raised or doubled with no casualty word before "to", or with one only after the figure.
    [InlineData("The Pentagon raised the number of U.S. troops in the region to 2,500.", 2500)]
    [InlineData("The reinforcements brought the number of soldiers guarding the base to 600.", 600)]
    [InlineData("The number of troops in the area has doubled to 6,000, the army said.", 6000)]
    [InlineData("The deployment raised the number of troops in the capital to 2,000 after two soldiers were killed.", 2000)]
    public void A_raised_level_stays_a_deployment(string text, double value) =>
        Assert.Equal(TroopKind.Deployment, Count(text, value).Kind);

    [Theory]
    [InlineData("The Pentagon counted 1,210 service members who had died in Iraq. The Pentagon count stood at 1,119 a week ago.", 1119, EstimateStatus.Current)]
    [InlineData("At least 71 U.S. troops were killed in the offensive, the military said. The previous official tally was 51.", 51, EstimateStatus.Earlier)]
    [InlineData("About 90 peacekeepers have been killed in the mission, the UN said. The UN tally stood at 85 in March.", 85, EstimateStatus.Current)]
    [InlineData("Officials said 150 soldiers had been killed in the clashes. The ministry tally was 130 on Monday, and it grew as the offensive went on.", 130, EstimateStatus.Current)]
    public void A_restated_casualty_count_counts_casualties(string text, double value, EstimateStatus status)
    {
        var count = Count(text, value);
        Assert.Equal((TroopKind.Casualties, status), (count.Kind, count.Status));
    }

    [Theory]
    // Near misses: the count before was of troops somewhere, or the count noun names what it counts.
    [InlineData("The Pentagon said 2,500 U.S. troops are in Iraq. The Pentagon count stood at 3,000 a week ago.", 3000)]
    [InlineData("The Pentagon said 2,500 U.S. troops are in Iraq. At the start of the month, the Pentagon count stood at 3,000, and it fell as units left.", 3000)]
    [InlineData("At least 71 U.S. troops were killed in the offensive, the military said. The Pentagon count of troops in Iraq stood at 2,500.", 2500)]
    public void A_restated_troop_count_stays_a_deployment(string text, double value) =>
        Assert.Equal(TroopKind.Deployment, Count(text, value).Kind);

    [Theory]
    [InlineData("France offered just 200 new troops, a disappointment to the UN.", 200)]
    [InlineData("Spain pledged only 500 soldiers for the mission.", 500)]
    [InlineData("Germany has offered a mere 150 soldiers to the force.", 150)]
    [InlineData("Parliament authorised only 120 troops for the training mission.", 120)]
    public void A_weighed_offer_is_a_plan(string text, double value) =>
        Assert.Equal(EstimateStatus.Planned, Count(text, value).Status);

    [Theory]
    // Near misses: the same words after a verb of sending or holding.
    [InlineData("France sent just 200 troops to the mission.", 200)]
    [InlineData("Spain has only 500 soldiers in the country.", 500)]
    [InlineData("Germany deployed a mere 150 soldiers to the force.", 150)]
    public void A_weighed_sending_is_current(string text, double value) =>
        Assert.Equal(EstimateStatus.Current, Count(text, value).Status);
}

namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Bare numbers that stand where a troop noun would, in a sentence that points back to the troops the passage counted last: a
/// part set off after "of them" ("The bulk of them, 1,600, were ..."), parts told by their place after a pronoun or a troop figure
/// ("with 300 and 200 in ...", "will include 150 in ... and another 150 at ..."), and a drawdown's step told as troops gone
/// ("After the 20,000 are gone, about 50,000 will remain"). The sentences are ours.
/// </summary>
public class PartsPointingBackTests
{
    [Theory]
    [InlineData("At its height the force had some 2,100 soldiers in the country.\n\nThe bulk of them, 1,600, were in the northern province, with 300 and 200 in Herat and Mazar.", new[] { 1600d, 300d, 200d })]
    [InlineData("The army will keep about 300 troops in the region.\n\nThey will include 150 in a border task force and another 150 at a small airbase near the coast.", new[] { 150d })]
    [InlineData("The president said 15,000 troops will be withdrawn by the summer.\n\nAfter the 20,000 are gone, about 50,000 will remain until the handover.", new[] { 20000d, 50000d })]
    public void Parts_pointing_back_are_counted(string text, double[] values)
    {
        var counts = Counts(text);
        foreach (var v in values) Assert.Contains(counts, c => c.Value == v);
    }

    [Theory]
    [InlineData("At its height the force had some 2,100 soldiers in the country.\n\nThe bulk of them, 1,600, were in the northern province, with 300 and 200 in Herat and Mazar.", 300d)]
    [InlineData("At its height the force had some 2,100 soldiers in the country.\n\nThe bulk of them, 1,600, were in the northern province, with 300 and 200 in Herat and Mazar.", 1600d)]
    public void Parts_where_troops_were_are_earlier(string text, double value) =>
        Assert.Equal(EstimateStatus.Earlier, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Theory]
    [InlineData("The army keeps about 4,500 troops on the island.\n\nAs of this week there are under 4,000 and that will go to 2,000 by the autumn.", new[] { 4000d, 2000d })]
    public void A_later_level_that_points_back_is_counted(string text, double[] values)
    {
        var counts = Counts(text);
        foreach (var v in values) Assert.Contains(counts, c => c.Value == v);
    }

    [Theory]
    [InlineData("The general said the force level in the region has been reduced from 90,000 in June to the current 70,000.", 70000d)]
    [InlineData("The military said the number of troops would shrink by some 1,500 from the current 12,000.", 12000d)]
    public void The_current_level_after_a_change_is_counted(string text, double value) =>
        Assert.Equal(EstimateStatus.Current, Assert.Single(Counts(text), c => c.Value == value).Status);

    // Near misses: parts of other people, whether pointed back to or told by place, and a number a noun of its own follows.
    [Theory]
    [InlineData("Police detained 150 protesters in the square.\n\nMost of them, 120, were in the main street, with 20 and 10 in the side streets.", 120d)]
    [InlineData("The city has 400,000 residents.\n\nThey include 150,000 in the old town and another 100,000 at the harbour district.", 150000d)]
    [InlineData("The garrison has 2,000 troops.\n\nThe town has 30,000 residents, with 12,000 civilians in the old quarter.", 12000d)]
    [InlineData("The town has 40,000 residents.\n\nThere are under 5,000 and that will go to 2,500 by January.", 2500d)]
    [InlineData("The garrison has 2,000 troops.\n\nThe city lost 4,000 jobs, and that will rise to 6,000 next year.", 6000d)]
    [InlineData("The garrison has 2,000 troops.\n\nThe city's population fell from 300,000 in 2010 to the current 250,000.", 250000d)]
    public void Parts_of_others_are_not_troops(string text, double value) =>
        Assert.DoesNotContain(Counts(text), c => c.Value == value);
}

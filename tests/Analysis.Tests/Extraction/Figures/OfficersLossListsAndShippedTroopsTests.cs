namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figure shapes: a word stressing how small an amount is between its connector and the number
/// ("a unit numbering just 150"), a ministry's list of losses with its missing ("311 listed as missing"), officers by rank or post ("16 liaison officers",
/// "three colonels"), and troops carried to a front counted by a bare number after a sentence about them ("about 1,500
/// had been shipped"). Each family has rows where the same words count something else or nothing.
/// </summary>
public class OfficersLossListsAndShippedTroopsTests
{
    [Theory]
    [InlineData("A small Dutch unit, probably numbering just 150, will stay at the airfield.", 150d)]
    [InlineData("The island keeps a professional army of only about 13,000, the report said.", 13_000d)]
    [InlineData("The garrison, numbering merely 400, held the fort for a week.", 400d)]
    [InlineData("Officials said the contingent would number only 250 by the end of the year.", 250d)]
    public void Counts_an_amount_stressed_as_small(string passage, double value) =>
        Assert.Contains(Values(passage), v => v == value);

    [Theory]
    [InlineData("The charity has a staff numbering just 150 and a budget of two million.", 150d)]
    [InlineData("The village, numbering only 400 souls, lies by the river.", 400d)]
    [InlineData("The garrison town's budget was cut to just 400 thousand euros.", 400_000d)]
    public void Does_not_count_small_amounts_of_other_things(string passage, double value) =>
        Assert.DoesNotContain(Values(passage), v => v == value);

    [Theory]
    [InlineData("Pyongyang has moved 3,000 soldiers to Russia. On Friday the agency said that about 1,500 had been shipped to Vladivostok.", 1_500d)]
    [InlineData("Moscow has sent 2,000 paratroopers to the region. Another 800 were airlifted on Sunday, officials said.", 800d)]
    [InlineData("The brigade's 4,000 troops are leaving Germany. Some 1,200 have been redeployed to Poland already.", 1_200d)]
    public void Counts_troops_carried_to_a_front(string passage, double value) =>
        Assert.Contains(Values(passage), v => v == value);

    [Theory]
    [InlineData("The army moved 3,000 soldiers to the border. Around 2,000 residents fled; 600 had been moved to camps.", 600d)]
    [InlineData("Rescuers reached 12,000 people after the floods. About 1,500 had been airlifted to safety.", 1_500d)]
    [InlineData("The army moved 3,000 soldiers to the border. About 1,500 containers had been shipped.", 1_500d)]
    [InlineData("The army sent 3,000 troops to the flooded province. About 300 were transferred to hospitals in the capital.", 300d)]
    [InlineData("Kyiv says 5,000 soldiers hold the line. Some 200 captives have been transported to a camp near the border.", 200d)]
    public void Does_not_count_other_people_or_goods_carried(string passage, double value) =>
        Assert.DoesNotContain(Values(passage), v => v == value);

    [Theory]
    [InlineData("Moscow said 13,310 Soviet soldiers had been killed in Afghanistan, 35,478 wounded and 311 listed as missing.", 311d)]
    [InlineData("The army said 25 soldiers were killed on Monday; another 14 were reported missing.", 14d)]
    [InlineData("The ministry said 120 soldiers were killed in the battle and 40 were still unaccounted for.", 40d)]
    public void Counts_the_missing_of_a_list_of_losses(string passage, double value) =>
        Assert.Contains(Values(passage), v => v == value);

    [Theory]
    [InlineData("After the floods 120 villagers were killed and 40 were still unaccounted for.")]
    [InlineData("The storm hit the coast on Sunday. 300 fishermen were reported missing.")]
    public void Does_not_count_the_missing_of_other_disasters(string passage) =>
        Assert.Empty(Counts(passage));

    [Theory]
    [InlineData("The Russian deployment will include 16 liaison officers at the headquarters.", 16d)]
    [InlineData("Estonia sent 40 staff officers to the NATO headquarters in Poland.", 40d)]
    [InlineData("Two Australian colonels will stay behind in Dili until July.", 2d)]
    [InlineData("Three colonels and 40 lieutenants of the brigade were sent to the front.", 40d)]
    public void Counts_officers_by_rank_or_post(string passage, double value) =>
        Assert.Contains(Values(passage), v => v == value);

    [Theory]
    [InlineData("Tiger Woods has won 15 majors in his career.")]
    [InlineData("The embassy has 40 staff and 16 liaison offices across the region.")]
    public void Does_not_count_other_majors_staff_or_liaisons(string passage) =>
        Assert.Empty(Counts(passage));
}

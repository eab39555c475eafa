namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A figure's time told against the figure before it or by its own noun phrase. A count a later
/// revision or report replaces, or another one denies, is earlier; so is a level of the past ("a peak of", "last year's",
/// "originally", "then numbered") and a part of an earlier count; a coordinate clause with its verb left out shares the
/// plan before it; "from X to Y" of a change still to come starts from what is there now. Each has rows that must change
/// and twins that must not.
/// </summary>
public class ReplacedAndPastLevelsTests
{
    private static TroopCount FigureOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value);

    [Theory]
    // A later revision or report in the same sentence replaces the count before it.
    [InlineData("Rebels said 5,000 fighters had gathered near the town, a number the army revised a day later to about 2,000.", 5000, EstimateStatus.Earlier)]
    [InlineData("Rebels said 5,000 fighters had gathered near the town, a number the army revised a day later to about 2,000.", 2000, EstimateStatus.Current)]
    [InlineData("The ministry first said 40 soldiers died, a toll it later corrected to 34.", 40, EstimateStatus.Earlier)]
    [InlineData("Kyiv said 300 North Korean soldiers were killed in December, and weeks later it put the toll at 1,000.", 300, EstimateStatus.Earlier)]
    [InlineData("The 2016 budget law set a floor of 6,000 troops; later laws raised it to 7,500.", 6000, EstimateStatus.Earlier)]
    // An addition is no new count of the same troops; a sentence with no later report leaves both as they are.
    [InlineData("Some 3,000 troops arrived in June; weeks later the ministry said another 2,000 had come.", 3000, EstimateStatus.Current)]
    [InlineData("Rebels said 5,000 fighters had gathered near the town, and the army counted about 2,000 in the hills.", 5000, EstimateStatus.Current)]
    [InlineData("The 2016 budget law sets a floor of 6,000 troops and a ceiling of 7,500.", 6000, EstimateStatus.Current)]
    // A later report of another force (another troop noun, or a force still to come) replaces nothing; a plain speech verb
    // tells a new count only with a noun of the count; a revision still to come (under "would") replaces nothing.
    [InlineData("1,000 soldiers landed in Port-au-Prince on Tuesday; days later, officials said 400 Jamaican troops would follow.", 1000, EstimateStatus.Current)]
    [InlineData("Russia has sent 11,000 troops, the Pentagon said, and later said that 3,000 engineers were on the way.", 11000, EstimateStatus.Current)]
    [InlineData("Officials said 300 soldiers were killed on Monday, and days later they said the toll had reached 500.", 300, EstimateStatus.Earlier)]
    [InlineData("Putin said 222,000 men had been called up; a fortnight later the minister reported the 300,000 target met.", 222000, EstimateStatus.Earlier)]
    [InlineData("Washington announced last week that it would pull 2,000 of its 5,000 troops from Iraq, then cut the force to 2,500 in January.", 5000, EstimateStatus.Current)]
    [InlineData("France deployed 2,000 troops in May, then cut the contingent to 1,200 in July.", 2000, EstimateStatus.Earlier)]
    public void A_later_revision_replaces_the_count_before_it(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // ", not N": the count another one denies.
    [InlineData("There are 2,000 US troops in Syria, not 503, the Pentagon said on Wednesday.", 503, EstimateStatus.Earlier)]
    [InlineData("There are 2,000 US troops in Syria, not 503, the Pentagon said on Wednesday.", 2000, EstimateStatus.Current)]
    [InlineData("There are 2,000 US troops in Syria, and 503 in Jordan, the Pentagon said on Wednesday.", 503, EstimateStatus.Current)]
    public void A_count_another_denies_is_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A level of the past in the figure's own noun phrase.
    [InlineData("The garrison has 800 soldiers, compared with a peak of 3,000.", 3000, EstimateStatus.Earlier)]
    [InlineData("The garrison has 800 soldiers, compared with a peak of 3,000.", 800, EstimateStatus.Current)]
    [InlineData("The mission has 5,000 troops, less than half its peak strength of 12,000.", 12000, EstimateStatus.Earlier)]
    [InlineData("Last year's contingent of 1,200 soldiers returned home in May.", 1200, EstimateStatus.Earlier)]
    [InlineData("The deployment, originally 600 troops, was expanded last month.", 600, EstimateStatus.Earlier)]
    [InlineData("The force then numbered about 9,000 soldiers.", 9000, EstimateStatus.Earlier)]
    // A level still to come, this year's force, a force with no time of the past, one in the present.
    [InlineData("The mission will reach a peak of 20,000 troops next year.", 20000, EstimateStatus.Planned)]
    [InlineData("This year's contingent of 1,200 soldiers arrived in May.", 1200, EstimateStatus.Current)]
    [InlineData("The deployment, some 600 troops, was expanded last month.", 600, EstimateStatus.Current)]
    [InlineData("The force now numbers about 9,000 soldiers.", 9000, EstimateStatus.Current)]
    // A time of the past in a clause of its own after the figure's ("where ...") is not the figure's.
    [InlineData("About 40,000 soldiers remain deployed in the valley, where numbers are what they were at the height of the crisis.", 40000, EstimateStatus.Current)]
    [InlineData("About 40,000 soldiers were deployed in the valley at the height of the crisis.", 40000, EstimateStatus.Earlier)]
    // A change told from a level, a level held before a pullback or as recently as a past time, "then put at", an earlier
    // deployment, a figure compared with one of a past year.
    [InlineData("The contingent has shrunk from 2,400 soldiers in 2018.", 2400, EstimateStatus.Earlier)]
    [InlineData("In the spring the army massed some 60,000 troops near the border before pulling some back.", 60000, EstimateStatus.Earlier)]
    [InlineData("The kingdom had about 1,800 troops in the country as recently as last year.", 1800, EstimateStatus.Earlier)]
    [InlineData("The number of rebels was then put at 5,000.", 5000, EstimateStatus.Earlier)]
    [InlineData("The earlier deployment of 3,000 Marines ended in June.", 3000, EstimateStatus.Earlier)]
    [InlineData("That compares with about 1,500 troops deployed in 2019.", 1500, EstimateStatus.Earlier)]
    [InlineData("At least 1,000 soldiers were killed in the first month, a figure that has since risen to 3,000.", 1000, EstimateStatus.Earlier)]
    // Their twins: a change to a level, a level held with no later time, one put now, the next deployment, a year of no
    // comparison.
    [InlineData("The contingent has grown to 2,400 soldiers this year.", 2400, EstimateStatus.Current)]
    [InlineData("The army has massed some 60,000 troops near the border, officials say.", 60000, EstimateStatus.Current)]
    [InlineData("The number of rebels is now put at 5,000.", 5000, EstimateStatus.Current)]
    [InlineData("The next deployment of 3,000 Marines arrived in June.", 3000, EstimateStatus.Current)]
    [InlineData("About 1,500 troops deployed in 2019 are still there.", 1500, EstimateStatus.Current)]
    // A verb of a level's change makes the figure right after "from" (a hedge or "a peak of" between) earlier, and no figure
    // further on: the verb changed something else.
    [InlineData("The contingent has shrunk from 2,400 soldiers in 2018 to about 1,100.", 2400, EstimateStatus.Earlier)]
    [InlineData("The contingent has shrunk from 2,400 soldiers in 2018 to about 1,100.", 1100, EstimateStatus.Current)]
    [InlineData("The garrison has dwindled from about 3,500 soldiers to fewer than 900.", 3500, EstimateStatus.Earlier)]
    [InlineData("Attacks have declined from last year's levels, and the mission now has 4,000 troops in the region.", 4000, EstimateStatus.Current)]
    [InlineData("The force, reduced from a full brigade, now has about 3,000 soldiers in Lithuania.", 3000, EstimateStatus.Current)]
    [InlineData("Violence has fallen from its peak, the general said, adding that 2,500 troops remain deployed.", 2500, EstimateStatus.Current)]
    [InlineData("The army expanded from its bases in the north and sent 1,500 soldiers to the capital.", 1500, EstimateStatus.Current)]
    public void A_level_of_the_past_is_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A part of an earlier count, told with "including" and no verb of its own, is of its time.
    [InlineData("The agency had put the toll at about 2,300 soldiers, including some 400 dead, in the spring.", 400, EstimateStatus.Earlier)]
    [InlineData("The agency now puts the toll at about 2,300 soldiers, including some 400 dead.", 400, EstimateStatus.Current)]
    public void A_part_of_an_earlier_count_is_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A coordinate clause whose verb was left out shares the status of the clause before.
    [InlineData("Kenya's pledge stands at 1,000 police officers and Chad's at 400 soldiers, the mission said.", 400, EstimateStatus.Planned)]
    [InlineData("The governor said he would send 300 soldiers, and Texas's Greg Abbott about 250 Guard troops.", 250, EstimateStatus.Planned)]
    // The clause before told as done, or a verb of its own: as it is.
    [InlineData("The governor sent 300 soldiers, and Texas's Greg Abbott about 250 Guard troops.", 250, EstimateStatus.Current)]
    [InlineData("Kenya's pledge stands at 1,000 police officers and Chad's 400 soldiers are already deployed.", 400, EstimateStatus.Current)]
    public void A_gapped_coordinate_shares_the_plan_before(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // "from X to Y" with a verb of change some words before "from": what there is now to what is planned, or what there was
    // to what there is.
    [InlineData("The alliance will raise the number of its troops on high readiness from about 40,000 to 300,000.", 40000, EstimateStatus.Current)]
    [InlineData("The alliance will raise the number of its troops on high readiness from about 40,000 to 300,000.", 300000, EstimateStatus.Planned)]
    [InlineData("The alliance will lift the number of its troops on high readiness from about 40,000 to \"well over 300,000\".", 40000, EstimateStatus.Current)]
    [InlineData("The alliance raised the number of its troops on high readiness from about 40,000 to 300,000 last year.", 40000, EstimateStatus.Earlier)]
    // "from the current" before the start: the level now, which a planned change starts from, and the level it ends at.
    [InlineData("The cabinet has decided to reduce the unit in the north from the current 2,330 troops to about 1,200, an official said.", 2330, EstimateStatus.Current)]
    [InlineData("The cabinet has decided to reduce the unit in the north from the current 2,330 troops to about 1,200, an official said.", 1200, EstimateStatus.Planned)]
    [InlineData("The ministry will cut the brigade from its current 4,600 soldiers to 2,000 by the end of the year.", 4600, EstimateStatus.Current)]
    [InlineData("The Army plans to shrink the force from its current level of roughly 450,000 to 420,000 soldiers.", 450000, EstimateStatus.Current)]
    [InlineData("The Army plans to shrink the force from its current level of roughly 450,000 to 420,000 soldiers.", 420000, EstimateStatus.Planned)]
    // ... however far the verb, past a place told with its country.
    [InlineData("The cabinet has decided to shrink the battalion based in Gao, Mali, from the current 1,100 soldiers to about 650, an official said.", 1100, EstimateStatus.Current)]
    [InlineData("The cabinet has decided to shrink the battalion based in Gao, Mali, from the current 1,100 soldiers to about 650, an official said.", 650, EstimateStatus.Planned)]
    // (near misses: "from" the figure told as the level now after the end; a change already made.)
    [InlineData("The ministry will cut the brigade to about 2,000 from the current 4,600 troops.", 4600, EstimateStatus.Current)]
    [InlineData("The ministry cut the brigade from 4,600 soldiers to 2,000 last year.", 4600, EstimateStatus.Earlier)]
    public void A_change_from_a_figure_to_another_reads_past_its_object(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // Far from its verb of change, "from X to Y" past another clause's verb is a range that verb holds; near it, or past
    // only the verb's object, a change.
    [InlineData("Turkey increased its presence in northern Syria last year and now keeps from 3,000 to 5,000 soldiers there, analysts said.", true)]
    [InlineData("Turkey now keeps from 3,000 to 5,000 soldiers in northern Syria, analysts said.", true)]
    [InlineData("Turkey increased its force in northern Syria from 3,000 to 5,000 soldiers last year, analysts said.", false)]
    public void From_X_to_Y_past_another_verb_is_a_range(string sentence, bool range)
    {
        var counts = DocumentCounts("Untitled\n\n" + sentence);
        Assert.Equal(range, counts.Any(c => c.Low == 3000 && c.High == 5000));
        Assert.Equal(!range, counts.Any(c => c.Value == 3000 && c.Status == EstimateStatus.Earlier));
    }
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Status in three categories of real reporting (the object of a
/// verb of deliberating or preparing; a presence told as over, by "had been" and a verb of placing or by an adverb of the past
/// after the troop noun; a modal of possibility on an action done with the troops, which is no hedge of the count). Each has
/// rows that must change and twins that must not.
/// </summary>
public class DeliberationsAndPresencesOverTests
{
    private static TroopCount FigureOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value);

    [Theory]
    // The figure is the first number of the object of weigh/consider/discuss/prepare/seek: a force not yet sent or formed.
    [InlineData("The cabinet is weighing the recall of about 3,000 marines from the islands, two aides said.", 3000, EstimateStatus.Planned)]
    [InlineData("Rome and Madrid are now considering a joint brigade of up to 7,000 soldiers for the mission.", 7000, EstimateStatus.Planned)]
    [InlineData("The two governments have been discussing a monitoring force of around 4,000 troops with their partners.", 4000, EstimateStatus.Planned)]
    [InlineData("The junta is preparing a second contingent of about 1,200 soldiers for the northern front.", 1200, EstimateStatus.Planned)]
    [InlineData("The president told the army to prepare 8,000 soldiers for a relief mission abroad.", 8000, EstimateStatus.Planned)]
    // The whole a part is taken from, a clause of its own after the verb, a past deliberation, or no deliberation: as they are.
    [InlineData("The cabinet is weighing the recall of about 3,000 of the 9,000 marines on the islands.", 9000, EstimateStatus.Current)]
    [InlineData("Planners are considering that some 7,000 soldiers are already in the region.", 7000, EstimateStatus.Current)]
    [InlineData("The ministry discussed the mission with reporters; some 4,000 troops are in the country.", 4000, EstimateStatus.Current)]
    [InlineData("The junta has a second contingent of about 1,200 soldiers on the northern front.", 1200, EstimateStatus.Current)]
    public void The_object_of_a_deliberation_is_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // "had been" and a verb of placing, out of reported speech; or an adverb of the past after the troop noun: the force as it was.
    [InlineData("About 2,300 Belgian soldiers had been stationed at the old airfield.", 2300, EstimateStatus.Earlier)]
    [InlineData("Three battalions, some 1,800 troops, had been posted along the river, according to a local monitoring group.", 1800, EstimateStatus.Earlier)]
    [InlineData("Of the roughly 9,000 volunteers originally deployed to the front, about half have gone home.", 9000, EstimateStatus.Earlier)]
    [InlineData("Of some 700 Danish troops once in the province, 500 have left.", 700, EstimateStatus.Earlier)]
    // Reported speech back-shifts its tense, "since" keeps them there, a casualty count counts losses, "once" as a
    // conjunction opens another clause: as they are.
    [InlineData("The ministry said 2,300 Belgian soldiers had been stationed at the old airfield.", 2300, EstimateStatus.Current)]
    [InlineData("About 2,300 Belgian soldiers had been stationed at the old airfield since March.", 2300, EstimateStatus.Current)]
    [InlineData("About 2,300 Belgian soldiers had been killed in the fighting by the spring.", 2300, EstimateStatus.Current)]
    [InlineData("About 700 Danish troops will stay once the mission ends.", 700, EstimateStatus.Planned)]
    public void A_presence_told_as_over_is_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A modal before a verb of an action done with the troops: the action is a plan, the count keeps its own hedge.
    [InlineData("Poland could supply about 5,000 troops to the mission, officials said.", 5000, Hedge.Approximate)]
    [InlineData("Officials said Washington may pull 2,000 soldiers out of the region.", 2000, Hedge.Exact)]
    [InlineData("Spain alone could also provide about 3,000 soldiers, the paper said.", 3000, Hedge.Approximate)]
    // A modal of size makes the count itself a possibility ("could be"), or its ceiling ("could number", "could reach").
    [InlineData("The force could number 5,000 by the summer, officials said.", 5000, Hedge.AtMost)]
    [InlineData("The number of soldiers may be 2,000 by then, officials said.", 2000, Hedge.Possible)]
    public void A_possible_action_is_no_hedge_of_the_count(string sentence, double value, Hedge hedge) =>
        Assert.Equal(hedge, FigureOf(sentence, value).Hedge);

    [Theory]
    [InlineData("Poland could supply about 5,000 troops to the mission, officials said.", 5000)]
    [InlineData("Officials said Washington may pull 2,000 soldiers out of the region.", 2000)]
    public void A_possible_action_is_a_plan(string sentence, double value) =>
        Assert.Equal(EstimateStatus.Planned, FigureOf(sentence, value).Status);
}

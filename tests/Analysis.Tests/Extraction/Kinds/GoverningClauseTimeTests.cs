namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The time of the clause that governs a figure (TroopCountFinder.GoverningClause): an infinitive of intention before it
/// whatever its verb, a future form it is the subject of past its noun and complement, a time to come before it, a pledge told
/// of it in a relative clause, a target noun it modifies, a predicate before a target date, a comparison with a time of the
/// past, a plan told as the first one, and a bare number that restates a figure of an earlier sentence. Each row has a twin
/// where the same words leave the figure as it was.
/// </summary>
public class GoverningClauseTimeTests
{
    private static EstimateStatus StatusOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value).Status;

    [Theory]
    // An infinitive of intention: the verb is still to come, whatever it is.
    [InlineData("The council unveiled its plan to disarm 30,000 militia fighters within a year.", 30000, EstimateStatus.Planned)]
    [InlineData("The council disarmed 30,000 militia fighters within a year.", 30000, EstimateStatus.Current)]
    [InlineData("The rebels have agreed to integrate 4,000 former combatants into the national army.", 4000, EstimateStatus.Planned)]
    [InlineData("The rebels have integrated 4,000 former combatants into the national army.", 4000, EstimateStatus.Current)]
    // Not a plan told in the past perfect, nor "to" before a noun.
    [InlineData("The army had planned to integrate 4,000 former combatants, but the talks collapsed.", 4000, EstimateStatus.Current)]
    [InlineData("The sides agreed to a truce under which 4,000 soldiers have pulled back.", 4000, EstimateStatus.Current)]
    public void An_infinitive_of_intention_governs_its_object(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));

    [Theory]
    // The figure is the subject of a future form, past its complement, a gapped second subject or a list of what the force holds.
    [InlineData("Some 4,100 soldiers from Uruguay and 1,900 from Bolivia would join the exercise, the ministry said.", 4100, EstimateStatus.Planned)]
    [InlineData("Some 4,100 soldiers from Uruguay and 1,900 from Bolivia joined the exercise, the ministry said.", 4100, EstimateStatus.Current)]
    [InlineData("A Polish force of 1,300 troops, 40 tanks and 90 trucks is set to be deployed to the region.", 1300, EstimateStatus.Planned)]
    [InlineData("A Polish force of 1,300 troops, 40 tanks and 90 trucks was deployed to the region.", 1300, EstimateStatus.Current)]
    // A verb of its own comes first: the future belongs to another clause.
    [InlineData("About 6,000 soldiers are on the island and will stay there until the spring.", 6000, EstimateStatus.Current)]
    [InlineData("Some 2,500 soldiers who will rotate out in May are already at the base.", 2500, EstimateStatus.Current)]
    public void A_future_form_the_figure_is_the_subject_of_makes_it_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));

    [Theory]
    // A time still to come before the figure in its clause.
    [InlineData("A second transport ship is due next month with about 1,200 marines, officials said.", 1200, EstimateStatus.Planned)]
    [InlineData("A second transport ship arrived last month with about 1,200 marines, officials said.", 1200, EstimateStatus.Current)]
    // A pledge told of the figure in a relative clause after it.
    [InlineData("Only a third of the roughly 2,700 police officers that six states put forward have landed.", 2700, EstimateStatus.Planned)]
    [InlineData("Chad has 250 soldiers in the capital, far short of the 800 it pledged.", 800, EstimateStatus.Planned)]
    [InlineData("Chad has 250 soldiers in the capital, far short of the 800 it pledged.", 250, EstimateStatus.Current)]
    // A target noun the figure modifies.
    [InlineData("The force reached 7,400 soldiers in June, still short of its 9,000 ceiling, the mission said.", 9000, EstimateStatus.Planned)]
    [InlineData("The force reached 7,400 soldiers in June, still short of its 9,000 ceiling, the mission said.", 7400, EstimateStatus.Current)]
    public void A_time_to_come_a_pledge_or_a_target_makes_it_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));

    [Theory]
    // A predicate of what is to come, or a verb of expectation, with a target date.
    [InlineData("Officials now count 3,000 soldiers on the border, with 2,500 more due by July.", 2500, EstimateStatus.Planned)]
    [InlineData("The ministry expects about 7,000 soldiers by the end of the year.", 7000, EstimateStatus.Planned)]
    [InlineData("The ministry sent about 7,000 soldiers by the end of the year.", 7000, EstimateStatus.Current)]
    public void A_predicate_before_a_target_date_makes_it_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));

    [Theory]
    // A figure compared with at a time of the past.
    [InlineData("About 6,200 soldiers are deployed along the frontier, against 11,000 a year ago.", 11000, EstimateStatus.Earlier)]
    [InlineData("About 6,200 soldiers are deployed along the frontier, against 11,000 a year ago.", 6200, EstimateStatus.Current)]
    [InlineData("About 900 volunteers serve there, far fewer than the 4,000 volunteers the ministry announced in the first weeks of the war.", 4000, EstimateStatus.Earlier)]
    [InlineData("The agency put the force at 9,000 soldiers, up on its estimate of 6,000 from last month.", 6000, EstimateStatus.Earlier)]
    // Not a comparison with no past time.
    [InlineData("About 6,200 soldiers are deployed along the frontier, against 11,000 on the other side.", 11000, EstimateStatus.Current)]
    public void A_comparison_with_a_past_time_is_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));

    [Theory]
    // A time of the report's past that opens the sentence; a plan told as the first one.
    [InlineData("Earlier this week, officials put the army's losses at about 400 soldiers.", 400, EstimateStatus.Earlier)]
    [InlineData("On Monday, officials put the army's losses at about 400 soldiers.", 400, EstimateStatus.Current)]
    [InlineData("The ministry initially planned for 8,000 troops, but the number was later cut.", 8000, EstimateStatus.Earlier)]
    [InlineData("The ministry counted 8,000 troops, but the number was later cut.", 8000, EstimateStatus.Current)]
    public void A_past_opening_or_a_first_plan_is_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));

    [Theory]
    // A bare number that repeats a figure of an earlier sentence takes its time; with a noun of its own it keeps its own.
    [InlineData("About 3,400 reservists will be called up for the exercise next spring, an official said. \"It's about 3,400,\" he added.", EstimateStatus.Planned)]
    [InlineData("About 3,400 reservists will be called up for the exercise next spring, an official said. About 3,400 soldiers are already on the island.", EstimateStatus.Current)]
    public void A_bare_restated_number_takes_the_time_of_the_figure_it_repeats(string passage, EstimateStatus status) =>
        Assert.Equal(status, DocumentCounts("Untitled\n\n" + passage).Last(c => c.Value == 3400).Status);

    [Theory]
    // Figures joined by "and" past an object filler share their status.
    [InlineData("The count matches last month's report, which listed some 300 dead and another 700 wounded soldiers.", 700, EstimateStatus.Earlier)]
    [InlineData("The army now lists some 300 dead and another 700 wounded soldiers.", 700, EstimateStatus.Current)]
    public void A_coordinated_figure_past_a_filler_shares_the_status(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The verb that governs a figure's clause decides its time. A future modal before the figure, whatever
/// the verb; a time still to come after it; a past perfect speech verb, which tells when something was said, not when the
/// troops of its complement clause were there; readiness to join an operation. Each has rows that must change and twins that
/// must not.
/// </summary>
public class GoverningVerbTimeTests
{
    private static TroopCount FigureOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value);

    [Theory]
    // A future modal governs the clause, whatever its verb: the figure is still to come.
    [InlineData("The government will enlarge its army to 90,000 soldiers under the new law.", 90000, EstimateStatus.Planned)]
    [InlineData("The navy will recruit and equip about 2,400 new sailors for the coastal squadrons.", 2400, EstimateStatus.Planned)]
    [InlineData("Officials said the rotation would replace 130 Dutch soldiers at the airbase.", 130, EstimateStatus.Planned)]
    [InlineData("The manoeuvres, which will engage some 45,000 soldiers on three ranges, open in May.", 45000, EstimateStatus.Planned)]
    // The present in the figure's clause, a country pronoun's force, the whole a part is of, a reported conditional of what
    // was done, another side's troops faced, or no modal: as they are.
    [InlineData("The police will patrol beside the 3,000 gendarmes and 900 soldiers posted there now.", 3000, EstimateStatus.Current)]
    [InlineData("The island would keep its 1,400 marines under the deal.", 1400, EstimateStatus.Current)]
    [InlineData("That would be nearly a third of the roughly 9,000 fighters the group first sent.", 9000, EstimateStatus.Current)]
    [InlineData("The paper said the army would have sent some 2,600 soldiers.", 2600, EstimateStatus.Current)]
    [InlineData("The brigade will face about 7,000 rebel fighters dug in along the ridge.", 7000, EstimateStatus.Current)]
    [InlineData("The navy recruited and equipped about 2,400 new sailors for the coastal squadrons.", 2400, EstimateStatus.Current)]
    public void A_future_modal_that_governs_the_clause_plans_the_figure(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A time still to come after the figure, in its clause.
    [InlineData("Moscow aims to build a new corps to lead about 40,000 troops in the coming years.", 40000, EstimateStatus.Planned)]
    [InlineData("Of the 22,000 conscripts to be called next year, most will serve six months.", 22000, EstimateStatus.Planned)]
    // "until next year" keeps them there now; a time past a comma is another clause's.
    [InlineData("About 1,200 soldiers are deployed on the islands until next year.", 1200, EstimateStatus.Current)]
    [InlineData("Some 1,200 soldiers patrol the islands, and more may come next year.", 1200, EstimateStatus.Current)]
    public void A_time_still_to_come_in_the_clause_plans_the_figure(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A past perfect speech verb with a clause of its own: the figure's time is that clause's.
    [InlineData("The agency had said on Tuesday that about 3,000 marines were flown to the base last week.", 3000, EstimateStatus.Current)]
    [InlineData("The broadcaster had reported at the time that 800 soldiers were leaving the valley.", 800, EstimateStatus.Current)]
    [InlineData("A general had said the army had already moved 6,000 troops out of the province.", 6000, EstimateStatus.Current)]
    [InlineData("Before the talks, the minister had said some 20,000 troops would take part in the drills.", 20000, EstimateStatus.Planned)]
    // The estimate itself in the past perfect is superseded: earlier.
    [InlineData("The agency had put the number at 3,000 marines before the new count.", 3000, EstimateStatus.Earlier)]
    [InlineData("The ministry had previously put the force at 4,200 soldiers.", 4200, EstimateStatus.Earlier)]
    public void A_past_perfect_speech_verb_does_not_date_its_clause(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    [InlineData("A colonel told the radio that 3,400 men were ready for the operation.", 3400, EstimateStatus.Planned)]
    [InlineData("Some 9,000 militiamen stand ready to take part, the paper wrote.", 9000, EstimateStatus.Planned)]
    // Standing ready in place, or ready for nothing still to come: there now.
    [InlineData("Some 9,000 militiamen stand ready in the capital, the paper wrote.", 9000, EstimateStatus.Current)]
    [InlineData("A colonel told the radio that 3,400 men took part in the operation.", 3400, EstimateStatus.Current)]
    public void Readiness_to_join_an_operation_is_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A withdrawal of a whole force ordered as a noun is planned: the order's object.
    [InlineData("The president has ordered a phased withdrawal of the roughly 2,500 Belgian troops in the north, his office said.", 2500, EstimateStatus.Planned)]
    // A whole force "all" names as the object of a withdrawal announced with "will" is the force there now, the withdrawal
    // the plan, also with a target date.
    [InlineData("Paris will pull all of its 1,300 soldiers out of the country by the summer.", 1300, EstimateStatus.Current)]
    [InlineData("London will bring home all its 700 soldiers from the island.", 700, EstimateStatus.Current)]
    // A part taken from the force, a force kept, a withdrawal only told of: the force there now.
    [InlineData("Paris will pull about half of its 1,300 soldiers out of the country.", 1300, EstimateStatus.Current)]
    [InlineData("Paris would keep all of its 1,300 soldiers in the country.", 1300, EstimateStatus.Current)]
    [InlineData("Critics fear a withdrawal of the roughly 2,500 Belgian troops in the north.", 2500, EstimateStatus.Current)]
    public void A_withdrawal_ordered_as_a_noun_is_planned_a_force_to_be_withdrawn_is_there_now(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // Reported speech's back-shifted "had" against an event still to come: a level held now (review16 q09); against a past
    // event: the level before it.
    [InlineData("Officials said on Friday the army had about 3,200 soldiers on the border before the summit in Vienna next month.", 3200, EstimateStatus.Current)]
    [InlineData("The army had about 3,200 soldiers on the border before the summit in Vienna.", 3200, EstimateStatus.Earlier)]
    public void A_level_held_before_an_event_still_to_come_is_current(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);
}

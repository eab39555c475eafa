namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Levels of the past told by a date: a figure compared with, dated by a month, a season or an event ("compared with 4,000
/// in January", "against 2,000 before the crisis", "triple the 1,500 cited last month"); a level at a date of the past
/// before a newer level of the same force in its sentence ("which stood at 5,000 in the spring, has since risen to 8,000");
/// a peak ("peaked at"). Each has twins that must not change.
/// </summary>
public class LevelsDatedInThePastTests
{
    private static TroopCount FigureOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value);

    [Theory]
    // A figure compared with, dated by a month, a season or an event of the past.
    [InlineData("Officials now count 7,000 troops in the area, compared with 4,000 in January.", 4000, EstimateStatus.Earlier)]
    [InlineData("Officials now count 7,000 troops in the area, compared with 4,000 in January.", 7000, EstimateStatus.Current)]
    [InlineData("Kyiv now says 8,000 soldiers are in the region, far more than the 3,000 it reported in October.", 3000, EstimateStatus.Earlier)]
    [InlineData("The garrison now stands at 5,000 soldiers, against 2,000 before the crisis.", 2000, EstimateStatus.Earlier)]
    [InlineData("The new estimate of 5,000 troops is more than triple the 1,500 cited by officials last month.", 1500, EstimateStatus.Earlier)]
    [InlineData("The brigade counts 3,000 soldiers, against 2,500 last spring.", 2500, EstimateStatus.Earlier)]
    // No comparison lead, or no date of the past: as it was.
    [InlineData("Officials counted 7,000 troops in the area and 4,000 in the hills in January.", 4000, EstimateStatus.Current)]
    [InlineData("Officials now count 7,000 troops in the area, compared with 4,000 in the neighbouring province.", 4000, EstimateStatus.Current)]
    [InlineData("The garrison now stands at 5,000 soldiers, against 2,000 at the other base.", 2000, EstimateStatus.Current)]
    public void A_figure_compared_with_a_date_of_the_past_is_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A level at a date of the past, then a newer level of the same force.
    [InlineData("The number of troops, which stood at 5,000 in the spring, has since risen to 8,000.", 5000, EstimateStatus.Earlier)]
    [InlineData("The number of troops, which stood at 5,000 in the spring, has since risen to 8,000.", 8000, EstimateStatus.Current)]
    [InlineData("The force, which numbered 1,200 when it arrived in 2019, now has 3,000 soldiers.", 1200, EstimateStatus.Earlier)]
    [InlineData("The mission, whose strength peaked at 3,000 in 2015, now counts 900 troops.", 3000, EstimateStatus.Earlier)]
    // A force sent at that date, an addition, a level with no date, another force: as they were.
    [InlineData("Russia deployed 1,200 soldiers in March and now has 3,000 troops there.", 1200, EstimateStatus.Current)]
    [InlineData("The force, which numbered 1,200 in 2019, now has another 300 soldiers.", 1200, EstimateStatus.Current)]
    [InlineData("The force, which numbers 1,200 soldiers, now has 300 medics.", 1200, EstimateStatus.Current)]
    [InlineData("The army had 5,000 soldiers in the north in May, and now 2,000 sappers are there.", 5000, EstimateStatus.Current)]
    public void A_dated_level_before_a_newer_one_is_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // A plan's own terms and a deliberation told after the figure: planned.
    [InlineData("The plan envisages a force of 2,000 soldiers.", 2000, EstimateStatus.Planned)]
    [InlineData("The proposal calls for 5,000 troops to patrol the border.", 5000, EstimateStatus.Planned)]
    [InlineData("The deployment of a further 2,000 troops is under consideration.", 2000, EstimateStatus.Planned)]
    // The same troops told as there: current.
    [InlineData("The force has 2,000 soldiers.", 2000, EstimateStatus.Current)]
    [InlineData("The deployment of a further 2,000 troops was completed last week.", 2000, EstimateStatus.Current)]
    public void A_plan_s_terms_and_a_deliberation_after_make_a_plan(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // Words of loss: shot, executed, unaccounted for, bodies returned, fell in the fighting.
    [InlineData("Two soldiers were shot near the base on Monday, police said.", 2, TroopKind.Casualties)]
    [InlineData("About 40 soldiers were executed by the militants.", 40, TroopKind.Casualties)]
    [InlineData("Forty soldiers are unaccounted for after the attack.", 40, TroopKind.Casualties)]
    [InlineData("The bodies of 40 soldiers were returned to Russia.", 40, TroopKind.Casualties)]
    [InlineData("The army said 40 soldiers fell in the battle.", 40, TroopKind.Casualties)]
    // Their twins: troops sent or guarding stay deployments; prisoners exchanged stay casualties.
    [InlineData("Two soldiers were sent near the base on Monday, police said.", 2, TroopKind.Deployment)]
    [InlineData("About 40 soldiers were guarding the militants.", 40, TroopKind.Deployment)]
    [InlineData("40 soldiers were returned to Russia in a prisoner exchange.", 40, TroopKind.Casualties)]
    public void Words_of_loss_make_casualties(string sentence, double value, TroopKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, value).Kind);

    [Theory]
    // Recruits of one state in another state's army serve there: a deployment, not that army's size.
    [InlineData("The Russian army counts about 200 Nepalese recruits, Kathmandu said.", 200, TroopKind.Deployment)]
    // An army counting its own, or a count with no country of its own: the army's size.
    [InlineData("The Russian army counts about 900,000 Russian soldiers, the ministry said.", 900000, TroopKind.ArmySize)]
    [InlineData("The Russian army counts about 900,000 soldiers, the ministry said.", 900000, TroopKind.ArmySize)]
    public void Recruits_of_one_state_in_another_s_army_are_deployed(string sentence, double value, TroopKind kind) =>
        Assert.Equal(kind, FigureOf(sentence, value).Kind);
}

namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The planned markers and earlier frames of real reporting (a plan approved, needed,
/// decided or prepared; a headline whose subject is the figure; an appositive figure and its planned predicate; the total a
/// planned addition brings; what a past operation began with; the force before a change of government). Each row has a
/// twin where the same words leave the figure as it was.
/// </summary>
public class PlannedMarkersAndEarlierFramesTests
{
    private static EstimateStatus StatusOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value).Status;

    [Theory]
    // A decision, a road map, a need: not there yet.
    [InlineData("Ghana has made the decision to send 600 soldiers to the mission, the army said.", 600, EstimateStatus.Planned)]
    [InlineData("Ghana sent 600 soldiers to the mission after the decision, the army said.", 600, EstimateStatus.Current)]
    [InlineData("The two governments signed a road map for stationing a brigade of 3,500 troops in the east.", 3500, EstimateStatus.Planned)]
    [InlineData("The commanders said the force needs at least 2,500 more troops.", 2500, EstimateStatus.Planned)]
    [InlineData("The commanders said the force has at least 2,500 troops.", 2500, EstimateStatus.Current)]
    [InlineData("The general said the ministry will recall 80,000 reservists in the spring.", 80000, EstimateStatus.Planned)]
    [InlineData("The port city will receive 700 of the police officers, the governor said.", 700, EstimateStatus.Planned)]
    // Approved, past an object filler or after the figure.
    [InlineData("The cabinet approved another 450 soldiers for the mission on Monday.", 450, EstimateStatus.Planned)]
    [InlineData("The cabinet sent another 450 soldiers to the mission on Monday.", 450, EstimateStatus.Current)]
    [InlineData("Another 450 soldiers were approved for the mission on Monday, officials said.", 450, EstimateStatus.Planned)]
    [InlineData("Another 450 soldiers were deployed to the mission on Monday, officials said.", 450, EstimateStatus.Current)]
    public void A_plan_approved_needed_or_decided_is_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));

    [Theory]
    // A headline whose subject is the figure, an infinitive after it.
    [InlineData("Over 8,000 troops to join autumn drills\n\nThe drills open in October.", 8000, EstimateStatus.Planned)]
    [InlineData("Army sends 8,000 troops to join autumn drills\n\nThe drills opened in October.", 8000, EstimateStatus.Current)]
    public void A_headline_figure_before_an_infinitive_is_planned(string document, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(document, value).Status);

    [Theory]
    // An appositive figure shares the predicate after its closing comma.
    [InlineData("The rest of the withdrawal, about 1,800 troops, should be complete by May 1.", 1800, EstimateStatus.Planned)]
    [InlineData("The new division, some 9,000 strong, is to be ready by 2029.", 9000, EstimateStatus.Planned)]
    [InlineData("The new division, some 9,000 strong, was formed in 2021.", 9000, EstimateStatus.Current)]
    // An infinitive of sending before the figure and a target date after it.
    [InlineData("The council told the mission to withdraw 1,200 soldiers by the end of March.", 1200, EstimateStatus.Planned)]
    [InlineData("The mission withdrew 1,200 soldiers by the end of March.", 1200, EstimateStatus.Current)]
    // The total a planned addition brings is planned; one a carried-out addition brings is not.
    [InlineData("The ministry approved 600 more soldiers for the border on Monday, bringing the number of U.S. troops there to about 4,000.", 4000, EstimateStatus.Planned)]
    [InlineData("The ministry sent 600 more soldiers to the border on Monday, bringing the number of U.S. troops there to about 4,000.", 4000, EstimateStatus.Current)]
    // A part of a planned force that a word of the present follows past an apposition is there now.
    [InlineData("The ministry plans to send another 2,000 soldiers; 400 of them, medics, have already arrived.", 400, EstimateStatus.Current)]
    [InlineData("The ministry plans to send another 2,000 soldiers; 400 of them would be medics.", 400, EstimateStatus.Planned)]
    public void A_predicate_or_clause_around_the_figure_makes_it_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));

    [Theory]
    // What a past operation began with.
    [InlineData("The mission began with about 700 soldiers, the ministry said.", 700, EstimateStatus.Earlier)]
    [InlineData("The force deployed in 2019 with an initial 520 soldiers.", 520, EstimateStatus.Earlier)]
    [InlineData("The army has sent an initial 520 soldiers, the ministry said.", 520, EstimateStatus.Current)]
    // The force before a change of government.
    [InlineData("Before the new president took office, about 1,400 troops were posted in the region.", 1400, EstimateStatus.Earlier)]
    [InlineData("Before the vote, about 1,400 troops were posted in the region.", 1400, EstimateStatus.Current)]
    [InlineData("The president had 3,000 guardsmen on the border at the end of his term.", 3000, EstimateStatus.Earlier)]
    // An earlier estimate put with "had still".
    [InlineData("In May the agency had still put the number of troops at 4,000.", 4000, EstimateStatus.Earlier)]
    // A past time after a contrast is not the figure's; in the figure's own clause it is, past a list.
    [InlineData("The treaty allows 2,000 soldiers in the zone, though the country kept fewer there until recently.", 2000, EstimateStatus.Current)]
    [InlineData("About 1,500 soldiers had been posted at two bases, in Gao and Kidal, until the end of last year.", 1500, EstimateStatus.Earlier)]
    public void An_earlier_frame_makes_the_figure_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));
}

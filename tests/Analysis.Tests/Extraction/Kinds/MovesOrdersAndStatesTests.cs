namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Plans to move or cut a force, troops wished or ordered somewhere, parts after a fronted whole, call-ups, withdrawals
/// named by the place left and US states as owners (issue 14), on shapes seen in real reporting of the US drawdowns in
/// Germany and South Korea, prepare-to-deploy orders, Guard call-outs and reserve call-ups. Each rule has rows where it
/// applies and rows where the same words leave the figure as it was. The sentences are ours.
/// </summary>
public class MovesOrdersAndStatesTests
{
    [Theory]
    // A plan cue, then a verb of moving in any form, or a plan noun before one.
    [InlineData("Untitled\n\nThe cabinet is weighing pulling about 3,000 Japanese troops out of the islands.", 3000, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nPlanners have drafted an option to relocate roughly 2,000 of the Dutch soldiers to the coast.", 2000, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nRome intends to thin out its contingent in Lebanon to 800 Italian soldiers.", 800, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nUnder the new plan the French garrison shall be reduced to 1,200 troops.", 1200, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe army will leave the north. About 1,500 soldiers will shift to bases in the south.", 1500, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nOf the 4,000 British soldiers, about 1,500 were to move to the coast.", 1500, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe new Lithuanian agreement foresees an increase of the German brigade by about 600 soldiers.", 600, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe Polish minister has asked the army to add 300 more soldiers at the border.", 300, EstimateStatus.Planned)]
    // The same moves told as done, or under way: there now.
    [InlineData("Untitled\n\nAbout 3,000 Japanese troops are already pulling out of the northern bases.", 3000, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe Kenyan army has withdrawn about 2,000 soldiers from the area.", 2000, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe ministry said 1,200 Greek soldiers moved to the coast last week.", 1200, EstimateStatus.Current)]
    [InlineData("Untitled\n\nSome 500 Chilean soldiers were shifted to the capital on Monday.", 500, EstimateStatus.Current)]
    [InlineData("Untitled\n\nIndia's envoy said about 85 Indians had come home, while nearly 20 Indian nationals remained in the Russian army.", 20, EstimateStatus.Current)]
    public void Plans_to_move_or_cut_a_force_are_planned(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // Troops as the object of a wish or an order, then an infinitive of going, being or sending, or "out of".
    [InlineData("Untitled\n\nThe governor expects about 400 Guard members to deploy next week.", 400, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe minister ordered about 2,000 Danish soldiers, mostly medics and engineers, to be ready to move.", 2000, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe president ordered about 1,500 of the 9,000 Belgian troops in Mali out of the country.", 1500, EstimateStatus.Planned)]
    // An order that sends troops to a place sends them later, not yet, as the blind batches' wire copy of orders reads.
    [InlineData("Untitled\n\nThe minister ordered 2,000 Danish soldiers to the border on Monday.", 2000, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe president today orders 1,400 Dutch marines to Aruba.", 1400, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe king ordered 600 Belgian paratroopers into the Congo.", 600, EstimateStatus.Planned)]
    // The same order told as carried out, and a wish with no infinitive: there now.
    [InlineData("Untitled\n\nThe minister has already ordered 2,000 Danish soldiers to the border.", 2000, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe minister had ordered 2,000 Danish soldiers to the border before the talks.", 2000, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe minister ordered 2,000 Danish soldiers to the border last March.", 2000, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe general asked 300 Dutch soldiers at the base about their training.", 300, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe ministry expected 700 Czech soldiers had reached the camp, a spokesman said.", 700, EstimateStatus.Current)]
    public void Troops_wished_or_ordered_somewhere_are_planned(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // After a fronted whole that names troops, the first figure is a part of it.
    [InlineData("Untitled\n\nOf the 4,000 British soldiers in Cyprus, about 1,500 were to move to the coast.", 1500, TroopKind.Subset)]
    [InlineData("Untitled\n\nOf the Canadian troops stationed in Latvia, about 900 will return home.", 900, TroopKind.Subset)]
    [InlineData("Untitled\n\nThe plan moves 5,000 soldiers, including the roughly 1,200 paratroopers of the 3rd brigade.", 1200, TroopKind.Subset)]
    // A fronted phrase that names no troops, and the whole itself.
    [InlineData("Untitled\n\nOf course, 500 Swedish soldiers arrived in the city on Monday.", 500, TroopKind.Deployment)]
    [InlineData("Untitled\n\nOf the 4,000 British soldiers in Cyprus, about 1,500 were to move to the coast.", 4000, TroopKind.Deployment)]
    public void A_figure_after_a_fronted_whole_is_a_part(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Of(text, value).Kind);

    [Theory]
    // Reservists called up are sent; a reserve counted is an army size.
    [InlineData("Untitled\n\nThe Israeli army said two reserve brigades, about 6,000 soldiers in all, are being called up for the north.", 6000, TroopKind.Deployment)]
    [InlineData("Untitled\n\nFinland has mobilised 12,000 reservists for the exercise.", 12000, TroopKind.Deployment)]
    [InlineData("Untitled\n\nThe army has 6,000 reservists.", 6000, TroopKind.ArmySize)]
    // Translated copy's "called back": to their units, as a call-up.
    [InlineData("Untitled\n\nTwo days into the war the Greek army had called back 60 thousand reservists.", 60000, TroopKind.Deployment)]
    public void Reservists_called_up_are_a_deployment(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Of(text, value).Kind);

    [Theory]
    // A US state's name bound to the troop noun, or as the sender, names the United States.
    [InlineData("Untitled\n\nAbout 300 Texas Guard members arrived in the city on Sunday.", 300, "United States")]
    [InlineData("Untitled\n\nSome 250 Ohio National Guard soldiers patrol the capital.", 250, "United States")]
    [InlineData("Untitled\n\nWest Virginia is sending 300 National Guard members to the capital.", 300, "United States")]
    // A state as a destination names nobody; a country's own Guard is that country's; Georgia alone is the country.
    [InlineData("Untitled\n\nAbout 200 soldiers were sent to Texas.", 200, null)]
    [InlineData("Untitled\n\nUkraine's National Guard said 40 of its soldiers were killed.", 40, "Ukraine")]
    [InlineData("Untitled\n\nGeorgia said it would send 500 soldiers to the mission.", 500, "Georgia")]
    public void A_US_state_names_the_United_States(string text, double value, string? subject) =>
        Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // A force counted with the number of countries it comes from is multinational: no owner, not even a neighbour's.
    [InlineData("Untitled\n\nTurkey's 500-strong battalion arrived, and NATO now counts 4,800 soldiers from 30 countries.", 4800, null)]
    [InlineData("Untitled\n\nThe Kenyan-led mission has about 1,000 officers from a dozen nations.", 1000, null)]
    // Troops from one country, or from units of one: that country's.
    [InlineData("Untitled\n\nAbout 800 Polish soldiers from the 12th brigade arrived on Monday.", 800, "Poland")]
    [InlineData("Untitled\n\nKenya sent 400 police officers from three units to the capital.", 400, "Kenya")]
    public void A_force_from_many_countries_has_no_owner(string text, double value, string? subject) =>
        Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // The other side of a clash does not own the troops counted.
    [InlineData("Untitled\n\nTwelve soldiers died in a violent face-off with Chinese troops on the ridge.", 12, null)]
    [InlineData("Untitled\n\nNine soldiers were hurt in a clash with the Azerbaijani army overnight.", 9, null)]
    // Troops of the demonym itself, fighting: theirs.
    [InlineData("Untitled\n\nTwelve Chinese soldiers died in a violent face-off on the ridge.", 12, "China")]
    public void The_other_side_of_a_clash_is_not_the_owner(string text, double value, string? subject) =>
        Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // A bare country name before a withdrawal noun is where troops leave, not their owner.
    [InlineData("Untitled\n\nThe Germany drawdown was never simple. About 6,000 soldiers were to go home.", 6000, null)]
    // A possessive or a demonym before it names the actor.
    [InlineData("Untitled\n\nRussia's withdrawal was never simple. About 6,000 soldiers were to go home.", 6000, "Russia")]
    public void A_withdrawal_named_by_the_place_left_names_no_owner(string text, double value, string? subject) =>
        Assert.Equal(subject, Of(text, value).Subject);
}

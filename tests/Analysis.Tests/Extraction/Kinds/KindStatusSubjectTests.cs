namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// What a troop figure counts, whether it is there yet, and whose troops they are, on the shapes of other troop stories
/// (issue 14): decisions about a sending and modals are planned; a partitive is a part of a force; a defence force is an
/// army; a force named after a partner word ("alongside", "to help") or a place is not the owner. Each rule has rows where
/// it applies and rows where the same words must leave the figure as it was.
/// </summary>
public class KindStatusSubjectTests
{
    [Theory]
    // A decision about a sending right before the figure: not there yet.
    [InlineData("Untitled\n\nThe parliament in Oslo endorsed the dispatch of 120 soldiers to the mission.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe president authorized the deployment of some 700 marines to the embassy.", EstimateStatus.Planned)]
    // Modals after the figure, and an order to get ready.
    [InlineData("Untitled\n\nSome 2,000 reservists can be mobilised within a day.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nAbout 600 soldiers must be withdrawn from the valley by June.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe command told 3,000 soldiers to get ready for a move north.", EstimateStatus.Planned)]
    // The decision after the figure (carried out), a noun that is not a sending, a past verb: current.
    [InlineData("Untitled\n\nThe deployment of 700 marines, authorized in May, was completed on Friday.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe ministry announced the arrival of 700 marines at the base.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nAbout 600 soldiers were withdrawn from the valley in June.", EstimateStatus.Current)]
    public void Decisions_modals_and_orders_to_prepare_are_planned(string text, EstimateStatus status) =>
        Assert.Equal(status, Only(text).Status);

    [Theory]
    // A partitive right after the number names a part of a force.
    [InlineData("Untitled\n\nAbout 400 of the instructors are former special forces.", TroopKind.Subset)]
    [InlineData("Untitled\n\nRoughly 250 of the sappers are clearing mines near the river.", TroopKind.Subset)]
    // "of its" counts its soldiers, not a part of a force named before.
    [InlineData("Untitled\n\nThe country has between 2,000 and 3,000 of its soldiers across the border.", TroopKind.Deployment)]
    // A casualty count stays one; "of" after the troop noun is not a partitive.
    [InlineData("Untitled\n\nAbout 400 of the instructors were killed in the strike.", TroopKind.Casualties)]
    [InlineData("Untitled\n\nAbout 400 instructors of the mission are in the capital.", TroopKind.Deployment)]
    // A defence force is a whole army; the capitalized name of a force is a speaker, not a size.
    [InlineData("Untitled\n\nThe country's defence force has about 9,000 soldiers.", TroopKind.ArmySize)]
    [InlineData("Untitled\n\nThe Israel Defense Forces said 300 soldiers were sent north.", TroopKind.Deployment)]
    public void A_partitive_is_a_part_and_a_defence_force_an_army(string text, TroopKind kind) => Assert.Equal(kind, Only(text).Kind);

    [Theory]
    // A force named after a partner word is another force: the owner is the story's actor.
    [InlineData("Kenya flies in more officers\n\nAbout 500 officers now patrol the capital alongside Haiti's police.", "Kenya")]
    [InlineData("Canada extends its training mission\n\nAround 600 soldiers are training with Ukrainian recruits in England.", "Canada")]
    // An owner bound to the figure, or named before it, stays the owner.
    [InlineData("Untitled\n\nAbout 500 Kenyan officers patrol the capital alongside Haiti's police.", "Kenya")]
    [InlineData("Untitled\n\nPoland sent 300 soldiers to help Lithuanian forces.", "Poland")]
    // A verb of origin and "from" between the figure and a country: where the troops come from.
    [InlineData("Untitled\n\nAbout 700 of the peacekeepers are from Nepal and serve beside troops from Bangladesh.", "Nepal")]
    [InlineData("Untitled\n\nSome 1,200 of the troops come from Bangladesh; the rest are Indian.", "Bangladesh")]
    public void A_partner_force_is_not_the_owner(string text, string subject) => Assert.Equal(subject, Only(text).Subject);

    [Theory]
    // A country bound to a troop noun owns the troops its sentence speaks of, whatever country comes after it.
    [InlineData("Untitled\n\nChinese soldiers are on the islands, more than Japan's. About 5,000 are there now.", "China")]
    // Who decides a sending sends the troops.
    [InlineData("Untitled\n\nSerbia announced the call-up of 20,000 reservists on Monday.", "Serbia")]
    // After a preposition of place, a demonym bound to no troop noun names a place; one bound to a troop noun, the owner.
    [InlineData("Untitled\n\nAbout 20,000 soldiers will serve in the Swedish part of the exercise.", null)]
    [InlineData("Untitled\n\nThe arrival of Swedish troops in Latvia began on Monday. About 2,000 are expected by May.", "Sweden")]
    // A list of three or more countries names the contributors of a multinational force, not one owner; a country that
    // sends troops before such a list stays their owner.
    [InlineData("Untitled\n\nSome 4,000 soldiers from Norway, Denmark and Finland took part.", null)]
    [InlineData("Untitled\n\nNorway sent 4,000 soldiers, joining units from Denmark, Finland and Sweden.", "Norway")]
    public void The_owner_is_bound_to_the_troops_not_to_a_place_or_a_list(string text, string? subject) => Assert.Equal(subject, Only(text).Subject);

    [Theory]
    // A casualty verb that is the main verb of the figure's clause wins over a deployment word in a participle clause.
    [InlineData("Untitled\n\nFour soldiers serving with the mission were killed in an ambush.", TroopKind.Casualties)]
    [InlineData("Untitled\n\nAbout 200 marines deployed to the port have died of fever.", TroopKind.Casualties)]
    // The first finite verb is a sending, or another clause holds the casualty verb: the figure stays a deployment.
    [InlineData("Untitled\n\nAbout 200 marines were sent to the town after rebels were killed there.", TroopKind.Deployment)]
    [InlineData("Untitled\n\nSome 300 soldiers deployed to the valley where rebels were killed last week.", TroopKind.Deployment)]
    public void The_main_verb_decides_the_kind_over_the_nearest_cue(string text, TroopKind kind) => Assert.Equal(kind, Only(text).Kind);

    [Theory]
    // "rather than", "instead of", "not ... but": the figure another replaces is earlier; the one replacing it is not.
    [InlineData("Untitled\n\nThe navy will send 2,000 sailors rather than 1,000.", 1000, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nThe navy will send 2,000 sailors rather than 1,000.", 2000, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nInstead of 500 troops, the country has 800 in the province.", 500, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nThe brigade has not 600 soldiers but 900 on the front.", 600, EstimateStatus.Earlier)]
    // "not" with no "but" after the figure is a plain negation.
    [InlineData("Untitled\n\nThe brigade has not 600 soldiers on the front, the ministry said.", 600, EstimateStatus.Current)]
    public void A_replaced_figure_is_earlier(string text, double value, EstimateStatus status) => Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // Flying, landing and carrying troops to come; an authorized maximum; a part of a planned force.
    [InlineData("Untitled\n\nThe air force is preparing to fly about 400 soldiers to the capital.", 400, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe first 150 soldiers will land in the port on Saturday.", 150, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe carrier group will carry 2,000 marines to the region.", 2000, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe mission has a maximum strength of 15,000 troops.", 15000, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe border force will grow to about 10,000 soldiers: some 4,000 of them working with the police.", 4000, EstimateStatus.Planned)]
    // Done, or a strength that is not a cap, or a part with a verb of its own: current.
    [InlineData("Untitled\n\nAbout 400 soldiers landed at the airport on Sunday.", 400, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe ship carried 2,000 marines to the island.", 2000, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe mission has a strength of 15,000 troops.", 15000, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe border force will grow to about 10,000 soldiers: some 4,000 of them are in the capital.", 4000, EstimateStatus.Current)]
    public void Shapes_of_plans(string text, double value, EstimateStatus status) => Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // Reservists and conscripts are called up at home: with no other owner, the cited body's country owns them.
    [InlineData("Untitled\n\nLatvia's defence ministry said about 3,000 reservists would join the drills.", "Latvia")]
    [InlineData("Untitled\n\nSome 8,000 conscripts have been called up, according to the Norwegian Armed Forces.", "Norway")]
    // Soldiers with no other owner are the cited military body's too (the settled rule: "else the country of
    // the state bodies it cites"); a named owner stays the owner.
    [InlineData("Untitled\n\nLatvia's defence ministry said about 3,000 soldiers would join the drills.", "Latvia")]
    [InlineData("Untitled\n\nLatvia's defence ministry said about 3,000 Estonian reservists would join the drills.", "Estonia")]
    public void Reservists_belong_to_the_country_that_cites_them(string text, string? subject) => Assert.Equal(subject, Only(text).Subject);

    [Fact]
    public void An_announced_call_up_is_planned() =>
        Assert.Equal(EstimateStatus.Planned, Only("Untitled\n\nSerbia announced the call-up of 20,000 reservists on Monday.").Status);
}

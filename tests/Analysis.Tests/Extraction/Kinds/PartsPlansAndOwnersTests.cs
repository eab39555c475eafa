namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Breakdowns of a force, changes still to come and the owner of a multinational whole (issue 14), on shapes seen in
/// real reporting of peacekeeping, police and NATO missions: after a part of the force, the next figure of the breakdown
/// is another part; a change that is planned starts from the figure that is there now; a country named only for a part
/// does not own the whole. Each rule has rows where it applies and rows where the same words leave the figure as it was.
/// </summary>
public class PartsPlansAndOwnersTests
{
    [Theory]
    // The next clause of a breakdown: after "and", "while" or a comma, a figure with no owner or "more" of its own.
    [InlineData("Untitled\n\nThe contingent has 1,000 soldiers. About 600 of them are infantry and 150 are medics, the ministry said.", 150, TroopKind.Subset)]
    [InlineData("Untitled\n\nSome 900 of the peacekeepers guard the airport, while 300 are at the market.", 300, TroopKind.Subset)]
    [InlineData("Untitled\n\nFour of them serve with the regional force and three with the UN mission, the army said.", 3, TroopKind.Subset)]
    // More troops, or troops of a country named for them, are not a part of those just counted.
    [InlineData("Untitled\n\nThe contingent has 1,000 soldiers. About 600 of them are infantry, and 2,000 more soldiers will arrive in May.", 2000, TroopKind.Deployment)]
    [InlineData("Untitled\n\nThe contingent has 1,000 soldiers. About 600 of them are infantry, and 2,000 Polish soldiers guard the border.", 2000, TroopKind.Deployment)]
    // No part before: a figure after "and" stays what its words say.
    [InlineData("Untitled\n\nThe mission has 1,200 soldiers in the north and 800 police officers in the capital.", 800, TroopKind.Deployment)]
    public void The_next_figure_of_a_breakdown_is_another_part(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Of(text, value).Kind);

    [Theory]
    // A change still to come starts from what is there now.
    [InlineData("Untitled\n\nThe government plans to increase its contingent from 1,700 to 2,000 soldiers next year.", 1700, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe navy has pledged to grow its marine corps from 9,000 to 12,000 by 2030.", 9000, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe navy has pledged to grow its marine corps from 9,000 to 12,000 by 2030.", 12000, EstimateStatus.Planned)]
    // A change that happened: the figure it started from is earlier.
    [InlineData("Untitled\n\nThe contingent grew from 1,700 to 2,400 soldiers last year.", 1700, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nThe number of troops rose from 900 to 1,400 after the attack.", 900, EstimateStatus.Earlier)]
    public void A_planned_change_starts_from_the_current_figure(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // What a force is to be made of, and where troops are to serve: planned.
    [InlineData("Untitled\n\nThe new brigade will consist of about 4,800 soldiers.", 4800, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe mission would be composed of 2,000 police officers.", 2000, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nSome 1,500 soldiers would be assigned to the mission.", 1500, EstimateStatus.Planned)]
    // The same words with no plan cue: there now.
    [InlineData("Untitled\n\nThe brigade consists of about 4,800 soldiers.", 4800, EstimateStatus.Current)]
    [InlineData("Untitled\n\nSome 1,500 soldiers were assigned to the mission last year.", 1500, EstimateStatus.Current)]
    public void Composition_and_assignment_to_come_are_planned(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // A country named only for a part of the force owns the part, not the whole.
    [InlineData("Untitled\n\nThe force will have 2,500 officers, of whom 1,000 will be Kenyan.", 2500, null)]
    [InlineData("Untitled\n\nThe force will have 2,500 officers, of whom 1,000 will be Kenyan.", 1000, "Kenya")]
    // A country named before the whole owns it.
    [InlineData("Untitled\n\nKenya will send 2,500 officers, of whom 1,000 will be women.", 2500, "Kenya")]
    public void A_country_named_for_a_part_does_not_own_the_whole(string text, double value, string? subject) =>
        Assert.Equal(subject, Of(text, value).Subject);

    [Theory]
    // Another object of the verb of a plan, after what the first one is sent to do or where: planned too.
    [InlineData("Untitled\n\nThe ministry will send 800 soldiers to the north and 400 to the coast.", 400, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe navy will deploy 600 sailors to escort convoys and 300 marines to guard the port.", 300, EstimateStatus.Planned)]
    // A figure with a verb of its own after it, or after a verb that is not a plan, keeps its status.
    [InlineData("Untitled\n\nThe ministry will send 800 soldiers to the north and 400 have arrived in the south.", 400, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe navy sent 600 sailors to escort convoys and 300 marines to guard the port.", 300, EstimateStatus.Current)]
    public void Another_object_of_a_planned_sending_is_planned(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // The people a country could call up are the size of its reserves; a call-up sends them (the dev sets' convention).
    [InlineData("Untitled\n\nRussia has a mobilisation reserve of about 20 million men.", 20_000_000, TroopKind.ArmySize)]
    [InlineData("Untitled\n\nThe army has called up 6,000 reservists for the drills.", 6000, TroopKind.Deployment)]
    [InlineData("Untitled\n\nThe army has 6,000 reservists.", 6000, TroopKind.ArmySize)]
    public void A_mobilisation_pool_is_an_army_size_and_a_call_up_a_deployment(string text, double value, TroopKind kind) =>
        Assert.Equal(kind, Of(text, value).Kind);

    [Theory]
    // A modal reached past a long name after the figure: the figure's verb.
    [InlineData("Untitled\n\n2,900 members of the South African National Defence Force would be employed in the mission.", 2900, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nAbout 13,000 troops from Germany, France, Italy and Spain will take part in the drills.", 13000, EstimateStatus.Planned)]
    // Not past "and" or "but" that opens another predicate: the figure's own verb came first.
    [InlineData("Untitled\n\nAbout 2,000 soldiers arrived in the northern port town on Monday and more will arrive soon.", 2000, EstimateStatus.Current)]
    [InlineData("Untitled\n\nAbout 3,000 infantrymen were training in the east and could be sent to the front.", 3000, EstimateStatus.Current)]
    // A word of the present after a long name: there now, whatever plan the sentence names before.
    [InlineData("Untitled\n\nThe army is preparing to rotate its forces, and about 8,000 soldiers from the northern corps are currently in the region.", 8000, EstimateStatus.Current)]
    public void The_verb_after_a_long_name_decides_the_status(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // Reservists belong to the country of the military or government body the gazetteer knows that cites them.
    [InlineData("Untitled\n\nSome 9,000 reservists have been called up, the Pentagon said.", 9000, "United States")]
    // Not to an outlet that relays the figure. Soldiers with no owner and no actor before them take the country of the state
    // body that cites them too, not of an outlet.
    [InlineData("Untitled\n\nSome 9,000 reservists have been called up, reported Sputnik.", 9000, null)]
    [InlineData("Untitled\n\nSome 9,000 soldiers have been sent, the Pentagon said.", 9000, "United States")]
    [InlineData("Untitled\n\nSome 9,000 soldiers have been sent, reported Sputnik.", 9000, null)]
    public void Reservists_belong_to_the_known_body_that_cites_them(string text, double value, string? subject) =>
        Assert.Equal(subject, Of(text, value).Subject);
}

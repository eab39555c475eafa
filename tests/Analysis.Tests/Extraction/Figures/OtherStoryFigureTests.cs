namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using Analysis.Pipeline;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures as other troop stories phrase them (issue 14: build-ups near borders, exercises, readiness orders, border
/// stand-offs; catalogued in RealReporting.md). Each category has rows where the rule applies and rows where the same
/// words must not change the figure.
/// </summary>
public class OtherStoryFigureTests
{
    private static TroopCount Only(string passage) => Assert.Single(Counts(passage));

    // A live blog's time stamp before a count in words ("08:45 Three soldiers ..."): the count is read, and no mention
    // reaches past the part of the sentence its status is read in (this shape threw before).
    [Theory]
    [InlineData("Army post hit\n\n08:45 Three soldiers were hurt when a drone struck a watchtower near the river, the army said. The brigade has more than 6,000 soldiers along the line.")]
    [InlineData("Border update\n\n21:10 Two guards were injured at the crossing, the ministry said. The force keeps about 4,000 troops there, many of them from the north.")]
    public void A_time_stamp_before_a_count_in_words_does_not_break_the_passage(string passage) =>
        Assert.Contains(Counts(passage), c => c.Value >= 4_000);

    [Theory]
    [InlineData("About 2,500 Dutch marines were put on heightened alert for a move to the Gulf.", EstimateStatus.Planned)]
    [InlineData("Some 4,000 soldiers of the southern district were placed on full alert on Monday.", EstimateStatus.Planned)]
    [InlineData("Around 900 Canadian troops are ready to move within 48 hours.", EstimateStatus.Planned)]
    [InlineData("About 2,500 Dutch marines arrived at the base on Monday.", EstimateStatus.Current)]
    [InlineData("About 2,500 Dutch marines were on the island when the alert sounded, and they stayed.", EstimateStatus.Current)]
    public void A_readiness_or_alert_state_is_a_plan(string sentence, EstimateStatus status) =>
        Assert.Equal(status, Only(sentence).Status);

    [Theory]
    [InlineData("About 85,000 troops have gathered on the plain, the country's army chief said.", TroopKind.Deployment)]
    [InlineData("Around 4,000 soldiers have moved into the valley, an army spokesman said on Friday.", TroopKind.Deployment)]
    [InlineData("Some 7,000 soldiers from the Chilean army's mountain brigades reached the pass.", TroopKind.Deployment)]
    [InlineData("Roughly 6,000 soldiers of the Indian army have moved up to the high passes.", TroopKind.Deployment)]
    [InlineData("Armenia's army has about 45,000 active-duty soldiers.", TroopKind.ArmySize)]
    [InlineData("The kingdom keeps an army of 120,000 soldiers.", TroopKind.ArmySize)]
    public void The_army_as_a_speaker_or_an_origin_is_not_the_size_of_a_force(string sentence, TroopKind kind) =>
        Assert.Equal(kind, Only(sentence).Kind);

    [Theory]
    [InlineData("Forty-odd thousand soldiers remain on the plateau.", 40_000d, Hedge.Approximate)]
    [InlineData("Some 20-odd thousand troops crossed the river.", 20_000d, Hedge.Approximate)]
    [InlineData("The 300-odd soldiers of the garrison stayed in the fort.", 300d, Hedge.Approximate)]
    [InlineData("Forty thousand soldiers remain on the plateau.", 40_000d, Hedge.Exact)]
    [InlineData("The real number of troops in the drills is closer to 100,000.", 100_000d, Hedge.Approximate)]
    [InlineData("Officials put the deployment in the region of 8,000 troops.", 8_000d, Hedge.Approximate)]
    [InlineData("The ministry confirmed \"over 13,000 soldiers\" for the drills.", 13_000d, Hedge.AtLeast)]
    public void Reads_odd_numbers_and_loose_hedges(string sentence, double value, Hedge hedge)
    {
        var count = Only(sentence);
        Assert.Equal((value, hedge), (count.Value, count.Hedge));
    }

    [Theory]
    [InlineData("The drills involve some 12,800 participants, among them about 2,000 Belarusian soldiers.", 12_800d)]
    [InlineData("Moscow has sent 300 engineers to the camp.", 300d)]
    [InlineData("The contingent of peacekeepers includes 45 medics.", 45d)]
    public void Counts_participants_engineers_and_advisers_in_a_troop_context(string sentence, double value) =>
        Assert.Contains(Counts(sentence), c => c.Value == value);

    [Theory]
    [InlineData("The conference drew 12,800 participants from 40 countries.")]
    [InlineData("The company hired 300 engineers last year.")]
    [InlineData("The hospital employs 45 medics and 200 nurses.")]
    public void Does_not_count_those_nouns_elsewhere(string sentence) => Assert.Empty(Counts(sentence));

    [Theory]
    [InlineData("About 20,000 British troops will take part in the spring manoeuvres.", EstimateStatus.Planned, TroopKind.Deployment)]
    [InlineData("Some 13,000 soldiers will participate in the drills.", EstimateStatus.Planned, TroopKind.Deployment)]
    [InlineData("About 20,000 British troops took part in the spring manoeuvres.", EstimateStatus.Current, TroopKind.Deployment)]
    [InlineData("About 500 soldiers took part in the victory parade.", EstimateStatus.Current, TroopKind.Other)]
    [InlineData("Nearly 50,000 troops are concentrated along the line of control.", EstimateStatus.Current, TroopKind.Deployment)]
    public void Exercises_and_concentrations_are_deployments(string sentence, EstimateStatus status, TroopKind kind)
    {
        var count = Only(sentence);
        Assert.Equal((status, kind), (count.Status, count.Kind));
    }

    [Theory]
    [InlineData("Some 20,000 soldiers took part in the drills near the Polish border.", null)]
    [InlineData("About 60,000 soldiers have massed close to Ukraine's frontier.", null)]
    [InlineData("Some 20,000 Polish soldiers took part in the drills near the border.", "Poland")]
    public void A_place_does_not_give_the_troops_an_owner(string sentence, string? subject) =>
        Assert.Equal(subject, Counts(sentence)[0].Subject);

    [Theory]
    [InlineData("Chad's army said three of its soldiers were killed in the ambush.", "Chad")]
    [InlineData("Canada said it would bring home about half of its 800 troops from Latvia.", "Canada")]
    [InlineData("Pyongyang admitted on Friday that its troops had fought abroad. Seoul believes some 14,000 were sent.", "North Korea")]
    [InlineData("Nigeria keeps sending units north.\n\nSome 3,000 soldiers are now stationed near the lake, officials said.", "Nigeria")]
    [InlineData("About 1,200 Wagner fighters left the camp, while Niger said it would host them.", "Russia")]
    [InlineData("Three of its soldiers were killed in the ambush.", null)]
    [InlineData("Seoul believes some 14,000 soldiers were sent abroad.", null)]
    [InlineData("Some 3,000 soldiers are now stationed near the lake, officials said.", null)]
    public void The_owner_comes_from_a_pronoun_a_force_or_the_story_actor(string passage, string? subject) =>
        Assert.Equal(subject, Counts(passage)[0].Subject);

    [Theory]
    [InlineData("Norway will raise its contingent to 1,200 troops by 2027.", EstimateStatus.Planned)]
    [InlineData("The battalion is to grow to about 900 soldiers before the end of the year.", EstimateStatus.Planned)]
    [InlineData("Moscow could attack with as many as 150,000 troops.", EstimateStatus.Planned)]
    [InlineData("Spain will double its presence in Latvia to around 1,200 troops.", EstimateStatus.Planned)]
    [InlineData("Russia had massed about 100,000 troops near the border by April.", EstimateStatus.Current)]
    [InlineData("About 5,000 Turkish troops arrived by March.", EstimateStatus.Current)]
    [InlineData("Washington would keep its roughly 8,000 troops in Poland.", EstimateStatus.Current)]
    public void A_future_form_with_a_target_date_or_a_build_up_verb_is_a_plan(string sentence, EstimateStatus status) =>
        Assert.Equal(status, Only(sentence).Status);

    [Theory]
    [InlineData("Minsk sent 1,000 more soldiers to replace losses, bringing its force to about 6,000.", 6_000d, TroopKind.Deployment)]
    [InlineData("The regiment received 800 new recruits to make up for its casualties.", 800d, TroopKind.Deployment)]
    [InlineData("Some 10,000 troops remain in the country despite heavy losses last year.", 10_000d, TroopKind.Deployment)]
    [InlineData("Around 1,500 soldiers from the standing army were moved to the coast.", 1_500d, TroopKind.Deployment)]
    [InlineData("The division's 3,000 paratroopers, the army's reaction force, flew out on Friday.", 3_000d, TroopKind.Deployment)]
    [InlineData("The regiment lost 800 soldiers in the battle for the bridge.", 800d, TroopKind.Casualties)]
    [InlineData("About 1,200 soldiers were killed, leaving the unit unable to replace them.", 1_200d, TroopKind.Casualties)]
    [InlineData("The standing army numbers about 45,000 soldiers.", 45_000d, TroopKind.ArmySize)]
    public void Replacements_presence_and_the_army_s_parts_are_deployments(string sentence, double value, TroopKind kind) =>
        Assert.Contains(Counts(sentence), c => c.Value == value && c.Kind == kind);

    [Theory]
    [InlineData("Moscow has deployed roughly 100,000 near the border, officials say.", 100_000d)]
    [InlineData("Beijing has amassed an estimated 50,000 along the frontier.", 50_000d)]
    public void A_build_up_verb_s_bare_object_counts_troops(string sentence, double value) =>
        Assert.Equal(value, Only(sentence).Value);

    [Theory]
    [InlineData("Police deployed 100 drones along the border.")]
    [InlineData("The agency has deployed 20 teams and 300 pumps to the flooded towns.")]
    public void A_build_up_verb_with_another_object_counts_nothing(string sentence) => Assert.Empty(Counts(sentence));

    [Theory]
    [InlineData("Up to 2,000 sailors and 1,500 marines could join the task force.", EstimateStatus.Planned, TroopKind.Deployment)]
    [InlineData("About 40 Chadian soldiers and 12 gendarmes were killed in the attack.", EstimateStatus.Current, TroopKind.Casualties)]
    [InlineData("About 2,000 sailors arrived on Monday and 1,500 marines could join them later.", EstimateStatus.Current, TroopKind.Deployment)]
    [InlineData("About 40 Chadian soldiers guard the post, and 12 gendarmes were killed nearby.", EstimateStatus.Current, TroopKind.Deployment)]
    public void Figures_joined_by_and_share_the_verb_after_them(string sentence, EstimateStatus status, TroopKind kind)
    {
        var first = Counts(sentence)[0];
        Assert.Equal((status, kind), (first.Status, first.Kind));
    }

    [Theory]
    [InlineData("Spanish troop numbers in Latvia will fall to about 600 from roughly 900 in May.", 900d, EstimateStatus.Earlier)]
    [InlineData("The Danish contingent shrank to 300 soldiers from 450 last year.", 450d, EstimateStatus.Earlier)]
    [InlineData("Some 2,000 soldiers came from Spain and 1,500 from Italy.", 1_500d, EstimateStatus.Current)]
    [InlineData("Officials said 120 soldiers had died, in line with last month's briefing that reported some 80 deaths.", 80d, EstimateStatus.Earlier)]
    [InlineData("Officials said 120 soldiers had died, and a briefing on Monday reported some 80 deaths in another unit.", 80d, EstimateStatus.Current)]
    public void A_figure_the_text_replaces_is_earlier(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(sentence), c => c.Value == value).Status);

    [Theory]
    [InlineData("Seventy-five Guatemalans and eight Salvadorans touched down at the airport this afternoon, the mission said.", 75d)]
    [InlineData("About 250 Kenyans landed in the capital on Tuesday to join the force.", 250d)]
    [InlineData("Kenya has close to 400 police officers on the ground, well below the 1,000 it promised.", 1_000d)]
    [InlineData("The army has 5,000 soldiers there, short of the 7,000 they had pledged.", 7_000d)]
    [InlineData("So far, the ministry has issued about 2,000 call-out notices.", 2_000d)]
    [InlineData("The recruiting offices sent 300,000 call-up papers in a month.", 300_000d)]
    public void Counts_people_of_a_country_who_arrive_pledged_numbers_and_call_up_notices(string sentence, double value) =>
        Assert.Contains(Counts(sentence), c => c.Value == value);

    [Theory]
    [InlineData("Some 300 Guatemalans arrived at the border crossing on Monday, officials said.")]
    [InlineData("About 40 Kenyans were on the flight, the airline said.")]
    [InlineData("The company sold 3,000 cars, well below the 5,000 it promised.")]
    [InlineData("The club sold 3,000 tickets, short of the 5,000 they pledged.")]
    [InlineData("The court has issued 2,000 summonses and 300 notices this year.")]
    [InlineData("14:20 Seventy-five passengers landed at the airport, the airline said.")]
    public void People_pledges_and_notices_outside_a_troop_story_are_not_troops(string sentence) =>
        Assert.Empty(Counts(sentence));

    [Theory]
    [InlineData("North Korean troops 'could reach 100,000', Ukrainian intelligence says.", Hedge.AtMost)]
    [InlineData("The contingent could total 15,000 soldiers by spring, officials said.", Hedge.AtMost)]
    [InlineData("The number of soldiers could be 15,000 by spring, officials said.", Hedge.Possible)]
    [InlineData("The number of soldiers reached 15,000 in the spring, officials said.", Hedge.Exact)]
    public void A_possibility_reached_by_a_verb_of_reaching_is_a_ceiling(string sentence, Hedge hedge) =>
        Assert.Equal(hedge, Only(sentence).Hedge);
}

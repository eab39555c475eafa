namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Whole articles tell the background of a story through reports of a past time ("the state radio said then", "news reports
/// at the time said", "..., the weekly reported at the time"): the level such a report gives is the level of that time, which
/// the story has moved on from (earlier). Near misses: a report with no past time, the writer's own time ("at the time of
/// writing"), "then" before the verb (the next step), a move under way then, and a toll. An approval a headline tells in
/// its present ("Parliament backs sending 3,000 troops") is a plan, as "approved sending" is; a force its country names as
/// staying ("its 2,300 troops will stay") is there now; the first stage of a build-up ("sent its first 1,300") beside a larger
/// count of the same troops there now is the level the force has grown past; a level a later cut of it started from ("sent some
/// 3,300 troops in 2004 and has since reduced them to fewer than 2,400") is earlier; a force held now beside a plan joined
/// after it ("which has about 2,900 troops in Iraq and has said it will bring them home by the end of 2006") is there now.
/// </summary>
public class ReportsOfAPastTimeTests
{
    [Theory]
    [InlineData("Untitled\n\nThe defence ministry said then that about 400 soldiers were guarding the airport.", EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nLocal newspapers at the time said some 1,500 troops were stationed in the north.", EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nBy late May the garrison had grown to 900, the state broadcaster reported at the time.", EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nThe rebels claimed at the time to have about 3,000 fighters.", EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nAbout 400 soldiers are guarding the airport, the ministry said on Monday.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe ministry said at the time of writing that some 1,500 troops were in the north.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nHe then said that about 700 troops guard the border.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe paper reported at the time that 500 soldiers were pulling out of the town.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe army said at the time that 40 soldiers had been killed.", EstimateStatus.Current)]
    public void A_report_of_a_past_time_gives_an_earlier_level(string text, EstimateStatus status) => Assert.Equal(status, Only(text).Status);

    [Theory]
    // An approval told in a headline's present or as endorsed: the troops are still to be sent.
    [InlineData("Parliament backs sending 2,500 troops to the Sinai\n\nThe vote came late on Thursday.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe cabinet endorsed sending 500 engineers to the island on Tuesday.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe president endorses sending about 1,200 soldiers to the border.", EstimateStatus.Planned)]
    // Not a force another one backs, nor an approval's adjective before a force sent.
    [InlineData("Untitled\n\nThe Russian-backed forces sent 2,000 fighters to the front.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nA UN-endorsed force of 5,000 was sent to the island.", EstimateStatus.Current)]
    public void An_approval_backs_or_endorses_a_sending_still_to_come(string text, EstimateStatus status) => Assert.Equal(status, Only(text).Status);

    [Theory]
    // The whole force its country names, told as staying, is there now.
    [InlineData("Untitled\n\nChad says its 1,400 troops will remain in the north.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe minister said its 800 soldiers would stay on as part of the new mission.", EstimateStatus.Current)]
    [InlineData("Kenya says its 3,600 troops will stay as part of the new force\n\nThe decision came on Friday.", EstimateStatus.Current)]
    // Without the country's pronoun, a number told as staying is the level after a cut; a pronoun's force told as leaving moves.
    [InlineData("Untitled\n\nOnly 300 soldiers will remain in the capital after the withdrawal.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nChad says its 1,400 troops will leave the north.", EstimateStatus.Planned)]
    public void A_force_its_country_names_as_staying_is_there_now(string text, EstimateStatus status) => Assert.Equal(status, Only(text).Status);

    [Theory]
    // The first stage of a build-up told as sent, beside a larger count of the same troops there now, in another sentence.
    [InlineData("Untitled\n\nChad sent its first 400 soldiers across the border in March. A force of 1,100 Chadian soldiers is now deployed in the north, the ministry said.", 400, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nKenya first flew about 250 troops into the capital in May. They will join some 900 Kenyan soldiers already in the country.", 250, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nThe first wave, of about 2,000 Chadian soldiers, arrived in the spring. Chad now has about 5,000 troops in the country.", 2000, EstimateStatus.Earlier)]
    // Not beside a larger count still to come, nor a stage of a withdrawal, nor an addition joining a base in its own sentence.
    [InlineData("Untitled\n\nChad sent its first 400 soldiers across the border on Monday. About 1,100 Chadian soldiers will be deployed by March.", 400, EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe first 3,000 Chadian soldiers left the capital in January. About 9,000 Chadian soldiers are still in the country.", 3000, EstimateStatus.Current)]
    [InlineData("Untitled\n\nChad sent its first 400 soldiers on Monday, joining 1,100 Chadian troops already there.", 400, EstimateStatus.Current)]
    public void A_first_stage_a_larger_force_has_grown_past_is_earlier(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // A level a cut told after it in a joined clause started from, the clause taking its force back ("and has since reduced them").
    [InlineData("Untitled\n\nPoland sent some 2,500 troops to Karbala in 2003 and has since reduced them to about 900.", 2500, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nItaly deployed 3,000 soldiers to Nasiriyah in 2003, and has gradually cut the contingent to 1,600.", 3000, EstimateStatus.Earlier)]
    // Not a cut of another subject's force, nor another estimate joined after it, nor a cut still to come.
    [InlineData("Untitled\n\nPoland sent some 2,500 troops in 2003, and Spain has since reduced its force to 900.", 2500, EstimateStatus.Current)]
    [InlineData("Untitled\n\nPoland has 2,500 troops in Karbala, and Warsaw says it has grown to 2,800.", 2500, EstimateStatus.Current)]
    public void A_level_a_later_cut_started_from_is_earlier(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // The whole a part told as a plan of a past time is drawn from was there then.
    [InlineData("Untitled\n\nLocal papers at the time said 400 of the estimated 1,500 Chadian troops would leave in April.", 1500, EstimateStatus.Earlier)]
    [InlineData("Untitled\n\nLocal papers at the time said 400 of the estimated 1,500 Chadian troops would leave in April.", 400, EstimateStatus.Earlier)]
    public void The_whole_of_a_part_planned_then_is_earlier(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Of(text, value).Status);

    [Theory]
    // A force held now ("which has", "maintains"), whose plan with a target date comes in a clause joined after it, is there now.
    [InlineData("Untitled\n\nItaly, which has about 2,900 troops in Iraq and has said it will bring them home by the end of 2006, is next.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nPoland, which maintains some 900 soldiers in Iraq and will withdraw them by March, said so on Friday.", EstimateStatus.Current)]
    // Not a sending still to come, whatever follows it.
    [InlineData("Untitled\n\nPoland will send some 900 soldiers to Iraq and station them there by March.", EstimateStatus.Planned)]
    public void A_force_held_now_beside_a_plan_joined_after_it_is_there_now(string text, EstimateStatus status) => Assert.Equal(status, Only(text).Status);
}

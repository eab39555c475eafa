namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// Whether a figure counts troops there now (current), before (earlier) or still to come (planned), as headlines write it
/// (issue 14: modal, future and headline forms are planned, not current). Each category has rows where the rule applies and
/// rows where the same words must leave the figure current.
/// </summary>
public class StatusTests
{
    private static EstimateStatus StatusOf(string text) =>
        Assert.Single(Extractor.Default.Extract(CorpusLoader.FromText(text, "t")).TroopCounts).Status;

    [Theory]
    // A headline's infinitive governs the figures of its clause, with words between the verb and the figure.
    [InlineData("Oslo to cut its garrison in the north to about 600 soldiers\n\nThe ministry gave no date.", EstimateStatus.Planned)]
    [InlineData("Estonian battalion to grow to 1,200 soldiers next year\n\nThe plan was approved on Monday.", EstimateStatus.Planned)]
    [InlineData("Dutch brigade to reach its full strength of 4,000 by 2028\n\nThe ministry confirmed the timetable.", EstimateStatus.Planned)]
    // A headline drops the "are" of "are expected to", "are set to".
    [InlineData("Around 3,000 Kenyan soldiers expected to arrive in the capital within weeks\n\nThe first plane is due on Friday.", EstimateStatus.Planned)]
    [InlineData("Some 1,500 marines set to join the exercise, navy says\n\nThe drills start in June.", EstimateStatus.Planned)]
    // What was supposed to happen is a plan; what is supposed to have happened is not.
    [InlineData("Kenya was supposed to send 1,000 officers to Haiti\n\nOnly 400 went.", EstimateStatus.Planned)]
    [InlineData("Kenya is supposed to have sent 1,000 officers to Haiti\n\nThe figure is disputed.", EstimateStatus.Current)]
    // Troops others will join are there now; the joiners are to come.
    [InlineData("The 1,100 Marines in Darwin will be joined by 12 aircraft in May\n\nThe aircraft leave Hawaii next week.", EstimateStatus.Current)]
    [InlineData("Kenya will send 800 police, who will be joined by Jamaican soldiers\n\nThe mission starts in May.", EstimateStatus.Planned)]
    // Poised to go is not gone yet.
    [InlineData("A 650-strong Chinese battalion is poised to deploy to Malakal\n\nThe UN announced it on Thursday.", EstimateStatus.Planned)]
    [InlineData("Some 650 Chinese peacekeepers poised to enter Malakal\n\nThe UN announced it on Thursday.", EstimateStatus.Planned)]
    // The same words that do not govern the figure: another clause, a verb that is not one of sending or size.
    [InlineData("Troops sent to help the ally: 4,000 soldiers at the front\n\nThe figure comes from the ministry.", EstimateStatus.Current)]
    [InlineData("Brigade that helped to defend the city numbers 3,000 soldiers\n\nIt was formed in 2022.", EstimateStatus.Current)]
    [InlineData("Kyiv refuses to deploy reserves, 10,000 troops hold the line\n\nThe reserves stay in the rear.", EstimateStatus.Current)]
    [InlineData("North Korea sends 10,000 troops to Russia\n\nThe deployment was confirmed on Friday.", EstimateStatus.Current)]
    [InlineData("About 2,000 soldiers expected the order for weeks\n\nIt came on Monday.", EstimateStatus.Current)]
    public void A_headline_infinitive_or_participle_is_planned(string text, EstimateStatus status) => Assert.Equal(status, StatusOf(text));

    [Theory]
    // A body sentence is read as it stands: a plan that was carried out, a plan in the past perfect, are current facts.
    [InlineData("Untitled\n\nOfficials said 2,000 soldiers were sent to the border as planned.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nThe 2,000 soldiers arrived in March, as the ministry had planned.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nTrucks were used to deploy 200 soldiers to the border on Monday.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nSome 600 soldiers expected to arrive on Monday will guard the port.", EstimateStatus.Planned)]
    public void A_body_sentence_keeps_its_tense(string text, EstimateStatus status) => Assert.Equal(status, StatusOf(text));

    [Theory]
    // A modal after the figure and "by" and a date: troops still to come, whatever the verb.
    [InlineData("Untitled\n\nAbout 1,500 Latvian soldiers will guard the crossings by the end of the week.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nOfficials said 800 reservists would relieve the garrison by March.", EstimateStatus.Planned)]
    [InlineData("Untitled\n\nSome 3,000 troops could secure the corridor by next spring, a general said.", EstimateStatus.Planned)]
    // A plan carried out, a past fact with a date, a modal in another clause: current.
    [InlineData("Untitled\n\nAbout 1,500 Latvian soldiers guarded the crossings by the end of the week, as planned.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nAbout 1,500 Latvian soldiers had reached the crossings by March.", EstimateStatus.Current)]
    [InlineData("Untitled\n\nAbout 1,500 soldiers guard the crossings; more will come by March.", EstimateStatus.Current)]
    public void A_modal_and_a_target_date_after_the_figure_is_planned(string text, EstimateStatus status) => Assert.Equal(status, StatusOf(text));

    [Theory]
    // The whole of which a first part has come: troops still to come; the part itself, and a first group that counts, are there.
    [InlineData("Untitled\n\nThe soldiers who landed on Monday are the first of 1,200 that Spain has promised.", 1_200d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nA convoy reached the camp, the first phase of a 2,500-strong force, the army said.", 2_500d, EstimateStatus.Planned)]
    [InlineData("Untitled\n\nThe first contingent of 1,200 soldiers landed on Monday.", 1_200d, EstimateStatus.Current)]
    [InlineData("Untitled\n\nAbout 150 soldiers, the first of the new brigade, reached the camp.", 150d, EstimateStatus.Current)]
    public void The_whole_of_a_first_part_is_planned(string text, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Extractor.Default.Extract(CorpusLoader.FromText(text, "t")).TroopCounts, c => c.Value == value).Status);
}

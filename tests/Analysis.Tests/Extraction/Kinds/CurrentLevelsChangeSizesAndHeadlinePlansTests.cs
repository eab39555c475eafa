namespace Analysis.Tests.Extraction.Kinds;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Plans told around a level of now. A level the text names as the current one ("the current contingent of 32,000") is there
/// now, though a plan to cut or outgrow it governs its clause; the size of a planned change set off after the level it brings
/// (", a reduction of more than 500") is planned with it; and a headline's plan is read past a split infinitive ("to
/// temporarily add"), a verb of level ("to go down to", "to enlarge ... by") and a dash that opens the headline's second part
/// ("... - 2,500 troops to remain"). Real reporting of U.S. troop drawdowns and army growth wrote each. The sentences are ours.
/// </summary>
public class CurrentLevelsChangeSizesAndHeadlinePlansTests
{
    [Theory]
    [InlineData("The minister will shrink the current contingent of 4,200 troops to 3,000 by next summer.", 4200)]
    [InlineData("Such a plan would be a steep rise over the current baseline of 61,000 soldiers.", 61000)]
    [InlineData("The government intends to double its present force of 850 troops in the region.", 850)]
    // Near miss: the level the plan reaches stays planned.
    [InlineData("The minister will shrink the current contingent of 4,200 troops to 3,000 by next summer.", 3000, EstimateStatus.Planned)]
    public void A_level_named_as_current_is_current(string text, double value, EstimateStatus status = EstimateStatus.Current) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Theory]
    [InlineData("The ministry expects to trim the garrison to 1,800 soldiers, a reduction of about 400.", 400)]
    [InlineData("Parliament will vote to lift the mission's ceiling to 1,500 troops, an increase of 250.", 250)]
    // Near miss: the change of a cut already made is not a plan.
    [InlineData("Last year the ministry trimmed the garrison to 1,800 soldiers, a reduction of about 400.", 400, EstimateStatus.Current)]
    public void The_size_of_a_planned_change_is_planned(string text, double value, EstimateStatus status = EstimateStatus.Planned) =>
        Assert.Equal(status, Assert.Single(Counts(text), c => c.Value == value).Status);

    [Theory]
    [InlineData("Britain to temporarily add 3,500 soldiers to its army\n\nThe decision was announced on Monday.", 3500)]
    [InlineData("Minister to Enlarge Navy by 4,000 Sailors to Crew New Ships\n\nThe decision was announced on Monday.", 4000)]
    [InlineData("Canada to go down to 400 troops in Latvia by spring\n\nThe decision was announced on Monday.", 400)]
    [InlineData("Ministry confirms partial pullout from Mali - 700 soldiers to remain\n\nThe decision was announced on Monday.", 700)]
    // Near miss: a headline of a move made.
    [InlineData("Britain adds 3,500 soldiers to its army\n\nThe decision was announced on Monday.", 3500, EstimateStatus.Current)]
    public void A_headline_s_plan_is_read(string document, double value, EstimateStatus status = EstimateStatus.Planned) =>
        Assert.Equal(status, Of(document, value).Status);
}

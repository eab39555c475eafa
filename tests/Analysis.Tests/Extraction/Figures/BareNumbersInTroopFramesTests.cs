namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Bare numbers a troop frame governs with no troop noun of their
/// own ("a number expected to pass 3,000", "an army of only about 13,000", "that 5,800 number", "the 10,000 London first
/// considered"), a "-person" strength, "federalized" troops and a militia's members; and, both ways, the numbers these frames
/// must leave alone.
/// </summary>
public class BareNumbersInTroopFramesTests
{
    private static TroopCount One(string passage, double value) => Assert.Single(Counts(passage), c => c.Value == value || c.Low == value);

    // A verb of going beyond is the bound of an estimate noun before it.
    [Theory]
    [InlineData("Roughly 1,800 marines were in the port on Friday, a number officials expect to pass 2,500 next week.", 2_500d)]
    [InlineData("About 900 peacekeepers have landed so far, and the total is expected to pass 1,400 by the weekend, the mission said.", 1_400d)]
    public void Passing_a_number_is_at_least_it(string passage, double value) => Assert.Equal(Hedge.AtLeast, One(passage, value).Hedge);

    [Theory]
    [InlineData("About 900 peacekeepers have landed so far, and the convoy had to pass 40 checkpoints, the mission said.", 40d)]
    [InlineData("Lawmakers are expected to pass 12 amendments to the defence bill on Friday.", 12d)]
    public void Passing_other_things_is_no_figure(string passage, double value) => Assert.DoesNotContain(Counts(passage), c => c.Value == value || c.Low == value);

    // "of only", "of just": a restrictive word between the amount noun and the number.
    [Theory]
    [InlineData("Estonia has a standing army of only about 7,000, the minister said.", 7_000d)]
    [InlineData("The town was held for a week by a garrison of just 450, the army said.", 450d)]
    public void An_amount_of_only_N_counts_troops(string passage, double value) => Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("The island has a population of only about 7,000, the mayor said.")]
    [InlineData("The town has a budget of just 450 million euros.")]
    public void An_amount_of_only_N_of_other_things_is_none(string passage) => Assert.Empty(Counts(passage));

    // A number the word "number" or "level" follows, in a sentence about troops.
    [Theory]
    [InlineData("Three more flights landed with several hundred soldiers, which took the garrison to that 4,200 number on Sunday.", 4_200d)]
    [InlineData("Lawmakers barred any cut in the troops stationed on the peninsula below the 28,500 level.", 28_500d)]
    public void A_number_before_number_or_level_counts_the_troops(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("The ministry opened a hotline with a 1,500 number for the families of the soldiers.")]
    public void A_phone_number_is_none(string passage) => Assert.DoesNotContain(Counts(passage), c => c.Value == 1_500);

    // "the N <named subject> <verb of reporting or weighing>": an earlier or weighed count of the sentence's troops.
    [Theory]
    [InlineData("Germany may send fewer than 2,000 soldiers, far short of the 5,000 Berlin initially proposed.", 5_000d)]
    [InlineData("The mission will field up to 3,500 troops, above the 2,800 the United Nations approved last year.", 2_800d)]
    public void The_number_a_named_subject_reported_is_a_figure(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("The mission will field up to 3,500 troops, and the 2,800 Euros Brussels approved will pay for fuel.", 2_800d)]
    [InlineData("The army sent 3,500 troops to the region on the 14 March Parliament approved the plan.", 14d)]
    public void Other_numbers_before_a_named_subject_are_none(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);

    // "-person", "federalized", "militia members".
    [Theory]
    [InlineData("Kigali will deploy a 700-person contingent to the north of the country.", 700d)]
    [InlineData("About 250 federalized Guard troops will stay in the city, the official said.", 250d)]
    [InlineData("The president said he would call up two million militia members this month.", 2_000_000d)]
    public void Person_strengths_federalized_troops_and_militia_members_are_figures(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("A 700-person crowd gathered outside the town hall on Sunday.")]
    [InlineData("A 12-person delegation of the army visited the base on Monday.")]
    [InlineData("About 250 federalized agencies took part in the review.")]
    public void Other_persons_and_federalized_things_are_none(string passage) => Assert.Empty(Counts(passage));

    // A reserve or standing army counted whole with a verb of strength, a professional army's soldiers with no place, and a figure
    // joined by "and" to an army's size count the army; the same words beside a place or a move count troops somewhere.
    [Theory]
    [InlineData("The country leans on its reserve, which numbers some 400,000 people, though training is patchy.", 400_000d, TroopKind.ArmySize)]
    [InlineData("Besides its conscripts, the country has some 6,500 professional soldiers, the minister said.", 6_500d, TroopKind.ArmySize)]
    [InlineData("The kingdom has an army of 30,000 soldiers and 9,000 gendarmes.", 9_000d, TroopKind.ArmySize)]
    [InlineData("The reserve has 4,000 troops stationed along the northern frontier.", 4_000d, TroopKind.Deployment)]
    [InlineData("The government sent 1,200 professional soldiers to the capital on Monday.", 1_200d, TroopKind.Deployment)]
    [InlineData("The kingdom has an army of 30,000 soldiers, and 9,000 were sent to the border last week.", 9_000d, TroopKind.Deployment)]
    public void Standing_strength_words_count_the_army(string passage, double value, TroopKind kind) => Assert.Equal(kind, One(passage, value).Kind);

    // "lose their lives": a casualty cue in the headline present.
    [Theory]
    [InlineData("Four peacekeepers lose their lives in ambush near the border", 4d, TroopKind.Casualties)]
    public void Losing_their_lives_is_a_loss(string passage, double value, TroopKind kind) => Assert.Equal(kind, One(passage, value).Kind);

    // The object of a wish or an order, then an infinitive of a verb troops take, in a passage about troops.
    [Theory]
    [InlineData("Some 8,000 Dutch troops are in the country. The government in Kabul had asked for about 1,500 to stay on as military trainers.", 1_500d, EstimateStatus.Planned)]
    [InlineData("The peacekeepers are going home, but the general wants roughly 600 to remain at the airbase until spring.", 600d, EstimateStatus.Planned)]
    // ... and what a request asks for, after a troop count.
    [InlineData("Paris will send about 800 more soldiers. The general had asked for 2,000 to 3,000.", 2_000d, EstimateStatus.Planned)]
    public void A_number_wished_to_stay_counts_troops(string passage, double value, EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(DocumentCounts(passage), c => (c.Value ?? c.Low) == value).Status);

    [Theory]
    [InlineData("The union has asked for about 1,500 to stay on strike until Friday.", 1_500d)]
    [InlineData("The airline wants roughly 600 to remain on the payroll until spring.", 600d)]
    [InlineData("Paris will send about 800 more soldiers. The mayor had requested 300 new buses.", 300d)]
    public void A_number_wished_to_do_other_things_is_none(string passage, double value) =>
        Assert.DoesNotContain(DocumentCounts(passage), c => c.Value == value);
}

namespace Analysis.Tests.Extraction.Regressions;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Near misses of negated bounds, formation names, later parts and people lost, both ways.
/// </summary>
public class NegationsFormationsAndLossesTests
{
    private static TroopCount FigureOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value);

    [Theory]
    // A negation that governs a question word's clause, not the count in it: the lower bound stays one.
    [InlineData("The ministry did not say why more than 2,000 troops were moved to the border.", 2000, Hedge.AtLeast)]
    [InlineData("Officials would not explain how more than 3,000 soldiers crossed the river.", 3000, Hedge.AtLeast)]
    [InlineData("The army has not disclosed where more than 1,500 marines were sent.", 1500, Hedge.AtLeast)]
    // The negation of the count itself still makes it an upper bound.
    [InlineData("Russia has never had more than 2,000 troops there.", 2000, Hedge.AtMost)]
    [InlineData("I do not believe there are more than 15,000 soldiers in the region.", 15000, Hedge.AtMost)]
    public void A_negation_reaches_no_lower_bound_past_a_question_word(string sentence, double value, Hedge hedge) =>
        Assert.Equal(hedge, FigureOf(sentence, value).Hedge);

    [Theory]
    // A formation's name that modifies things it has counts the things, not its soldiers.
    [InlineData("Two of the 82nd Airborne helicopters crashed on Monday, the army said.", 2)]
    [InlineData("Officials said 40 of the 3rd Infantry Division vehicles were damaged.", 40)]
    public void A_formation_name_before_its_things_counts_no_soldiers(string sentence, double value) =>
        Assert.DoesNotContain(DocumentCounts("Untitled\n\n" + sentence), c => c.Value == value);

    [Theory]
    // The formation's own soldiers, whatever follows the name.
    [InlineData("About 3,000 of the 82nd Airborne were sent to Poland.", 3000)]
    [InlineData("Some 1,700 from the 3rd Infantry Division arrived in Gdansk on Monday.", 1700)]
    public void A_formation_counts_its_soldiers(string sentence, double value) => FigureOf(sentence, value);

    [Theory]
    // The next part of a move takes the time of the one before, unless a time of its own says it came.
    [InlineData("NATO said it would deploy 4,000 troops, then 2,000 more arrived in the Baltics last week.", 2000, EstimateStatus.Current)]
    [InlineData("About 6,000 Marines will go first, followed by a brigade of 3,000 that landed in March.", 3000, EstimateStatus.Current)]
    [InlineData("About 6,000 Marines will go first, followed by a brigade of 3,000, the Pentagon said.", 3000, EstimateStatus.Planned)]
    // "then" opens a clause of its own, with its own subject and time: no link of sequence.
    [InlineData("Britain will send 800 soldiers to Estonia, then Germany withdrew 300 troops from Lithuania.", 300, EstimateStatus.Current)]
    public void A_later_part_with_a_past_time_of_its_own_is_not_planned(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, FigureOf(sentence, value).Status);

    [Theory]
    // People a verb of losing takes are troop losses only when troops are its subject.
    [InlineData("Soldiers said the village lost 300 people in the flood.", 300, false)]
    [InlineData("The army lost 300 people in the battle for the town.", 300, true)]
    [InlineData("Russian forces have lost 1,200 people near Kupiansk, the general staff said.", 1200, true)]
    public void People_lost_are_troops_only_when_troops_lost_them(string sentence, double value, bool found) =>
        Assert.Equal(found, DocumentCounts("Untitled\n\n" + sentence).Any(c => c.Value == value));
}

namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A number with no noun of its own counts the troops its sentence counted or named before it
/// (TroopCountFinder.RefersBackToTroops), unless a level's relative after it, a figure of its own clause before it or a small
/// value in a sentence that counts nothing says otherwise.
/// </summary>
public class BareNumbersReferringBackTests
{
    [Theory]
    // a troop figure of another clause before it: a comma, a semicolon, "though"
    [InlineData("The accord lets Moscow keep up to 4,000 peacekeepers on the island, though it had only about 1,800 there last year.", 1_800d)]
    [InlineData("Army officers spoke of 20,000 soldiers near the frontier; diplomats, of over 30,000.", 30_000d)]
    [InlineData("The ministry put the brigade at 5,000 troops, and the analysts' reading of satellite images allows for as many as 7,000.", 7_000d)]
    // an armed group's strength, claimed against another count
    [InlineData("The rebel army has some 8,000 fighters in the hills, though its commanders claim as many as 12,000.", 12_000d)]
    [InlineData("Analysts counted 6,000 militiamen around the port; the group's own radio, over 9,000.", 9_000d)]
    // no count before it, a troop word, a thousand and up
    [InlineData("The losses among the rebel forces have passed the 2,000, the commander told reporters.", 2_000d)]
    // a second verb of being joined by "and" (adverbs between) keeps the subject of the troop figure before it
    [InlineData("The toll among the brigade's soldiers passed 500 in May, and stood at 612 by the end of June.", 612d)]
    [InlineData("The peacekeeping force numbered 3,000 in March, and now stands at 4,200.", 4_200d)]
    [InlineData("The army's death toll in the south reached 2,000 in 2019, and currently stands at 2,317 by its own count.", 2_317d)]
    public void A_bare_number_counts_the_troops_it_refers_back_to(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    // a level, not a count
    [InlineData("The drills drew 12,000 troops, just under the 13,000 at which observers must be invited.", 13_000d)]
    // a troop figure of the same clause: no comma or contrast word between
    [InlineData("The army flew 3,000 soldiers to the island in 2,500.", 2_500d)]
    // no count before it, under a thousand
    [InlineData("The casualties among the rebel forces have passed the 800, the commander said.", 800d)]
    // what a verb of being says of a noun that is no troop word; a sum paid
    [InlineData("The troops guard the border town, whose population is now about 40,000.", 40_000d)]
    [InlineData("The army paid each of its soldiers 1,500 a month.", 1_500d)]
    // the same "and" after a count of something else
    [InlineData("The refugee count in the camps reached 4,000 in 2018, and now stands at 4,486.", 4_486d)]
    [InlineData("The opposition party won 3,200 votes in 2015, and now stands at 3,900.", 3_900d)]
    public void A_bare_number_that_counts_something_else_is_no_figure(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    // "reached 4,000 in 2008, and now stands at 4,486": the later level of the same count keeps its kind.
    [Theory]
    [InlineData("The toll among the brigade's soldiers passed 500 in May, and stood at 612 by the end of June.", 612d, TroopKind.Casualties)]
    [InlineData("The army's death toll in the south reached 2,000 in 2019, and currently stands at 2,317 by its own count.", 2_317d, TroopKind.Casualties)]
    [InlineData("The peacekeeping force numbered 3,000 in March, and now stands at 4,200.", 4_200d, TroopKind.Deployment)]
    public void A_later_level_sharing_the_subject_keeps_the_kind(string passage, double value, TroopKind kind) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == kind);

    // "surpassed the 3,000": a verb of passing and "the" before the number is its lower bound.
    [Fact]
    public void Passing_the_number_is_its_lower_bound() =>
        Assert.Equal(Hedge.AtLeast, Assert.Single(Counts("The losses among the rebel forces have passed the 2,000, the commander told reporters.")).Hedge);
}

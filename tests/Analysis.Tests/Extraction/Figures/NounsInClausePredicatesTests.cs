namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Numbers whose troop noun is in what their clause says of them (a part whose predicate names troops, those a participle of
/// sending names after "of those", a number "with" sets beside a place or a force), and numbers a quotation opens right before.
/// </summary>
public class NounsInClausePredicatesTests
{
    private static bool Has(string passage, double value) => Counts(passage).Any(c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    [InlineData("Officials said 14 people died in the shelling of the depot; nine of the dead were soldiers.", 9d)]
    [InlineData("The blast killed 31 people near the checkpoint, and four of the 31 killed were police officers, the governor said.", 4d)]
    [InlineData("Seven of the wounded are members of the armed forces, the hospital said.", 7d)]
    public void A_part_whose_predicate_names_troops_is_a_figure(string passage, double value) =>
        Assert.True(Has(passage, value));

    [Theory]
    // the predicate names other people, or the troop noun owns them
    [InlineData("Officials said 14 people died in the shelling of the market; nine of the dead were children.", 9d)]
    [InlineData("Two of the injured were soldiers' relatives visiting the base, a spokesman said.", 2d)]
    // a break before the verb of being: another clause
    [InlineData("Three of the houses burned, and the soldiers were sent home.", 3d)]
    public void A_part_whose_predicate_names_others_makes_no_figure(string passage, double value) =>
        Assert.False(Has(passage, value));

    [Fact]
    public void Soldiers_among_the_dead_are_casualties()
    {
        var count = Assert.Single(Counts("The blast killed 31 people near the checkpoint; four of the 31 killed were police officers."), c => c.Value == 4d);
        Assert.Equal(TroopKind.Casualties, count.Kind);
    }

    [Theory]
    [InlineData("The minister told the president that the call-up was over and that 61,000 of those called up were already at the front.", 61_000d)]
    [InlineData("About 1,200 of those deployed last spring will rotate home in May, the ministry said.", 1_200d)]
    public void Those_a_participle_of_sending_names_are_troops(string passage, double value) =>
        Assert.True(Has(passage, value));

    [Theory]
    // "of them" and a participle is no headless whole: "two of them deployed" may be ships
    [InlineData("The navy has three frigates in the gulf, with two of them deployed near the strait.", 2d)]
    [InlineData("Some 300 of those sent the survey replied within a week.", 300d)]
    public void Others_a_participle_follows_make_no_figure(string passage, double value) =>
        Assert.False(Has(passage, value));

    [Theory]
    [InlineData("Paris has closed most of its African bases; only Gabon, with about 350, still hosts French soldiers.", 350d)]
    [InlineData("The first troops of the air defence unit landed on Monday, with about 120 in all to operate the radars.", 120d)]
    public void A_bare_number_with_sets_beside_troops_counts_them(string passage, double value) =>
        Assert.True(Has(passage, value));

    [Theory]
    // a place of people, other people beside it, a verb after it, or a noun of its own
    [InlineData("Soldiers patrolled the village with 1,400 inhabitants after the raid.", 1_400d)]
    [InlineData("The army sealed the border, with 400 crossing into the neighbouring country each day.", 400d)]
    [InlineData("The soldiers withdrew, with 500 tanks left behind in the valley.", 500d)]
    public void A_number_with_sets_beside_others_makes_no_figure(string passage, double value) =>
        Assert.False(Has(passage, value));

    [Theory]
    [InlineData("Moscow moved about 1,000 railway troops into the breakaway region last week.", 1_000d)]
    [InlineData("Some 2,500 defence personnel from eleven countries took part in the drill.", 2_500d)]
    [InlineData("About 60 special operators remain at the base near the border, an official said.", 60d)]
    [InlineData("The Foreign Legion sent 300 legionnaires to the base in the desert.", 300d)]
    [InlineData("Over 100 military staff were flown to the embassy compound.", 100d)]
    public void Arms_and_nouns_of_serving_people_count_troops(string passage, double value) =>
        Assert.True(Has(passage, value));

    [Theory]
    // plain "staff", "doctors" and "crew members" with no troops about them may be anyone's
    [InlineData("The hospital has 150 staff and 40 doctors on each shift.", 150d)]
    [InlineData("The hospital has 150 staff and 40 doctors on each shift.", 40d)]
    [InlineData("The cruise ship had 900 crew members on board when it docked.", 900d)]
    public void Staff_and_crews_of_others_make_no_figure(string passage, double value) =>
        Assert.False(Has(passage, value));

    [Theory]
    [InlineData("The general said Moscow had deployed \"more than 100,000\" near the frontier.", 100_000d)]
    [InlineData("The alliance will raise its high-readiness forces from about 40,000 to “well over 300,000”, the secretary-general said.", 300_000d)]
    public void A_quotation_that_opens_before_the_number_is_no_word_between_it_and_its_verb(string passage, double value) =>
        Assert.True(Has(passage, value));

    [Theory]
    // the quotation holds what the verb takes: no troops
    [InlineData("The ministry deployed \"more than 100\" new cameras along the frontier.", 100d)]
    [InlineData("Ticket sales rose from about 40,000 to \"well over 300,000\", the organisers said.", 300_000d)]
    public void A_quoted_number_of_other_things_makes_no_figure(string passage, double value) =>
        Assert.False(Has(passage, value));
}

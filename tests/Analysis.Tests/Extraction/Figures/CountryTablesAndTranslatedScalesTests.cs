namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figure shapes of real reporting: tables of countries and
/// their figures, parts named before a comma, the next sentence's word for the troops, "the N sent", headline-ese, translated
/// scales and nouns ("12 mil", "1万1000", "2.500 militari"), "N others suffered injuries", whole armies, and the traps beside them
/// ("100 troop tents", a table of medals, a poll's percentage).
/// </summary>
public class CountryTablesAndTranslatedScalesTests
{
    [Theory]
    [InlineData("Pledged so far for the force: Chad (350), Benin (2,000) and Senegal (150), the council was told.", 2_000d)]
    [InlineData("Troops abroad by host country: Qatar - 10,000; Bahrain - 4,700; Kuwait - 13,500.", 13_500d)]
    [InlineData("The brigade drew about 9,000 men from three regiments, the bulk of them, some 6,000, from the Guards.", 6_000d)]
    [InlineData("Of the roughly 15,000 deployed in the spring, about 2,000 have come home, the ministry said.", 15_000d)]
    [InlineData("Marines in region 5,000: Pentagon", 5_000d)]
    [InlineData("According to Seoul, Pyongyang sent 12 mil soldiers to the front.", 12_000d)]
    [InlineData("The agency believes the North sent about 1万2000 troops.", 12_000d)]
    [InlineData("There are 1.800 militari of the Italian contingent in Lebanon.", 1_800d)]
    [InlineData("One officer was killed and 35 others suffered injuries in the blast at the base, the army said.", 35d)]
    [InlineData("The tiny country's entire army numbers barely 3,000, officials said.", 3_000d)]
    [InlineData("Spain sent a company of about 120 to the border after the riots.", 120d)]
    [InlineData("US troops in the Gulf top 40,000 as the second carrier arrives", 40_000d)]
    // A headline set in capitals writes its scale so.
    [InlineData("MOSCOW TO SEND 12 THOUSAND MORE SOLDIERS TO THE BORDER", 12_000d)]
    public void Counts_figures_in_tables_parts_headlines_and_calques(string passage, double value) =>
        Assert.Contains(Counts(passage), c => (c.Value ?? c.Low) == value);

    [Fact]
    public void The_next_sentence_may_say_who_a_bare_number_counts() =>
        Assert.Contains(DocumentCounts("Moscow flew another 2,500 into the Kursk region, Kyiv said. Most of them are paratroopers."),
            c => c.Value == 2_500d);

    [Fact]
    public void A_next_sentence_about_other_people_does_not() =>
        Assert.DoesNotContain(DocumentCounts("The city took in another 2,500 over the weekend, the mayor said. Most of them are children."),
            c => c.Value == 2_500d);

    [Theory]
    [InlineData("Medals so far: Kenya (12), Jamaica (9), Norway (16).", 12d)]
    [InlineData("The army shipped 100 troop tents and 40 troop carriers to the flooded region.", 100d)]
    [InlineData("The army shipped 100 troop tents and 40 troop carriers to the flooded region.", 40d)]
    [InlineData("Of the roughly 15,000 letters sent in the spring, about 2,000 went unanswered.", 15_000d)]
    [InlineData("The vote was Kenya: 120, Uganda: 80, in the regional assembly.", 120d)]
    [InlineData("The army has about 5,000 soldiers for a country of 11 million.", 11_000_000d)]
    public void Does_not_count_things_beside_the_same_shapes(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => (c.Value ?? c.Low) == value);

    [Fact]
    public void A_table_of_pledges_is_planned() =>
        Assert.All(Counts("Troop pledges so far: Chad (350), Benin (2,000), Senegal (150)."), c => Assert.Equal(EstimateStatus.Planned, c.Status));

    [Fact]
    public void The_reported_conditional_of_translated_copy_is_what_was_done() =>
        Assert.Contains(Counts("Pyongyang would have sent some 12,000 soldiers to Russia, according to Kyiv."),
            c => c.Value == 12_000d && c.Status == EstimateStatus.Current);

    [Fact]
    public void A_whole_army_is_army_size() =>
        Assert.Contains(Counts("The Gambia's entire military numbers fewer than 4,000 soldiers."), c => c.High == 4_000d && c.Kind == TroopKind.ArmySize);

    [Fact]
    public void A_part_named_before_its_number_is_a_subset() =>
        Assert.Contains(Counts("Russia massed some 50,000 troops, the bulk of them, about 35,000, from its marines."),
            c => c.Value == 35_000d && c.Kind == TroopKind.Subset);

    // Title case is a name's, not a scale's: only capitals all through make "THOUSAND" a scale.
    [Fact]
    public void A_title_case_thousand_is_no_scale() =>
        Assert.DoesNotContain(Counts("Some 40 soldiers were sent to guard the 10 Thousand Islands coast, the navy said."), c => c.Value == 10_000d);
}

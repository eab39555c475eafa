namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figure shapes: numbers as broadcast and translated copy writes them ("47-hundred", "two and a
/// half thousand", "15 thousands", "1.2 mln"), "scores of" as a vague amount, "number" as the verb of a plural troop noun, a
/// country's troops named as "counterparts", and a holding verb's count in a named country after a troop count. Each family
/// has rows where the same words count something else or nothing.
/// </summary>
public class BroadcastNumbersAndVagueAmountsTests
{
    [Theory]
    [InlineData("Casualties among the North Korean troops now stand at 47-hundred, the lawmaker said.", 4_700d)]
    [InlineData("Officials said 12 hundred soldiers were sent to the border on Friday.", 1_200d)]
    [InlineData("The contingent was cut to about two and a half thousand troops, the spokesman said.", 2_500d)]
    [InlineData("Moscow sent one-and-a-half thousand soldiers to the enclave, officials said.", 1_500d)]
    [InlineData("Moscow sent 15 thousands soldiers to the border, Kyiv said.", 15_000d)]
    [InlineData("Moscow has moved some 2 thousands of troops to the border, Kyiv said.", 2_000d)]
    [InlineData("The call-up will reach 1.2 mln servicemen, the agency said.", 1_200_000d)]
    // Russian and Ukrainian copy's "тыс." kept as "thous." in translation.
    [InlineData("About 12 thous. of the enemy's soldiers remain in the region, the General Staff said.", 12_000d)]
    public void Reads_broadcast_and_translated_numbers(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("Casualties among the North Korean troops now stand at 47-hundred, the lawmaker said.", 47d)]
    [InlineData("The contingent was cut to about two and a half thousand troops, the spokesman said.", 2d)]
    [InlineData("In 2014 thousands of soldiers were sent to the border, Kyiv said.", 2_014_000d)]
    [InlineData("About 12 thous. of the enemy's soldiers remain in the region, the General Staff said.", 12d)]
    [InlineData("In 2014 thousands of soldiers were sent to the border, Kyiv said.", 2_014d)]
    [InlineData("The 47-hundred-kilometre border is guarded by 5,000 troops.", 4_700d)]
    [InlineData("Two and a half years later, 300 soldiers remained, officials said.", 2.5d)]
    [InlineData("The war costs two and a half million dollars a day, officials said of the troops.", 2_500_000d)]
    public void Does_not_misread_years_distances_and_money_in_those_shapes(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);

    [Fact]
    public void Reads_scores_of_soldiers_as_a_vague_amount() =>
        Assert.Contains(Counts("Scores of soldiers were killed in the attack on the base, officials said."), c => c.Low == 40 && c.High == 180);

    [Fact]
    public void Does_not_count_scores_of_civilians() =>
        Assert.Empty(Counts("Scores of civilians were killed in the attack on the market, officials said."));

    [Theory]
    [InlineData("The country's armed forces number 60,000, the institute says.", 60_000d)]
    [InlineData("Its troops in the region number about 10,000, the UN said.", 10_000d)]
    [InlineData("Some 9,000 US troops and 5,000 Filipino counterparts will take part, the general said.", 5_000d)]
    public void Counts_predicates_and_counterparts_of_troops(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("Soldiers number 3 and 4 were wounded in the blast.", 3d)]
    [InlineData("Resolution number 2231 was adopted by the council.", 2_231d)]
    [InlineData("The minister met 30 counterparts in Brussels on Tuesday.", 30d)]
    public void Does_not_count_labels_and_ministers_in_those_shapes(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);

    [Fact]
    public void Counts_what_a_country_has_in_another_country_after_a_troop_count() =>
        Assert.Contains(DocumentCounts("The US keeps roughly 2,500 troops in Iraq. Washington also has about 900 in Syria, officials said."),
            c => c.Value == 900);

    [Fact]
    public void Does_not_count_what_a_body_has_in_camps_after_a_troop_count() =>
        Assert.DoesNotContain(DocumentCounts("The US keeps roughly 2,500 troops in Iraq. The UN has 2,000 in Syrian camps."), c => c.Value == 2_000);
}

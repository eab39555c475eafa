namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures missed on unseen text: numbers with no troop noun beside them, read by what the sentence
/// or the passage says of them. Translated nouns ("effectives", "elements of the Army"), modifiers of what became of troops
/// ("former", "federal"), verbs that take troops ("fields", "commit", "has lost", "has N in PLACE"), participles ("N massed"),
/// "number" as a verb, existentials, possessive owners, estimate nouns after the number, a dash after troops, recruiting verbs
/// before people of a country, a sentence about troops by a military body, a passage about troops for three sentences. Each
/// family has rows where the same shape counts something else.
/// </summary>
public class TranslatedNounsAndTroopVerbsTests
{
    [Theory]
    [InlineData("The confirmation of more than 12.000 effectives of the army in the border zone came from the intelligence service.", 12_000d)]
    [InlineData("From the base at Monterrey, 1.800 elements of the National Guard left by road for the frontier.", 1_800d)]
    [InlineData("The commission says more than 30,000 former combatants still wait to hand in their weapons.", 30_000d)]
    [InlineData("Rebels paraded some 4,000 federal soldiers taken prisoner through the city.", 4_000d)]
    // translated copy's gender-neutral nouns
    [InlineData("Since the spring, 2 410 servicepersons have been killed in the east, the ministry said.", 2_410d)]
    [InlineData("About 900 service personnel of the navy were moved to the port.", 900d)]
    // Belgian and French copy's airborne commandos, an army's signal troops
    [InlineData("A wreath was laid for the 10 paracommandos who died guarding the premier.", 10d)]
    [InlineData("The brigade will join some 600 Ghanaian signallers already at the airport.", 600d)]
    [InlineData("The rebel group now fields as many as 5,000, the panel wrote.", 5_000d)]
    [InlineData("Pyongyang could commit a total of 30,000 to the war, a lawmaker said.", 30_000d)]
    [InlineData("The Defence Ministry estimates that the enemy has lost some 20,000 killed or wounded in the offensive.", 20_000d)]
    [InlineData("The army's brigade has lost around 2,000 since spring, its commander said.", 2_000d)]
    [InlineData("The PMC's assault units lost about 300 people near the mines, a commander said.", 300d)]
    [InlineData("The Kremlin now has about 500,000 in the occupied regions, the army chief said, along with 30,000 reservists.", 500_000d)]
    [InlineData("Officials put the force inside the enclave at 8,000, with a further 3,000 massed across the border.", 3_000d)]
    [InlineData("The militia, thought to number 20,000 to 25,000, controls the north.", 20_000d)]
    [InlineData("The troops are said to be more, but the general told parliament there are more than 9.000.", 9_000d)]
    [InlineData("Kyiv dismissed the minister's 50,000 figure for the troops at the border as inflated.", 50_000d)]
    [InlineData("The army has never called up so many reservists so fast — 200,000 in three days.", 200_000d)]
    [InlineData("Moscow has signed up at least 15,000 Nepalis, a Kathmandu official said.", 15_000d)]
    [InlineData("Its army is larger than the combined troops of its neighbours and far larger than Armenia's 40,000.", 40_000d)]
    [InlineData("Pyongyang flies its soldiers east in batches of about 400 every two weeks, the agency said.", 400d)]
    [InlineData("The Pentagon now counts about 1,800 troops in the country, about double the 900 it had long cited.", 900d)]
    public void Counts_figures_with_no_troop_noun_beside_them(string passage, double value) =>
        Assert.Contains(Counts(passage), c => (c.Value ?? c.Low) == value);

    [Theory]
    [InlineData("Officials said between two and three thousand soldiers are expected at the border.", 2_000d, 3_000d)]
    [InlineData("Between five and six thousand troops took part in the drill.", 5_000d, 6_000d)]
    public void Reads_a_range_in_number_words_joined_by_and(string passage, double low, double high) =>
        Assert.Contains(Counts(passage), c => c.Low == low && c.High == high);

    [Theory]
    [InlineData("About one hundred and fifty soldiers crossed the river.", 150d)]
    [InlineData("Some two thousand and five hundred troops remain.", 2_500d)]
    public void Still_joins_number_words_after_a_scale_word(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Fact]
    public void A_passage_stays_about_troops_for_a_few_sentences() =>
        // Two sentences, not three (Regressions/BareFollowersTests): the one between counts nothing.
        Assert.Contains(DocumentCounts("Troops on the move\n\nRussian troops pushed west of the river on Monday. "
            + "Commanders expect heavy fighting. Moscow has about 40,000 there, a Ukrainian officer said."), c => c.Value == 40_000d);

    [Theory]
    // prisoners swapped, civilians evacuated or sheltering, a city's residents, votes and dates after a sentence about troops
    [InlineData("Troops held the line near the river. A prisoner exchange on Friday returned 95 Ukrainians home, the ombudsman said.", 95d)]
    [InlineData("The army said its forces had repelled 40 attacks. Officials said 300 were evacuated from border villages, and there are now 2,000 in shelters.", 300d)]
    [InlineData("The army said its forces had repelled 40 attacks. Officials said 300 were evacuated from border villages, and there are now 2,000 in shelters.", 2_000d)]
    [InlineData("The army has deployed 5,000 soldiers to the flooded region. The region has 1,200 in hospital after the floods, the governor said.", 1_200d)]
    [InlineData("Troops have been sent to the city. It recorded 573 homicides last year, down from 617, officials said.", 617d)]
    [InlineData("The peacekeepers' mandate was renewed on Friday. The Security Council vote was 13 to 2.", 2d)]
    [InlineData("Some 1,500 soldiers followed the first transfer, carried out between Oct. 8 and 13, the agency said.", 13d)]
    [InlineData("Troops guard the base. The city's 60,000 residents were told to stay indoors.", 60_000d)]
    [InlineData("The ministry said two retired officers advise the minister on the reform.", 2d)]
    public void Does_not_count_other_people_and_numbers_in_those_shapes(string passage, double value) =>
        Assert.DoesNotContain(DocumentCounts("Report\n\n" + passage), c => (c.Value ?? c.Low) == value);
}

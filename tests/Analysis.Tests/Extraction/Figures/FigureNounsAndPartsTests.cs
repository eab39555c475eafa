namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures with another noun than troops, a part of a figure, casualties counted as people of a country, and a target
/// named after its number (issue 14; the shapes are catalogued in RealReporting.md). Each category has rows where the
/// number is a troop figure and rows where the same shape counts something else. Our own sentences.
/// </summary>
public class FigureNounsAndPartsTests
{
    // "military" as a plural noun counts troops where the noun phrase ends at it; before another noun it is a modifier.
    [Theory]
    [InlineData("Washington keeps between 30,000 and 40,000 US military in the Gulf states, a Pentagon official said.", 30_000d)]
    [InlineData("A further 150 military from Russia are due in the capital next week, the channel said.", 150d)]
    [InlineData("There are about eight thousand American military stationed in the country, the ministry said.", 8_000d)]
    public void Military_as_a_noun_counts_troops(string sentence, double value) => Assert.Equal([value], Values(sentence));

    [Theory]
    [InlineData("The convoy carried 200 military vehicles to the front, the ministry said.")]
    [InlineData("The government ordered 3,000 military trucks and 400 military radios last year.")]
    [InlineData("Some 120 military aircraft flew over the capital during the parade.")]
    public void Military_before_another_noun_counts_that_noun(string sentence) => Assert.Empty(Counts(sentence));

    // "N of the M troops": a part of the troop figure that follows.
    [Theory]
    [InlineData("About 900 of the 4,000 Kenyan police officers have reached the capital.", new[] { 900d, 4_000d })]
    [InlineData("The rebels say they have killed 300 of the army's 2,500 soldiers in the valley.", new[] { 300d, 2_500d })]
    [InlineData("Fewer than 700 of its 3,000 peacekeepers are deployed in the north, the mission says.", new[] { 700d, 3_000d })]
    [InlineData("Only 12 of the 40 villages had a clinic, but 2,000 soldiers now guard the road.", new[] { 2_000d })]
    [InlineData("Some 300 of the 5,000 refugees were moved, while 800 troops stayed behind.", new[] { 800d })]
    public void A_part_of_a_troop_figure_is_a_figure(string sentence, double[] values) => Assert.Equal(values, Values(sentence));

    [Fact]
    public void A_part_lost_is_a_casualty_count()
    {
        var lost = Counts("North Korea has lost about 2,000 of the 9,000 soldiers it sent, officials in Kyiv said.");
        Assert.Equal(TroopKind.Casualties, Assert.Single(lost, c => c.Value == 2_000).Kind);
    }

    // People of a country killed or wounded count as casualties in a sentence about troops, not elsewhere.
    [Theory]
    [InlineData("More than 200 Chadians were killed alongside French troops in the offensive, the army said.", new[] { 200d })]
    [InlineData("At least 40 Ukrainians were killed when a missile hit a shopping centre, officials said.", new double[0])]
    [InlineData("Some 300 Nigerians were wounded in the floods, the agency said.", new double[0])]
    public void People_of_a_country_killed_beside_troops_are_casualties(string sentence, double[] values)
    {
        Assert.Equal(values, Values(sentence));
        Assert.All(Counts(sentence), c => Assert.Equal(TroopKind.Casualties, c.Kind));
    }

    // Casualty counts as real copy writes them: "others" after the first count, "hurt", and the war communiqués' verbs.
    [Theory]
    [InlineData("A lawmaker said some 150 North Korean troops are believed dead, with close to 900 others hurt.", new[] { 150d, 900d })]
    [InlineData("Kyiv says its forces liquidated 1,100 Russian soldiers over the past day.", new[] { 1_100d })]
    [InlineData("The general staff said 40 Russian troops were neutralized near the village.", new[] { 40d })]
    [InlineData("About 200 Chadian soldiers have been killed and 450 wounded since the offensive began, the army said.", new[] { 200d, 450d })]
    [InlineData("The rebels said they had killed 70 government soldiers and wounded 130 near the lake.", new[] { 70d, 130d })]
    [InlineData("The toll among Russian troops in the region has risen to 4,000, the agency said.", new[] { 4_000d })]
    [InlineData("Losses among the Chadian soldiers reached about 1,000 in a month.", new[] { 1_000d })]
    public void Casualty_counts_are_found_with_their_kind(string sentence, double[] values)
    {
        Assert.Equal(values, Values(sentence));
        Assert.All(Counts(sentence), c => Assert.Equal(TroopKind.Casualties, c.Kind));
    }

    // Not troop figures: prisoners swapped, money paid to recruits, people hurt with no troops in the sentence.
    [Theory]
    [InlineData("The two sides swapped 95 prisoners each on Friday, the mediators said.")]
    [InlineData("Recruits are offered a $2,000 signing bonus and a monthly salary of $2,200.")]
    [InlineData("Some 900 others were hurt in the stampede at the stadium, the police chief said.")]
    [InlineData("The storm killed 12 people and injured 40 in the port city.")]
    [InlineData("A caravan of up to 7,000 people was moving north, and about 4,000 or more had crossed the river.")]
    public void Other_counts_are_not_troop_figures(string sentence) => Assert.Empty(Counts(sentence));

    // A target, ceiling or pledge named after its number, beside a troop figure of the sentence.
    [Theory]
    [InlineData("The mission now has 2,600 police officers, still short of its 5,000 ceiling.", new[] { 2_600d, 5_000d })]
    [InlineData("UN: Sahel force reaches 4,200, still short of 6,000 target", new[] { 4_200d, 6_000d })]
    [InlineData("The 400 soldiers helped the province reach its 90 percent target.", new[] { 400d })]
    [InlineData("The budget of the mission hit its 3,000 target, the council said.", new double[0])]
    public void A_target_after_its_number_counts_troops_beside_a_troop_figure(string sentence, double[] values) =>
        Assert.Equal(values, Values(sentence));

    // Units are not troops (the dev sets' convention): "100 battalion tactical groups", "two brigades" are not figures.
    [Theory]
    [InlineData("Russia has massed about 100 battalion tactical groups near the border, each of them with up to 1,000 soldiers.", new[] { 1_000d })]
    [InlineData("The count of battalion tactical groups went up from 28 to 41, with more than 90,000 troops in the area.", new[] { 90_000d })]
    [InlineData("Two brigades and some 3,000 troops crossed the river on Monday.", new[] { 3_000d })]
    [InlineData("The alliance will send four battalions and 12 brigades to the eastern flank.", new double[0])]
    [InlineData("Moscow has deployed 120 battalion tactical groups, a US official said.", new double[0])]
    public void Unit_counts_are_not_troop_figures(string sentence, double[] values) => Assert.Equal(values, Values(sentence));

    // Arms and crews as copy names them, and "in uniform".
    [Theory]
    [InlineData("About 1,000 North Korean artillerymen joined Russian units near the town.", 1_000d)]
    [InlineData("Some 100 Army Rangers deployed after the attack on the embassy.", 100d)]
    [InlineData("About 2,300 national guard troops are at the border, the spokesman said.", 2_300d)]
    [InlineData("Some 200 riot police were flown to the island on Sunday.", 200d)]
    [InlineData("A standby force of 5,000 ready to move into the country was approved on Thursday.", 5_000d)]
    [InlineData("About 3,000 National Guard members were sent to the capital, the governor said.", 3_000d)]
    [InlineData("The Pentagon has roughly 2,000 service men and women on the ship.", 2_000d)]
    public void Arms_crews_and_loose_followers_count_troops(string sentence, double value) => Assert.Equal([value], Values(sentence));

    [Fact]
    public void In_uniform_counts_the_uniformed_part_of_a_mission() =>
        Assert.Equal([2_500d, 2_300d], Values("The force will number up to 2,500 members, of whom 2,300 in uniform, the council said."));

    // A sentence with a sure troop figure speaks of troops, whatever its nouns: a number that is the subject of a clause counts
    // them too; people of another kind do not.
    [Theory]
    [InlineData("Some 2,500 Kenyan police officers are expected; so far only 400 have arrived.", new[] { 2_500d, 400d })]
    [InlineData("About 200 UN staff and 150 aid workers were evacuated from the town.", new double[0])]
    [InlineData("Police said 200 protesters were detained near the base.", new double[0])]
    public void A_sure_figure_makes_a_sentence_about_troops(string sentence, double[] values) => Assert.Equal(values, Values(sentence));

    // A bare number compared with a troop figure of the sentence is one too ("against", "above the", "as many as the").
    [Theory]
    [InlineData("Seoul now counts about 9,000 troops in the region, against 11,000 at the start of the year.", new[] { 9_000d, 11_000d })]
    [InlineData("That is more than the 2,000 troops sent in May and well above the 1,200 reported in April.", new[] { 2_000d, 1_200d })]
    [InlineData("Some 6,000 soldiers were sent, twice as many as the 3,000 announced in March.", new[] { 6_000d, 3_000d })]
    [InlineData("The 500 soldiers camped above 2,000 metres for the winter.", new[] { 500d })]
    [InlineData("The council voted 12 against 3 to send 2,500 troops to the island.", new[] { 2_500d })]
    public void A_number_compared_with_a_troop_figure_is_one(string sentence, double[] values) => Assert.Equal(values, Values(sentence));

    // "number" as a verb before a troop figure; as a label ("number 3", "Resolution 1701") it is not one.
    [Theory]
    [InlineData("The corps will eventually number 20,000 men, officials said.", new[] { 20_000d })]
    [InlineData("The brigade could number 5,000 soldiers by the summer.", new[] { 5_000d })]
    [InlineData("Under Resolution 1701 forces must leave the zone south of the river.", new double[0])]
    [InlineData("Gate number 3 was closed to soldiers on Monday.", new double[0])]
    public void Number_as_a_verb_is_not_a_label(string sentence, double[] values) => Assert.Equal(values, Values(sentence));

    [Fact]
    public void Years_in_uniform_are_not_troops() =>
        Assert.Empty(Counts("The general spent 35 years in uniform before he retired in 2019."));
}

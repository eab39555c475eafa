namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures misread in real reporting: figures behind lists of modifiers (services,
/// nations, adverbs and hyphened adjectives, two numbers of one noun) and numbers that are not troops though a troop word
/// stands near them (vehicles and units a troop noun modifies, troops listed with civilians, bodies' members, labels).
/// </summary>
public class ModifierListsAndNearbyNonTroopsTests
{
    // A number, then modifiers listed with commas and "and", adverbs in -ly, hyphened adjectives, then a troop noun.
    [Theory]
    [InlineData("About 6,500 army, navy and air force personnel joined the drill on the coast.", 6_500d)]
    [InlineData("Some 3,000 Kenyan, Ugandan, Burundian and Djiboutian soldiers guard the capital.", 3_000d)]
    [InlineData("The junta sent 2,000 hastily drafted, barely trained recruits north last month.", 2_000d)]
    [InlineData("A convoy carried 400 battle-tested marines to the island on Sunday.", 400d)]
    [InlineData("Roughly 1,200 freshly mobilised reservists reached the front this week.", 1_200d)]
    public void Figures_behind_listed_modifiers_are_troop_figures(string sentence, double value) =>
        Assert.Contains(Counts(sentence), c => c.Value == value);

    // Two numbers of one noun, each with its own modifiers: both are troop figures.
    [Theory]
    [InlineData("About 4,000 Polish and 1,500 Lithuanian troops took part in the drill.", 4_000d, 1_500d)]
    [InlineData("Some 700 French and 250 Belgian soldiers stayed at the airport.", 700d, 250d)]
    [InlineData("About 1,000 Serbian and 300 Hungarian troops were sent to the border.", 1_000d, 300d)]
    public void Two_numbers_before_one_troop_noun_are_both_figures(string sentence, double first, double second)
    {
        var values = Counts(sentence).Select(c => c.Value).ToArray();
        Assert.Contains(first, values);
        Assert.Contains(second, values);
    }

    // The same shapes where the noun is not troops, or the list is not one of modifiers.
    [Theory]
    [InlineData("Some 200 family members of the crew waited at the port.")]
    [InlineData("The state has 40 mostly rural districts and 300 towns.")]
    [InlineData("Rebels attacked the town, and 15-year-old soldiers were seen among them.")]
    public void Lists_that_end_in_no_troop_noun_are_not_figures(string sentence) => Assert.Empty(Counts(sentence));

    // A troop noun that modifies another noun: the number counts vehicles or units, not troops.
    [Theory]
    [InlineData("The column included 120 armoured personnel carriers and dozens of trucks.")]
    [InlineData("Two infantry battalions will move to the border next week.")]
    [InlineData("Protesters burned 12 police stations across the province.")]
    [InlineData("The ministry ordered 300 troop carriers and 40 military helicopters.")]
    public void A_troop_noun_before_a_thing_does_not_make_a_figure(string sentence) => Assert.Empty(Counts(sentence));

    [Theory]
    [InlineData("The column carried 800 soldiers and 60 armoured personnel carriers.", 800d)]
    [InlineData("About 2,000 police officers were on duty in the capital.", 2_000d)]
    public void The_troops_beside_such_things_still_count(string sentence, double value) =>
        Assert.Equal(value, Assert.Single(Counts(sentence)).Value);

    // Troops listed with people who are not troops: the number counts them all.
    [Theory]
    [InlineData("The airlift brought home some 900 soldiers, diplomats and aid workers last week.")]
    [InlineData("The minister thanked the 600 military personnel and civilians who ran the evacuation.")]
    public void Troops_listed_with_civilians_are_no_troop_figure(string sentence) => Assert.Empty(Counts(sentence));

    [Theory]
    [InlineData("Rebels killed 40 soldiers, officials said on Monday.", 40d)]
    [InlineData("The strike killed 30 soldiers and 12 civilians near the dam.", 30d)]
    public void A_comma_or_a_number_after_the_troop_noun_is_no_such_list(string sentence, double value) =>
        Assert.Contains(Counts(sentence), c => c.Value == value);

    // "-member" before a body's name counts its members, not troops; before a force it counts soldiers.
    [Theory]
    [InlineData("The 15-member Security Council voted to extend the mission of 12,000 troops.", 12_000d)]
    [InlineData("Soldiers of the 27-member bloc will train 2,000 Malian troops.", 2_000d)]
    public void Members_of_a_body_are_not_troops(string sentence, double value) =>
        Assert.Equal(value, Assert.Single(Counts(sentence)).Value);

    [Theory]
    [InlineData("Beijing sent a 140-member Chinese peacekeeping contingent to the town.", 140d)]
    public void A_member_contingent_is_troops(string sentence, double value) =>
        Assert.Contains(Counts(sentence), c => c.Value == value);

    // Labels: the second number of a pair after a label, and US law's titles.
    [Theory]
    [InlineData("Under resolutions 2719 and 2748 the mission must cut 3,000 soldiers by June.", 3_000d)]
    [InlineData("The governor said 1,500 soldiers would stay at the border and the Title 32 troops would go home.", 1_500d)]
    public void Label_numbers_near_troops_are_not_figures(string sentence, double value) =>
        Assert.Equal(value, Assert.Single(Counts(sentence)).Value);

    // Estimates and call-ups whose number has no troop noun right after it.
    [Theory]
    // thousands set off by a space, at a sentence's end
    [InlineData("Ukraine has sent troops to the border. Officials in Kyiv put their number at more than 2 000.", 2_000d)]
    // a hedge as the connector of an amount noun
    [InlineData("The general spoke of 8,000 troops in the region and of losses above 1,500 since May.", 1_500d)]
    // people whose own verb is a call-up's
    [InlineData("The minister said 150,000 people had been mobilised since the decree.", 150_000d)]
    [InlineData("About 40 thousand people were called up in the first week.", 40_000d)]
    // a verb of estimating alone, its object between it and "at"
    [InlineData("Reservists were called up in March. The ministry put the army's losses in the east at only 3120 people.", 3_120d)]
    public void Estimates_and_call_ups_without_a_troop_noun_are_figures(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("The minister said 150,000 people had been evacuated since the decree.")]
    [InlineData("Troops guard the site. Officials put the cost of the mission at 2.5 billion.")]
    [InlineData("The census puts the town's population at 45 000.")]
    public void The_same_shapes_count_no_troops_with_other_words(string passage) => Assert.Empty(Counts(passage));

    // "over" after a verb it is the particle of is no hedge; elsewhere it is.
    [Theory]
    [InlineData("Kyiv offered to hand over three Russian soldiers held since the spring.", 3d, Hedge.Exact)]
    [InlineData("The army turned over 40 captured soldiers to the Red Cross on Monday.", 40d, Hedge.Exact)]
    [InlineData("Moscow sent over 3,000 soldiers to the region in May.", 3_000d, Hedge.AtLeast)]
    public void Over_after_hand_or_turn_is_no_hedge(string sentence, double value, Hedge hedge) =>
        Assert.Contains(Counts(sentence), c => c.Value == value && c.Hedge == hedge);

    // A table a colon opens after the total it breaks down: its first row is a figure too, and a part of the total.
    [Theory]
    [InlineData("The new mission will field 9,800 soldiers: Ghana 3,100, Senegal 2,700, Togo 2,000 and Benin 2,000.", 3_100d)]
    [InlineData("Four nations sent 5,200 troops: Estonia 1,800, Latvia 1,700 and Finland 1,700.", 1_800d)]
    public void The_first_row_after_a_colon_is_a_part_of_the_total(string sentence, double value) =>
        Assert.Contains(Counts(sentence), c => c.Value == value && c.Kind == TroopKind.Subset);

    [Theory]
    [InlineData("Exports reached 9,800 tonnes: Ghana 3,100, Senegal 2,700 and Togo 2,000.")]
    public void A_table_of_other_things_is_no_figure(string sentence) => Assert.Empty(Counts(sentence));
}

namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// People counted by nationality who are the force of a mercenary, commando or coup story (Studied.S41.nationals.md): those
/// whose own clause says they took part in an attack ("26 Colombians were mixed up in the attack"), and those it says were
/// captured, held or shot dead in a sentence about troops ("two Americans working with him had been captured"). Each has rows
/// where the same words count others: victims of the attack, hostages, bystanders, people held with no force in sight. Our
/// own sentences.
/// </summary>
public class NationalsInAttacksAndCapturesTests
{
    [Theory]
    [InlineData("Police say 26 Colombians were mixed up in the attack on the president's residence.", 26d)]
    [InlineData("Investigators believe 14 Venezuelans took part in the raid on the barracks.", 14d)]
    [InlineData("At least 20 Nigerians were involved in the coup attempt, the junta said.", 20d)]
    [InlineData("Nine Armenians were part of the commando that stormed the palace, prosecutors said.", 9d)]
    [InlineData("Prosecutors say 12 foreign nationals took part in the plot to overthrow the president.", 12d)]
    public void People_counted_by_nationality_who_took_part_in_an_attack_are_its_force(string sentence, double value)
    {
        var count = Assert.Single(Counts(sentence));
        Assert.Equal(value, count.Value ?? count.Low);
        Assert.Equal(TroopKind.Deployment, count.Kind);
    }

    [Theory]
    [InlineData("26 Colombians were caught up in the attack on the hotel.")]
    [InlineData("Officials said 26 Colombians were killed in the attack on the hotel.")]
    [InlineData("Some 40 Britons took part in the protest outside the embassy.")]
    [InlineData("Twelve Germans were involved in the accident on the motorway.")]
    [InlineData("Three Haitians were wounded by the commando.")]
    public void People_counted_by_nationality_near_an_attack_but_not_in_it_are_not_troops(string sentence) =>
        Assert.Empty(Counts(sentence));

    [Theory]
    [InlineData("A former special forces soldier said two Americans working with him had been captured by the army.", 2d)]
    [InlineData("The mercenaries fled the capital. Another 11 Colombians were detained at a farmhouse.", 11d)]
    [InlineData("The peacekeeping mission has 7,000 troops in Darfur. Five Senegalese were shot dead guarding a well near the border.", 5d)]
    [InlineData("Ukraine says two Chinese citizens captured near Donetsk had joined Russian troops.", 2d)]
    public void People_counted_by_nationality_captured_or_shot_dead_in_a_sentence_about_troops_are_casualties(string passage, double value)
    {
        var count = Assert.Single(Counts(passage), c => c.Value == value);
        Assert.Equal(TroopKind.Casualties, count.Kind);
    }

    [Theory]
    [InlineData("Troops freed 12 Colombians held hostage by the rebels.")]
    [InlineData("Soldiers said 12 Colombians held hostage by the rebels were freed.")]
    [InlineData("The army said eight Iraqis who were passing by were detained after the blast.")]
    [InlineData("After the coup, soldiers said 40 Britons were held at the airport for hours before being evacuated.")]
    [InlineData("Police detained 40 Colombians at the airport on Monday.")]
    [InlineData("Three Americans were detained in Tehran on spying charges.")]
    [InlineData("The invasion by American troops lasted weeks. More than 2,000 Dominican citizens died.")]
    public void People_counted_by_nationality_held_or_dead_who_are_not_a_force_are_not_troops(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Kind == TroopKind.Casualties);

    [Theory]
    [InlineData("Police are holding 64 suspected mercenaries. State media said the group consisted of 18 Namibians, 23 Angolans and two Congolese.", new[] { 64d, 18d, 23d, 2d })]
    [InlineData("Police are holding 64 suspected mercenaries. Of the passengers, 20 were South Africans, 18 Namibians and 23 Angolans.", new[] { 64d, 20d, 18d, 23d })]
    [InlineData("Police are holding 64 suspected mercenaries. Of those held, 20 are South Africans and 18 are Namibians.", new[] { 64d, 20d, 18d })]
    public void People_counted_by_nationality_in_a_breakdown_of_a_force_counted_before_are_its_parts(string passage, double[] values)
    {
        var counts = Counts(passage);
        Assert.Equal(values, counts.Select(c => c.Value ?? -1));
        Assert.All(counts.Skip(1), c => Assert.Equal(TroopKind.Subset, c.Kind));
    }

    [Theory]
    [InlineData("The plane crashed on landing. Of the 150 passengers, 20 were South Africans.")]
    [InlineData("The embassy evacuated 300 people. Of those, 20 were South Africans.")]
    [InlineData("The ferry sank off the coast. The ship's company consisted of 18 Filipinos and 12 Indonesians.")]
    [InlineData("Police are holding 64 suspected mercenaries. The airline said 20 were South Africans' relatives.")]
    public void People_counted_by_nationality_in_a_breakdown_of_others_are_not_troops(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Kind == TroopKind.Subset);

    [Theory]
    [InlineData("Of the 26 Colombians investigators place in the commando, 18 have been held since July.", 26d)]
    [InlineData("Survivors say at least 20 compatriots killed in combat lie in morgues.", 20d)]
    public void Members_of_a_commando_and_compatriots_at_war_are_troops(string sentence, double value) =>
        Assert.Contains(Counts(sentence), c => (c.Value ?? c.Low) == value);

    [Theory]
    [InlineData("Three Haitians were wounded by the commando.")]
    [InlineData("The consulate helped 40 compatriots stranded at the airport.")]
    [InlineData("Some 300 countrymen live in the capital.")]
    public void People_harmed_by_a_commando_or_compatriots_at_peace_are_not_troops(string sentence) => Assert.Empty(Counts(sentence));

    [Fact]
    public void Suspects_held_after_a_count_of_mercenaries_are_their_casualties()
    {
        var counts = Counts("Four of the mercenaries have been killed and two arrested, police said. Police now say 17 suspects are in custody, including 15 Colombians.");
        Assert.Equal(TroopKind.Casualties, Assert.Single(counts, c => c.Value == 17).Kind);
        Assert.Equal(TroopKind.Subset, Assert.Single(counts, c => c.Value == 15).Kind);
    }

    [Theory]
    [InlineData("Two soldiers were killed in the bombing. Police said 11 suspects were arrested on Monday.")]
    [InlineData("Police said 11 suspects were arrested after the robbery.")]
    [InlineData("Some 300 villagers fled after the coup. Police said 11 suspects were arrested for looting.")]
    public void Suspects_held_with_no_mercenary_force_counted_before_are_not_troops(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == 11);

    [Theory]
    [InlineData("The Somali army lost 6,000 men. Some 400 Cubans and 30 Soviets also lost their lives.", 400d)]
    [InlineData("The army says 40 Kenyans and 12 Ugandans were wounded in the attack.", 40d)]
    [InlineData("Three soldiers died in the ambush; two Britons and four American soldiers were killed.", 2d)]
    public void People_counted_by_nationality_joined_to_a_count_of_casualties_share_its_verb(string passage, double value) =>
        Assert.Equal(TroopKind.Casualties, Assert.Single(Counts(passage), c => c.Value == value).Kind);

    [Theory]
    [InlineData("Soldiers evacuated 400 Cubans and 30 Soviets from the port.")]
    [InlineData("The army said 400 Cubans and 30 Soviets live in the city.")]
    public void People_counted_by_nationality_joined_to_others_with_no_casualty_verb_are_not_casualties(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == 400);
}

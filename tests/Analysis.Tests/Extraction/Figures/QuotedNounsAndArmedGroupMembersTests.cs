namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// What noun a number counts. Quotation marks inside the number's noun phrase are no words of it
/// (NounAfterNumber), and armed groups are counted by the nouns real copy gives their members.
/// </summary>
public class QuotedNounsAndArmedGroupMembersTests
{
    [Theory]
    // a quoted noun, a quoted modifier, a quotation closed before the noun
    [InlineData("Moscow has sent some 1,200 \"volunteers\" to fight beside the separatists.", 1_200d)]
    [InlineData("The ministry said 900 so-called ‘volunteers’ had crossed the border overnight.", 900d)]
    [InlineData("The general spoke of \"up to 4,000 battle-tested\" soldiers waiting in reserve.", 4_000d)]
    [InlineData("Officials said 600 “elite” paratroopers landed at the airfield.", 600d)]
    public void A_quoted_noun_is_still_the_noun_the_number_counts(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    // a quotation that opens after the number is not its noun
    [InlineData("Some 300 \"Free Tibet\" banners lined the street as the delegation passed.", 300d)]
    [InlineData("Police counted 2,000 protesters chanting \"troops out\" outside the ministry.", 2_000d)]
    // a party's cadres are its officials
    [InlineData("The party sent 300 cadres to the villages to campaign.", 300d)]
    public void A_quotation_of_other_words_makes_no_figure(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    [InlineData("Around 400 gunmen attacked the garrison before dawn, the governor said.", 400d)]
    [InlineData("The jihadist group is thought to field some 3,500 jihadists across the Sahel.", 3_500d)]
    [InlineData("The army said it had killed 27 terrorists in a raid on a hideout near the frontier.", 27d)]
    [InlineData("Up to 6,000 separatists are dug in around the city, Western officials believe.", 6_000d)]
    [InlineData("The government armed some 2,000 paramilitaries to hold the northern roads.", 2_000d)]
    [InlineData("The clashes near Jaffna left 45 LTTE cadres dead, the army said.", 45d)]
    public void Members_of_armed_groups_are_counted_by_their_nouns(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    // a word that refers back, then a verb only troops take or a sending verb
    [InlineData("Engineering troops rebuilt the bridge in six weeks. The remaining 180 people are leaving for their garrison on Friday.", 180d)]
    [InlineData("The battalion has lost heavily near the river. Command is sending another 1,500 people to replace them, an officer said.", 1_500d)]
    // a speaker's own troops in a quotation
    [InlineData("\"Some 3,000 of our soldiers are already on the border,\" the minister said.", 3_000d)]
    [InlineData("\"We have lost 120 of our men in two days,\" the commander told reporters.", 120d)]
    public void People_and_our_men_referred_back_to_are_troops(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    // people killed, fled, evacuated or beside civilians stay people
    [InlineData("Troops shelled the town overnight. Another 40 people were killed in the strikes, officials said.", 40d)]
    [InlineData("Soldiers moved into the valley. Another 2,000 people fled their homes on Sunday.", 2_000d)]
    [InlineData("The army evacuated the border villages. The remaining 300 people, mostly civilians, are leaving today.", 300d)]
    // no word that refers back
    [InlineData("Troops guard the stadium. Some 12,000 people are arriving for the final.", 12_000d)]
    // people an aid body sends, or sent to help
    [InlineData("Peacekeepers patrol the camps. The UN is sending another 2,000 people to help with the refugee crisis.", 2_000d)]
    [InlineData("Troops hold the airport. The agency is sending another 300 people to the camps, a spokesman said.", 300d)]
    public void People_who_are_not_the_troops_make_no_figure(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    [InlineData("Boko Haram still has some 3,000 members in the forests of the northeast, a UN report said.", 3_000d)]
    [InlineData("The jihadist group is believed to have between 4,000 and 6,000 members across the region.", 4_000d)]
    // a body named elsewhere in the clause holds none of them
    [InlineData("The president informed Parliament that 2,900 members of the Hamas armed wing had crossed the border.", 2_900d)]
    [InlineData("Hezbollah has some 40,000 members under arms, the council of ministers was told.", 40_000d)]
    public void Members_of_a_named_armed_group_are_its_fighters(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    // the group's name makes no sentence about troops for the other rules
    [InlineData("At least 800 Kenyans were killed in the al-Shabaab attacks, officials said.", 800d)]
    // members of no armed group
    [InlineData("The union has some 30,000 members in the capital, its leader said.", 30_000d)]
    // members of a governing or political body, or counted by an arrest, a release or a meeting; supporters; suspects
    [InlineData("The Taliban's cabinet has 33 members, the spokesman said.", 33d)]
    [InlineData("Hezbollah said 40 members of its political council met in Beirut.", 40d)]
    [InlineData("Police said they had arrested 25 members of the armed group in the port city.", 25d)]
    [InlineData("Some 2,000 partisans of the opposition leader rallied in the capital.", 2_000d)]
    [InlineData("Police arrested 15 terrorists suspects in a dawn raid.", 15d)]
    [InlineData("Police arrested 15 terrorist suspects in a dawn raid.", 15d)]
    public void An_armed_group_named_beside_other_people_makes_no_figure(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    // a force's strength as the amount's head; a verb of nearing as its connector
    [InlineData("The rebel army keeps growing. Analysts now estimate its strength at about 9,500.", 9_500d)]
    [InlineData("The lawmaker said Russian losses in the sector approached 7,000 in a month.", 7_000d)]
    // a part of a whole that a participle of sending counts
    [InlineData("The general said 2,500 of the 6,000 deployed in March were already at the front.", 2_500d)]
    public void Strengths_nearing_amounts_and_parts_of_troops_sent_are_figures(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);

    [Theory]
    // a part of a whole that is other people
    [InlineData("Some 500 of the 2,000 evacuated from the town were children, the army said.", 500d)]
    public void A_part_of_other_people_is_no_figure(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value || c.Low == value || c.High == value);
}

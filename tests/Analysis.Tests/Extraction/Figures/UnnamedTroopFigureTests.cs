namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures of other troop stories with no troop noun of the usual kind beside them (issue 14; shapes catalogued in
/// RealReporting.md): a filler between the verb and the number, amount nouns of police missions, a pronoun
/// for the force, a bare number as the subject of an arrival verb, people of a country beside a troop figure, nouns of
/// peacekeeping, number words and hedges. Each family has rows where the same words count something else.
/// </summary>
public class UnnamedTroopFigureTests
{
    [Theory]
    [InlineData("Washington has deployed a further 2,000 to the Gulf, the Pentagon said.", 2_000d)]
    [InlineData("More U.S. troops are heading to the Gulf. The deployment will total about 3,500, officials said.", 3_500d)]
    [InlineData("The Mongolian contingent in South Sudan grew again this week. It now stands at roughly 850.", 850d)]
    [InlineData("Kenya leads the police mission in Haiti. Its officers there number about 800.", 800d)]
    [InlineData("Kenya flew more officers in on Saturday, bringing the total number of Kenyan police in Haiti to 744.", 744d)]
    [InlineData("Kenya's fourth contingent of police left Nairobi on Thursday. Nearly 150 landed in Port-au-Prince hours later.", 150d)]
    [InlineData("The 144 police officers who landed on Thursday join more than 600 other Kenyans already deployed.", 600d)]
    [InlineData("Some 400 Kenyan police officers patrol the capital. Three Kenyans also lost their lives on Monday, the mission said.", 3d)]
    [InlineData("About 3,500 more U.S. troops are being sent to join the 2,300 already there.", 2_300d)]
    [InlineData("The Pentagon ordered 3,000 more troops to the region, on top of the 2,300 already there.", 2_300d)]
    [InlineData("Around 1,100 Pakistani blue berets serve with the mission.", 1_100d)]
    [InlineData("The 292 rank and file of the Rwandan battalion flew home on Friday.", 292d)]
    [InlineData("The mission expects an additional 17 military observers from Nepal.", 17d)]
    [InlineData("The force will be made up of 2,500 security personnel, most of them police.", 2_500d)]
    [InlineData("In the drills, roughly 4,000 airborne personnel took part.", 4_000d)]
    [InlineData("The Kremlin's build-up of more than 100,000 near the border alarmed Kyiv.", 100_000d)]
    [InlineData("U.S. troops have been in Iraq since 2003. Their presence stands at about 2,500, the Pentagon said.", 2_500d)]
    [InlineData("Wagner mercenaries guard the mines. Several hundred contractors from the group left last month.", null)]
    public void Counts_troops_with_no_usual_troop_noun(string passage, double? value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("Washington has sent an initial $14,000 to the relief fund.")]
    [InlineData("The ministry has sent an initial 14,000 tonnes of grain to the port.")]
    [InlineData("The army has sent an initial 300 vehicles to the border.")]
    [InlineData("The charity's budget will total about 3,500 this year.")]
    [InlineData("The new road opened in March. It now stands at roughly 850 metres above the valley.")]
    [InlineData("More than 40,000 Palestinians have been killed in Gaza, the health ministry said.")]
    [InlineData("Soldiers evacuated 5,000 Afghans from the airport.")]
    [InlineData("Some 2,000 Kenyans live in Haiti, the embassy said.")]
    [InlineData("Russia has massed 100 battalion tactical groups near the border.")]
    [InlineData("The contingent is organised into four brigades.")]
    [InlineData("Half a million people fled the city.")]
    [InlineData("A couple of hundred protesters gathered outside the embassy.")]
    [InlineData("A few dozen tanks and some two dozen drones crossed the border.")]
    [InlineData("Men aged 18 to 60 may not leave the country.")]
    [InlineData("The police said 12 people were killed in the blast.")]
    [InlineData("Police officers said 300 arrived at the stadium.")]
    [InlineData("The 40-year-old officer joined the army in 1984.")]
    [InlineData("The retailer's presence in the city stands at about 300.")]
    [InlineData("The build-up of stock reached 40,000 tonnes.")]
    public void Does_not_count_other_things_in_those_shapes(string passage) => Assert.Empty(Counts(passage));

    [Theory]
    [InlineData("Wagner has kept mercenaries in the Central African Republic since 2018.\n\nAround 1,500 remain, a military source said.", 1_500d)]
    [InlineData("North Korean troops are arriving in the Kursk region.\n\nThere may soon be 40,000 of them, the official said.", 40_000d)]
    [InlineData("Russia keeps adding soldiers near the border.\n\nThe number could reach 100,000 by spring, Kyiv believes.", 100_000d)]
    public void Reads_a_bare_number_against_the_paragraph_before(string passage, double value) =>
        Assert.Equal([value], Counts(passage).Select(c => c.Value ?? 0));

    [Theory]
    [InlineData("Wagner has kept mercenaries in the Central African Republic since 2018.\n\nThe company's mines employ 1,500 and its timber arm 800.")]
    [InlineData("Troops guarded the polling stations.\n\nAbout 1,500 voted before noon, the commission said.")]
    public void Does_not_count_other_numbers_of_the_paragraph_after(string passage) => Assert.Empty(Counts(passage));

    [Theory]
    [InlineData("The first 1,500 North Korean troops reached Vladivostok in October. Seoul expects about 12,000 by the end of the year.", 12_000d)]
    [InlineData("North Korean troops returned to the front in February, and between 1,000 and 3,000 more had been sent since January.", null)]
    [InlineData("Seoul now counts 5,000 North Korean soldiers in Russia, with 8,000 more due by March.", 8_000d)]
    [InlineData("Last year the North sent around 11,000 troops to Russia; this year it has added some 3,000.", 3_000d)]
    [InlineData("North Korean troops 'could reach 100,000' - Ukrainian intelligence", 100_000d)]
    [InlineData("Chad will send 2,900 members of its armed forces to the mission for a year.", 2_900d)]
    [InlineData("The new force will number up to 5,550 members, the council said.", 5_550d)]
    [InlineData("Jamaica will put 200 soldiers at the disposal of the force; the Bahamas has offered 150.", 150d)]
    public void Counts_what_a_sentence_about_troops_expects_adds_or_quotes(string passage, double? value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("Organisers expect about 12,000 by the evening.")]
    [InlineData("The census counted 3,000 more in the north this year.")]
    [InlineData("Several hundred to 1,000 people attended the rally.")]
    [InlineData("The vote to send troops passed with 400 members of parliament in favour.")]
    [InlineData("The club has 2,900 members and has offered 150 to the fund.")]
    public void Does_not_count_what_other_sentences_expect(string passage) => Assert.Empty(Counts(passage));

    [Fact]
    public void A_vague_amount_to_a_number_is_a_range()
    {
        var count = Assert.Single(Counts("Several hundred to 1,000 fighters back the eastern commander."));
        Assert.Equal((null, 200d, 1_000d, Hedge.Range), (count.Value, count.Low, count.High, count.Hedge));
    }

    [Fact]
    public void A_number_of_other_people_after_a_troop_figure_is_not_one()
    {
        var counts = Counts("The brigade will have up to 5,000 soldiers. Of these, about 200 will be civilians.");
        Assert.Equal([5_000d], counts.Select(c => c.Value ?? 0));
    }

    [Theory]
    [InlineData("Nearly two dozen peacekeepers were wounded.", 24d, null, null, Hedge.Approximate)]
    [InlineData("A few dozen commandos landed on the island.", null, 24d, 108d, Hedge.Vague)]
    [InlineData("Half a million reservists were called up.", 500_000d, null, null, Hedge.Exact)]
    [InlineData("A couple of thousand troops crossed the river.", null, 2_000d, 9_000d, Hedge.Vague)]
    [InlineData("Pentagon: 'a couple of thousand' more troops moving toward the front", null, 2_000d, 9_000d, Hedge.Vague)]
    [InlineData("The agency says four-thousand-100 soldiers have been injured.", 4_100d, null, null, Hedge.Exact)]
    [InlineData("Just shy of 5,000 troops remain in the country.", 5_000d, null, 5_000d, Hedge.AtMost)]
    [InlineData("Slightly more than 3,000 soldiers arrived.", 3_000d, 3_000d, null, Hedge.AtLeast)]
    [InlineData("A little under 900 marines are aboard the ship.", 900d, null, 900d, Hedge.AtMost)]
    [InlineData("As few as 300 soldiers defend the town.", 300d, 300d, null, Hedge.AtLeast)]
    [InlineData("Between about 5,000 and 6,000 soldiers are in the area.", null, 5_000d, 6_000d, Hedge.Range)]
    [InlineData("From 3,000 up to 5,000 soldiers could be sent.", null, 3_000d, 5_000d, Hedge.Range)]
    [InlineData("From July 2025 up to 5,000 troops will be held at readiness.", 5_000d, null, 5_000d, Hedge.AtMost)]
    public void Reads_number_words_and_hedges(string sentence, double? value, double? low, double? high, Hedge hedge)
    {
        var count = Assert.Single(Counts(sentence));
        Assert.Equal((value, low, high, hedge), (count.Value, count.Low, count.High, count.Hedge));
    }
}

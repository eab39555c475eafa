namespace Analysis.Tests.Extraction.Regressions;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Near misses of the wider figure recall (a passage about troops, bare followers, prisoners,
/// possessive owners, "of them"), each beside the shape its rule was written for: both must hold. A bare number of a sentence
/// not itself about troops leans on the count before it, which must be a troop figure, and needs a verb troops take; a
/// number with a noun of its own that is no troop noun is never a bare figure. The sentences are ours.
/// </summary>
public class BareFollowersTests
{
    [Theory]
    // A noun of the number's own: targets, prisoners of a camp, homes of people.
    [InlineData("Some 2,400 US troops remain in Syria. The coalition has struck 300 targets.", 300)]
    [InlineData("About 900 US troops stay in Syria. Islamic State still holds 9,000 prisoners in camps run by the SDF.", 9000)]
    [InlineData("Soldiers guarded 5,000 prisoners at the camp near Hasakah.", 5000)]
    [InlineData("Armenia asked Russia's 3,000 troops to stay. Azerbaijan's army took 120,000 Armenians' homes in Karabakh.", 120000)]
    // The count before is people, not troops: what follows leans on it.
    [InlineData("Chad's army has 30,000 soldiers. It fought Boko Haram, which killed 40,000 people. Some 2.8 million have fled their homes.", 2800000)]
    [InlineData("Ukraine's army lost 8,000 soldiers there. The town had 30,000 residents before the war; now 2,000 remain.", 2000)]
    [InlineData("Russia has 30,000 troops near Kharkiv, Ukraine's army said. Overnight Russia launched 400 at Kyiv. Air defences shot down 350 of them.", 350)]
    [InlineData("Mobilisation brought in 300,000 men. About 700,000 fled abroad. Kazakhstan received 200,000 of them.", 200000)]
    [InlineData("The army sent 3,000 soldiers to the flooded province. They rescued 12,000 people. Some 800 had died by Friday.", 800)]
    [InlineData("Some 20,000 troops took part in the drills. Police detained 150 protesters. Another 40 were fined.", 40)]
    [InlineData("Poland will send 2,000 soldiers to the border. In 2021 there were 40,000 attempts to cross. That fell to 16,000 in 2022.", 16000)]
    [InlineData("Some 3,000 US troops are on the border. Border agents apprehended 250,000 in December. 7,000 crossed on one day.", 7000)]
    [InlineData("Some 2,000 peacekeepers are deployed in the zone. Another 4,000 were evacuated from nearby villages. About 300 remain missing.", 300)]
    [InlineData("Some 2,000 peacekeepers are deployed in the zone. Another 4,000 were evacuated from nearby villages.", 4000)]
    [InlineData("Israel called up 360,000 reservists. Hamas gunmen killed 1,200 people and took 251 hostages. Of them, 100 were freed.", 100)]
    [InlineData("About 4,000 soldiers joined the parade. Kim watched with 50,000 spectators. Around 10,000 came from the provinces.", 10000)]
    // The verb is none of troops, or the troops are too far back.
    [InlineData("The Pentagon sent 2,000 troops to the border. The wall has 700 miles of fencing. About 400 have been built since January.", 400)]
    [InlineData("About 3,000 troops are on the border. The harvest failed. Prices rose. Some 800 had died by Friday.", 800)]
    public void Not_a_troop_figure(string passage, double value) =>
        Assert.DoesNotContain(value, Values(passage));

    [Theory]
    // Prisoners an army took, of a country, or convicts recruited to serve.
    [InlineData("Tigrayan leaders said their forces had taken more than 6,000 prisoners in the offensive.", 6000)]
    [InlineData("Russian troops attacked again; Kyiv said it was holding four Cuban prisoners.", 4)]
    [InlineData("Russia's army recruited 30,000 prisoners into Storm-Z units.", 30000)]
    // A possessive owner in a sentence about troops.
    [InlineData("Azerbaijan's army of 65,000 is larger than Armenia's 45,000.", 45000)]
    // The count before is a troop figure: "of them", "more", losses and the subject of a verb troops take lean on it.
    [InlineData("The brigade has 3,500 soldiers. Of them, 500 are women.", 500)]
    [InlineData("Ukraine's army lost 8,000 soldiers in the battle. Russia lost 15,000.", 15000)]
    [InlineData("Mobilisation in Russia brought in 300,000 men. Kazakhstan received 20,000 of them.", 20000)]
    [InlineData("The North sent a total of 15,000 troops in two waves, the NIS said. About 600 have died and 4,100 have been injured.", 4100)]
    [InlineData("About 2,000 U.S. troops will move to Poland, Austin said. Biden spoke with Duda on Tuesday. The president said 1,000 more could follow.", 1000)]
    [InlineData("Ruto said 1,000 police would go. The president said they would leave in May. Haiti's prime minister said 200 had arrived.", 200)]
    [InlineData("Some 400 Kenyan police have been patrolling near the airport, AP reported. A thousand are supposed to deploy.", 1000)]
    [InlineData("Russia sent 10,000 troops for the drills, Minsk said. Belarus fielded 2,500.", 2500)]
    [InlineData("Thousands of Wagner fighters left Mali. Some 600 stayed.", 600)]
    // A reporter's hedge before the verb: "were thought to be", "are believed to have".
    [InlineData("Burundian soldiers began crossing the lake in August. Some 900 were thought to be in Congo a month later.", 900)]
    [InlineData("Burundian soldiers began crossing the lake in August. About 400 are believed to have crossed back.", 400)]
    public void Still_a_troop_figure(string passage, double value) =>
        Assert.Contains(value, Values(passage));

    [Theory]
    // An office no titled source fits is held by the one person just named without a title; with several, by none.
    [InlineData("Biden met Zelensky and Erdogan in Vilnius. Zelensky asked for more. The president said 3,000 U.S. troops would go to Romania.", 3000, null)]
    [InlineData("Volodymyr Zelensky spoke in Kyiv on Saturday. The president said 12,000 North Korean soldiers were in Kursk.", 12000, "Volodymyr Zelensky")]
    public void An_office_held_by_the_one_untitled_person(string passage, double value, string? origin) =>
        Assert.Equal(origin, Assert.Single(Counts(passage), c => c.Value == value).AttributedTo);
}

namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures of casualties and call-ups, both ways. Found: casualty nouns bound to the military and a country's words for its
/// soldiers ("jawans", "KIA", "military deaths"), the mobilised as a noun, bare numbers whose own verb only soldiers take
/// ("would be called up", "had been drafted"), "N more" after a verb of calling up. Not found: tolls of people that name
/// civilians (only the soldiers' own count is theirs), what soldiers own ("soldiers' families"), sums in millions after a
/// money word, ages. Each family has rows where the same shape is the other way.
/// </summary>
public class CasualtyNounsAndCallUpsTests
{
    [Theory]
    [InlineData("Nearly 1,000 jawans were deployed along the Line of Control on Sunday.", 1_000d)]
    [InlineData("Six sepoys were martyred when militants attacked the post.", 6d)]
    [InlineData("The long war has cost the country more than 70,000 military deaths, the study found.", 70_000d)]
    [InlineData("The brigade recorded at least 300 KIA over the winter.", 300d)]
    [InlineData("Western officials say Moscow's killed in action now number about 120,000.", 120_000d)]
    // the troops' dead named by a relative, however few
    [InlineData("The general welcomed the sappers of the engineer regiment home and honoured the seven who died in the fields.", 7d)]
    // a force's war dead
    [InlineData("The brigade's losses in the campaign came to 4,100, including 1,300 war dead.", 1_300d)]
    // the hurt a blast leaves without wounds
    [InlineData("Fourteen Australian soldiers were treated for concussion symptoms after the rocket attack, the army said.", 14d)]
    // the dead counted by name
    [InlineData("Volunteers have matched 6,210 named Wagner dead to the siege, the newspaper reported.", 6_210d)]
    [InlineData("The army's losses were heavy: researchers have logged 930 confirmed Hamas dead since May.", 930d)]
    [InlineData("The minister said 82,000 of the mobilised were already at the front.", 82_000d)]
    [InlineData("About 41,000 mobilised men are still in training camps, the minister said.", 41_000d)]
    [InlineData("The minister said 300,000 would be called up in the first wave.", 300_000d)]
    [InlineData("Some 222,000 had been drafted by the end of October, officials said.", 222_000d)]
    [InlineData("A further 130,000 are to be conscripted in the autumn.", 130_000d)]
    [InlineData("About 60,000 will report for duty in the coming weeks, the spokesman said.", 60_000d)]
    [InlineData("Kyiv aims to draft 160,000 more by the summer.", 160_000d)]
    [InlineData("The partial mobilisation will concern 300 thousand people with combat experience.", 300_000d)]
    [InlineData("The army said 250 were killed in action, and 30 civilians died in the shelling.", 250d)]
    [InlineData("The toll among servicemen rose to 112, while 40 civilians were killed.", 112d)]
    [InlineData("About 1.5 million are enlisted in the army, which has a budget of 40 billion rubles.", 1_500_000d)]
    [InlineData("Losses of the enemy amounted to 45 dead and 120 wounded, the spokesman said.", 120d)]
    // Near miss: a comparative before a count of soldiers, not an age.
    [InlineData("Soldiers over 40 were sent to the rear; the brigade kept over 60 men at the front.", 60d)]
    public void Counts_casualty_and_call_up_figures(string passage, double value) =>
        Assert.Contains(Counts(passage), c => (c.Value ?? c.Low) == value);

    [Theory]
    [InlineData("Thai officials said the death toll had risen to 32, including 19 civilians and 13 soldiers.", 32d)]
    [InlineData("The death toll from the shelling rose to 15, of whom 14 were civilians, the health ministry said.", 15d)]
    [InlineData("The shelling left 13 dead, eight of them civilians, the army said.", 13d)]
    [InlineData("The shelling left 13 dead, eight of them civilians, the army said.", 8d)]
    [InlineData("The fighting killed 16 soldiers and 4 civilians, bringing the total death toll to 20.", 20d)]
    [InlineData("The army said the casualties numbered 120, of whom 70 were civilians.", 120d)]
    [InlineData("The Thai army reported 14 dead, including 13 civilians.", 14d)]
    [InlineData("More than 4,000 soldiers' families received compensation this year.", 4_000d)]
    [InlineData("Washington approved $1.2 billion in military aid, including 400 million for training 8,000 soldiers.", 400_000_000d)]
    [InlineData("The mission, set up with 6,700 troops, now has a budget of 500 million.", 500_000_000d)]
    [InlineData("Kyiv lowered the mobilisation age to 25 last year.", 25d)]
    [InlineData("The recruitment age for reservists was raised to 50, and 300,000 men will be called up.", 50d)]
    // An age a comparative gives right after people named by sex or age.
    [InlineData("Men over 18 were held back at the checkpoint, the spokesman said.", 18d)]
    [InlineData("Boys under 15 were sent home with the women.", 15d)]
    [InlineData("Some 300 have been deployed to the city, police said.", 300d)]
    [InlineData("The army said 40 were wounded when its soldiers opened fire on protesters.", 40d)]
    [InlineData("About 4,000 have fled into Chad since the troops arrived.", 4_000d)]
    [InlineData("The toll of the quake amounted to 45 dead.", 45d)]
    [InlineData("Troops fired on the march; the two who died were students.", 2d)]
    [InlineData("The attack killed 13 people, eight of them civilians.", 8d)]
    [InlineData("About 12,000 North Koreans were sent, 3,000 of them workers.", 3_000d)]
    public void Leaves_tolls_of_people_money_ages_and_what_soldiers_own(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => (c.Value ?? c.Low) == value);

    [Theory]
    // translated copy's calques of "más de", "cerca de", "alrededor de"; British "close on"
    [InlineData("More of 10.000 soldiers were deployed to the border, the ministry said.", 10_000d, Hedge.AtLeast)]
    [InlineData("Near to 2.000 soldiers arrived on Monday.", 2_000d, Hedge.Approximate)]
    [InlineData("Around of 500 paratroopers landed at the airport.", 500d, Hedge.Approximate)]
    [InlineData("The deployment is close on 3,000 troops.", 3_000d, Hedge.Approximate)]
    public void Reads_translated_hedges(string passage, double value, Hedge hedge) =>
        Assert.Contains(Counts(passage), c => (c.Value ?? c.Low) == value && c.Hedge == hedge);

    [Theory]
    // the soldiers' own count in a toll of people stays
    [InlineData("Thai officials said the death toll had risen to 32, including 19 civilians and 13 soldiers.", 13d)]
    [InlineData("The fighting killed 16 soldiers and 4 civilians, bringing the total death toll to 20.", 16d)]
    [InlineData("Washington approved $1.2 billion in military aid, including 400 million for training 8,000 soldiers.", 8_000d)]
    [InlineData("The recruitment age for reservists was raised to 50, and 300,000 men will be called up.", 300_000d)]
    [InlineData("Some 14,000 people died in the war, about 4,400 of them Ukrainian soldiers.", 4_400d)]
    [InlineData("Around 30,000 are in Belarus for joint drills, the alliance said.", 30_000d)]
    public void Keeps_the_soldiers_own_count_beside_them(string passage, double value) =>
        Assert.Contains(Counts(passage), c => (c.Value ?? c.Low) == value);
}

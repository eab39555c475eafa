namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Wire copy of attacks tells the wounded after the dead in a pair whose second count has no noun: "One peacekeeper was killed
/// and three were wounded", "killing four soldiers and wounding 11", "one soldier succumbed to his injuries while two sustained
/// minor injuries", "and two are still missing". The second count is the troops' casualties too, however few (the first may be
/// one, no figure). A toll raised "since" a year "to" its number is a toll, not a score of the year against the number
/// ("bringing the mission's toll since 2013 to 62"); a toll that "could pass" a number is at least that number. Near misses: a
/// pair whose second count names others (civilians, percentages, people who fled, people waiting), a clause of police and
/// protesters, the enemy's dead counted by a verb of killing, a year, a vote, a toll of a flood. The sentences are ours, in the
/// shapes of wire and regional copy on Sahel, Somalia, Darfur, Iraq and Mali attacks (2003-2022).
/// </summary>
public class CasualtyPairsAndYearTollsTests
{
    [Theory]
    [InlineData("One Nigerien peacekeeper was killed and three were wounded when gunmen fired on the patrol.", 3)]
    [InlineData("One Ugandan soldier succumbed to injuries while two sustained minor injuries, the spokesman said.", 2)]
    [InlineData("A roadside bomb struck the convoy, killing four Chadian soldiers and wounding 11.", 11)]
    [InlineData("A suicide bomber struck the base, killing one French soldier and seriously wounding three.", 3)]
    [InlineData("The mine killed one Pakistani soldier and injured five, the mission said.", 5)]
    [InlineData("A truck bomb flattened the barracks, killing 40 Italian paratroopers and wounding 19.", 19)]
    [InlineData("One Dutch soldier was killed and three were seriously wounded when the patrol hit a mine.", 3)]
    [InlineData("One Malian soldier died and two are still missing, the army said.", 2)]
    public void Second_count_of_a_casualty_pair_counts_the_troops_casualties(string sentence, double value) =>
        Assert.Equal(TroopKind.Casualties, Of("Attack\n\n" + sentence, value).Kind);

    [Theory]
    [InlineData("Five Togolese peacekeepers were killed on Monday, bringing the mission's toll since 2013 to 62.", 62)]
    [InlineData("The attack brought the number of peacekeepers killed in Mali since 2013 to 140.", 140)]
    [InlineData("Three more soldiers died in the raid, taking the army's losses since 2019 to 410.", 410)]
    public void A_toll_raised_since_a_year_to_its_number_is_a_toll(string sentence, double value) =>
        Assert.Equal(TroopKind.Casualties, Of("Attack\n\n" + sentence, value).Kind);

    // "the death toll could pass 30": a modal before a hedge that is a verb joins the toll to its number, at least.
    [Fact]
    public void A_toll_that_could_pass_a_number_is_at_least_it()
    {
        var count = Of("Attack\n\nNine soldiers died in the raid, and with others still missing the death toll could pass 30, security sources said.", 30);
        Assert.Equal((TroopKind.Casualties, Hedge.AtLeast), (count.Kind, count.Hedge));
    }

    // Near misses: the second count names others, the first clause is not the troops', the verb counts the enemy's dead, a year.
    [Theory]
    [InlineData("One soldier was killed and 12 civilians were wounded.", 12)]
    [InlineData("Police said one protester was killed and 14 were wounded.", 14)]
    [InlineData("One soldier was killed and 2,000 people fled the town.", 2000)]
    [InlineData("The patrol lost one soldier and killed 12, the army said.", 12)]
    [InlineData("One soldier was killed in the raid, and troops hit back, killing 30.", 30)]
    [InlineData("The army said one soldier was killed and 40 percent of the town was damaged.", 40)]
    [InlineData("A soldier was wounded in 2014 and 2015 was calmer.", 2015)]
    [InlineData("One soldier was killed and the house voted 312 to 62 to extend the mission.", 62)]
    [InlineData("One soldier was killed and 30 were still waiting for relief.", 30)]
    [InlineData("The death toll from the floods could pass 300, the army said.", 300)]
    public void Near_misses_stay_out(string sentence, double value) =>
        Assert.DoesNotContain(DocumentCounts("Attack\n\n" + sentence), c => c.Value == value);
}

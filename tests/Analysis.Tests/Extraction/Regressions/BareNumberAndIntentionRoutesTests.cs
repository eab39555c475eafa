namespace Analysis.Tests.Extraction.Regressions;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// What the bare-number route (TroopCountFinder.RefersBackToTroops) and the intention route of status
/// (TroopCountFinder.GoverningClause) must leave alone: a later clause whose own verb says the number counts something
/// else, a speaker's new claim, a vote tally, a number set off after a noun that is no troop word, and a force already
/// there or a plan told as done. Each table holds both ways.
/// </summary>
public class BareNumberAndIntentionRoutesTests
{
    private static bool Has(string passage, double value) =>
        Counts(passage).Any(c => c.Value == value || c.Low == value || c.High == value);

    private static EstimateStatus StatusOf(string sentence, double value) => Of("Untitled\n\n" + sentence, value).Status;

    [Theory]
    // The later clause's own verb is not one of troops: the number counts other people.
    [InlineData("About 4,000 marines were flown to the island, although 25,000 queued for food at the port.", 25_000d, false)]
    [InlineData("Some 2,500 soldiers reached the flooded valley, though 60,000 still need clean water.", 60_000d, false)]
    [InlineData("The army moved 1,500 troops into the province, while 9,000 were evacuated from the coast.", 9_000d, false)]
    // A speaker's verb opens the clause: another claim starts.
    [InlineData("The interior ministry said 2,000 soldiers were on duty, but organisers said 15,000 took to the streets.", 15_000d, false)]
    // A verb of troops, or none at all: the number still counts them.
    [InlineData("Some 2,500 soldiers reached the flooded valley, though only 1,200 remain there now.", 1_200d, true)]
    [InlineData("The rebels say they have 7,000 fighters in the hills, while Western officials estimate fewer than 5,000.", 5_000d, true)]
    [InlineData("The army flew 3,000 paratroopers to the border; a further 2,000 arrived by road.", 2_000d, true)]
    public void A_later_clause_counts_troops_only_with_a_troop_verb_or_none(string passage, double value, bool found) =>
        Assert.Equal(found, Has(passage, value));

    [Theory]
    // A vote or a score after a troop figure: neither number of the pair.
    [InlineData("Lawmakers backed sending 600 troops to the Sahel mission, 344 to 198.", 344d, false)]
    [InlineData("Lawmakers backed sending 600 troops to the Sahel mission, 344 to 198.", 198d, false)]
    [InlineData("The upper house endorsed the 1,200-strong deployment, and the lower house followed 402-131.", 402d, false)]
    // After a word of voting, whatever the order and whatever follows.
    [InlineData("The assembly voted 71 to 24 to keep 1,100 peacekeepers in the buffer zone.", 24d, false)]
    // A range rises, and a change is told with "from": both stay.
    [InlineData("The ministry sent 600 troops in May, and 1,000 to 1,500 more in June.", 1_500d, true)]
    [InlineData("The garrison was cut from 4,000 to 2,500.", 4_000d, true)]
    public void A_tally_is_no_count(string passage, double value, bool found) =>
        Assert.Equal(found, Has(passage, value));

    [Theory]
    // Set off by a comma after a noun that is no troop word: it counts that noun.
    [InlineData("The soldiers' children, roughly 3,000, gathered at the harbour gates.", 3_000d, false)]
    [InlineData("The troops' spouses, some 1,500, marched to the ministry.", 1_500d, false)]
    // After a troop word: the troops.
    [InlineData("The paratroopers, roughly 3,000, left the base at dawn.", 3_000d, true)]
    public void An_apposition_counts_its_own_head(string passage, double value, bool found) =>
        Assert.Equal(found, Has(passage, value));

    [Theory]
    // No count before it: a crowd the troops are among, or whose relative clause has a verb none of troops.
    [InlineData("Uniformed soldiers were among the 3,000 who attended the memorial service in the capital.", 3_000d, false)]
    [InlineData("Some troops were among the 5,000 who lined the route of the parade.", 5_000d, false)]
    [InlineData("Reservists stood at the gates as 8,000 who had queued since dawn filed past.", 8_000d, false)]
    // Troops named before a number they are not among: the troops.
    [InlineData("The losses among the rebel troops have now passed the 1,800, its commander admitted.", 1_800d, true)]
    public void A_crowd_the_troops_are_among_is_no_count(string passage, double value, bool found) =>
        Assert.Equal(found, Has(passage, value));

    [Theory]
    // An intention whose object is a force already there, definite or placed by a participle, stays current.
    [InlineData("Tokyo hopes to reassure the 54,000 American troops based in Japan.", 54_000d, EstimateStatus.Current)]
    [InlineData("Berlin wants to protect 4,800 soldiers stationed in Lithuania.", 4_800d, EstimateStatus.Current)]
    // A plan told as done: current.
    [InlineData("The decision to pull out 2,200 troops was carried out last spring, the ministry said.", 2_200d, EstimateStatus.Current)]
    [InlineData("The order to withdraw 900 soldiers took effect in March.", 900d, EstimateStatus.Current)]
    // A force still to come: planned.
    [InlineData("Berlin wants to send 4,800 soldiers to Lithuania.", 4_800d, EstimateStatus.Planned)]
    [InlineData("The decision to pull out 2,200 troops drew criticism, the ministry said.", 2_200d, EstimateStatus.Planned)]
    public void An_intention_plans_only_a_force_still_to_come(string sentence, double value, EstimateStatus status) =>
        Assert.Equal(status, StatusOf(sentence, value));
}

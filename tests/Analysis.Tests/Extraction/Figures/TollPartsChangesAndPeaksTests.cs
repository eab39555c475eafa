namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figures misread in real reporting: "N of them" right after a casualty count is a part of
/// that toll (unless its own troop noun counts soldiers inside a toll of people), the end of a change ("from A to B") counts
/// what its start counts, "out of action" is a casualty word, a peak a force came down from is a figure, and build-up words
/// of real border reporting place the troops.
/// </summary>
public class TollPartsChangesAndPeaksTests
{
    private static TroopCount One(string sentence, double value) => Assert.Single(Counts(sentence), c => c.Value == value);

    // A casualty count, then "N of them": the part is a subset of the toll.
    [Theory]
    [InlineData("The navy's count of its dead reached 300 on Friday, 120 of them killed in the last week, the military said.", 300d, 120d)]
    [InlineData("Forty peacekeepers, nine of them Irish, were wounded on Sunday, the mission said.", 40d, 9d)]
    [InlineData("The ministry said 2,000 soldiers were killed, about 300 of them officers.", 2_000d, 300d)]
    public void N_of_them_after_a_casualty_count_is_a_part_of_it(string sentence, double whole, double part)
    {
        Assert.Equal(TroopKind.Casualties, One(sentence, whole).Kind);
        Assert.Equal(TroopKind.Subset, One(sentence, part).Kind);
    }

    // Not when the whole is a toll of people and the part's own noun names soldiers, nor when the whole is a deployment that
    // the part's verb makes casualties.
    [Theory]
    [InlineData("The toll reached 21 dead, seven of them soldiers, the governor said.", 7d, TroopKind.Casualties)]
    [InlineData("Of the 9,000 soldiers sent, 2,500 of them have been killed or wounded.", 2_500d, TroopKind.Casualties)]
    [InlineData("The army has 5,000 troops in the region, 1,200 of them near the border.", 1_200d, TroopKind.Subset)]
    public void Other_parts_keep_their_kind(string sentence, double value, TroopKind kind) =>
        Assert.Equal(kind, One(sentence, value).Kind);

    // The two ends of a change count the same thing: an army's size at two times stays an army's size.
    [Theory]
    [InlineData("The army plans to grow from 1.15 million to 1.5 million service members.", 1_150_000d, 1_500_000d, TroopKind.ArmySize)]
    [InlineData("The mission will grow from 2,000 to 3,500 troops next year.", 2_000d, 3_500d, TroopKind.Deployment)]
    public void The_end_of_a_change_counts_what_its_start_counts(string sentence, double from, double to, TroopKind kind)
    {
        Assert.Equal(kind, One(sentence, from).Kind);
        Assert.Equal(kind, One(sentence, to).Kind);
    }

    // "put out of action/combat": the war reports' word for killed and wounded together; combat alone is no loss.
    [Theory]
    [InlineData("About 1,500 enemy troops were put out of combat in the offensive, the general staff said.", 1_500d, TroopKind.Casualties)]
    [InlineData("About 1,500 troops took part in the combat drills near the border.", 1_500d, TroopKind.Deployment)]
    public void Out_of_combat_is_a_loss(string sentence, double value, TroopKind kind) => Assert.Equal(kind, One(sentence, value).Kind);

    // Build-up and presence words of real border reporting are deployment cues, nearer the figure than the army that owns it;
    // an army's own count ("number") stays its size.
    [Theory]
    [InlineData("The country's armed forces kept roughly 12,000 troops arrayed along the ridge.", 12_000d, TroopKind.Deployment)]
    [InlineData("The army has 3,000 soldiers encamped a few kilometres from the frontier, officials said.", 3_000d, TroopKind.Deployment)]
    [InlineData("The country's armed forces number about 250,000, far fewer than its neighbour's.", 250_000d, TroopKind.ArmySize)]
    public void Build_up_words_place_the_troops(string sentence, double value, TroopKind kind) => Assert.Equal(kind, One(sentence, value).Kind);

    // A peak the force came down from is an earlier count of it.
    [Theory]
    [InlineData("The contingent of troops is down to 2,000 from a peak of 9,000, the minister said.", 9_000d)]
    public void A_peak_is_a_figure(string sentence, double value) => Assert.Contains(Counts(sentence), c => c.Value == value);

    [Theory]
    [InlineData("The river is down to 2 metres from a peak of 9 metres, the mayor said.")]
    public void A_peak_of_other_things_is_none(string sentence) => Assert.Empty(Counts(sentence));
}

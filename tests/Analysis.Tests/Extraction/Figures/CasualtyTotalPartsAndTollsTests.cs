namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Casualty figures misread in real reporting: the parts of a casualty total are its subset
/// (a colon or "including" after the total, also past a speech clause), a casualty word as the subject of a verb of reaching
/// makes the figure a toll whatever noun follows, and a branch or rank word may stand before the troop noun.
/// </summary>
public class CasualtyTotalPartsAndTollsTests
{
    private static TroopCount One(string sentence, double value) => Assert.Single(Counts(sentence), c => c.Value == value);

    // A casualty total, then its parts: the total is casualties, each part a subset of it.
    [Theory]
    [InlineData("Rebel losses have exceeded 9,300 fighters, the army said on Monday: about 4,100 killed, 5,000 wounded and 200 captured.", 9_300d, 4_100d)]
    [InlineData("Enemy casualties have reached 3,400 soldiers since the spring, including more than 1,500 killed.", 3_400d, 1_500d)]
    [InlineData("The brigade's casualties rose to 640 troops: 210 killed and 430 wounded.", 640d, 210d)]
    public void The_parts_of_a_casualty_total_are_its_subset(string sentence, double total, double part)
    {
        Assert.Equal(TroopKind.Casualties, One(sentence, total).Kind);
        Assert.Equal(TroopKind.Subset, One(sentence, part).Kind);
    }

    // The same shapes where the whole is no casualty total: a part that befell a loss is a casualty count, and a total that is
    // reached by no casualty word is no toll.
    [Theory]
    [InlineData("The country sent 12,000 soldiers to the front, the minister said: about 2,500 were killed.", 2_500d, TroopKind.Casualties)]
    [InlineData("The garrison has reached 4,200 troops since the spring, officials said.", 4_200d, TroopKind.Deployment)]
    [InlineData("The mission's strength stood at 8,000 soldiers last year.", 8_000d, TroopKind.Deployment)]
    public void Parts_and_totals_of_other_wholes_keep_their_kind(string sentence, double value, TroopKind kind) =>
        Assert.Equal(kind, One(sentence, value).Kind);

    // A branch of service or a rank between the number and the troop noun.
    [Theory]
    [InlineData("About 150 logistics soldiers flew to the island on Friday.", 150d)]
    [InlineData("Some 80 logistics support personnel will join the rotation next month.", 80d)]
    [InlineData("Around 60 junior officers and sailors moved into the new barracks.", 60d)]
    public void A_branch_or_rank_before_the_troop_noun_makes_a_figure(string sentence, double value) =>
        Assert.Contains(Counts(sentence), c => c.Value == value);

    [Theory]
    [InlineData("The port handles 150 logistics containers a day.")]
    [InlineData("About 40 junior staff of the embassy left the capital.")]
    public void The_same_words_before_other_nouns_make_no_figure(string sentence) => Assert.Empty(Counts(sentence));
}

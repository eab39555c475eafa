namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figure shapes read in real copy of both troop stories (RealReporting.md): forces named by how
/// they are based ("62,000 permanent forces", "rotational troops"), the enemy's soldiers as Ukrainian commanders name them
/// ("neutralised more than 15,000 invaders"), an estimate placed rather than put ("places the figure closer to 12,000"), and
/// a hedge quoted alone with the number outside it ("would transfer \"at least\" 1,000 soldiers"). Each family has rows where
/// the same words count something else.
/// </summary>
public class BasedForcesAndQuotedHedgesTests
{
    [Theory]
    [InlineData("The alliance keeps about 41,000 permanent forces on the continent, officials said.", 41_000d)]
    [InlineData("Washington will station 2,400 rotational troops in Bulgaria next year.", 2_400d)]
    [InlineData("Some 1,800 rotating soldiers serve at the base near the border.", 1_800d)]
    [InlineData("Our soldiers neutralised more than 7,000 invaders near the town last month, the commander said.", 7_000d)]
    [InlineData("Ukrainian troops killed 1,250 Russian invaders on Sunday, the General Staff said.", 1_250d)]
    [InlineData("Seoul believes at least 8,000 North Korean troops are in Russia, but Kyiv places the figure closer to 10,500.", 10_500d)]
    public void Counts_the_shapes_real_copy_writes(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("The plant near the base will add 900 permanent jobs in the town.", 900d)]
    [InlineData("Police removed 40 occupiers of the university building on Monday.", 40d)]
    [InlineData("The game lets players fight 500 invaders from space.", 500d)]
    [InlineData("Economists place the figure for grain exports closer to 12,000 tonnes.", 12_000d)]
    public void Does_not_count_the_same_words_about_other_things(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("Warsaw said Washington would send \"at least\" 600 US soldiers to the country.", 600d, Hedge.AtLeast)]
    [InlineData("NATO will lift its readiness forces to “well over” 200,000 troops, he said.", 200_000d, Hedge.AtLeast)]
    [InlineData("He said Pyongyang could have “up to” 14,000 soldiers on Russian soil by spring.", 14_000d, Hedge.AtMost)]
    [InlineData("The brigade called \"Iron Wolf\" has 3,000 soldiers.", 3_000d, Hedge.Exact)]
    [InlineData("Kim's \"about\" face came as 300 troops left the base.", 300d, Hedge.Exact)]
    public void Reads_a_hedge_quoted_alone_before_the_number(string passage, double value, Hedge hedge) =>
        Assert.Equal(hedge, Assert.Single(Counts(passage), c => c.Value == value).Hedge);
}

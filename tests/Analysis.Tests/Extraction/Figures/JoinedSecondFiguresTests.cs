namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Figure shapes: a first number joined by "and"/"or" to a second figure that carries the troop noun, with words of time,
/// doubt or a hedge between ("hundreds and at times more than 1,000 soldiers", "dozens or even hundreds of soldiers",
/// "800 or possibly 1,000 troops"): both count troops. Near misses: the noun counts others, or a comma joins two clauses.
/// </summary>
public class JoinedSecondFiguresTests
{
    [Theory]
    [InlineData("Papua New Guinea kept hundreds and at times more than 1,000 soldiers on Bougainville.", 200d)]
    [InlineData("Officials say dozens or even hundreds of soldiers were killed in the shelling.", 24d)]
    [InlineData("Kyiv said 800 or possibly 1,000 North Korean soldiers had reached the front.", 800d)]
    public void Counts_the_first_of_two_joined_figures(string passage, double lowOrValue) =>
        Assert.Contains(Counts(passage), c => c.Value == lowOrValue || c.Low == lowOrValue);

    // The verb before the first figure, and its time, is the second's too: both are levels of the past.
    [Fact]
    public void Gives_the_joined_figure_the_time_of_the_first()
    {
        var counts = Counts("Between 1989 and 1997 Papua New Guinea had kept hundreds and at times more than 1,000 soldiers on the island.");
        Assert.Equal(EstimateStatus.Earlier, Assert.Single(counts, c => c.Low == 200).Status);
        Assert.Equal(EstimateStatus.Earlier, Assert.Single(counts, c => c.Value == 1_000).Status);
    }

    // Near miss: a level of its own after "now" is not joined, and keeps its present time.
    [Fact]
    public void Keeps_the_time_of_a_level_after_now() =>
        Assert.Equal(EstimateStatus.Current, Assert.Single(
            Counts("Papua New Guinea had 300 soldiers on the island in 1997 and now has more than 1,000 soldiers there."), c => c.Value == 1_000).Status);

    [Theory]
    [InlineData("The town had 300 and later more than 1,000 refugees, aid workers said.", 300d)]
    [InlineData("The shelling killed 12, and perhaps 30 soldiers were wounded, the army said.", 12d)]
    [InlineData("In 2019 and later 2020, 1,500 soldiers rotated through the base.", 2_019d)]
    public void Does_not_join_other_people_clauses_or_years(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);
}

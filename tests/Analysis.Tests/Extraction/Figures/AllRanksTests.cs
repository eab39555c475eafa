namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A UN force's strength as its reports give it, in "all ranks" ("the strength of the Force was 5,820 all ranks"), is a figure,
/// and so are the contingents listed after it; "officers and men" is one noun of all ranks. The sentences are ours.
/// </summary>
public class AllRanksTests
{
    [Theory]
    [InlineData("As of 1 June the strength of the Force was 5,820 all ranks.", 5820)]
    [InlineData("The mission deployed a battalion of 850 all ranks to the south.", 850)]
    public void All_ranks_counts_troops(string text, double value) => Assert.Contains(value, Values(text));

    // "officers and men" is one noun of all ranks: the verb after it is the figure's own ("is expected": still to come).
    [Theory]
    [InlineData("A Norwegian contingent of about 800 officers and men is expected in June.", Analysis.Extraction.EstimateStatus.Planned)]
    [InlineData("A Norwegian contingent of about 800 officers and men arrived in June.", Analysis.Extraction.EstimateStatus.Current)]
    public void Officers_and_men_is_one_noun(string text, Analysis.Extraction.EstimateStatus status) =>
        Assert.Equal(status, Assert.Single(Counts(text)).Status);

    [Fact]
    public void The_contingents_listed_after_it_are_figures_too()
    {
        var values = Values("In May the Force had 5,820 all ranks, made up as follows: Britain, 2,300; Canada, 1,100; Sweden, 900.");
        Assert.Equal([5820.0, 2300, 1100, 900], values);
    }
}

namespace Analysis.Tests.Extraction.Owners;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The ranks a casualty count is counted in, after it in its clause, own its dead ("… wounded in the Ethiopian Army", "dead
/// among the Eritrean forces"), each count the ranks after it. The sentences are ours.
/// </summary>
public class RanksOfDeadTests
{
    [Theory]
    [InlineData("Casualties were put at over 5,000 killed and 9,000 wounded in the Ethiopian Army.", 5000, "Ethiopia")]
    [InlineData("Casualties were put at over 5,000 killed and 9,000 wounded in the Ethiopian Army.", 9000, "Ethiopia")]
    [InlineData("Some 350 soldiers were killed in the Somali army during the retreat.", 350, "Somalia")]
    [InlineData("About 280 dead were counted among the Eritrean forces after the battle.", 280, "Eritrea")]
    public void The_ranks_own_the_dead(string text, double value, string subject) =>
        Assert.Equal(subject, Of(text, value).Subject);

    [Fact]
    public void Each_count_takes_the_ranks_after_it()
    {
        const string text = "The war cost about 4,000 dead in the Ethiopian Army and about 7,000 dead in the Somali Army.";
        Assert.Equal("Ethiopia", Of(text, 4000).Subject);
        Assert.Equal("Somalia", Of(text, 7000).Subject);
    }
}

namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Fighters named by their cause between the number and the noun ("300 extremist fighters", "2,000 jihadist fighters",
/// "500 pro-government militiamen") are counted as any fighters are; the same words before a noun of other people count
/// nothing. The sentences are ours.
/// </summary>
public class ArmedGroupCauseModifiersTests
{
    [Theory]
    [InlineData("The army said about 300 extremist fighters were killed in the raid.", 300d)]
    [InlineData("Some 2,000 jihadist fighters crossed the border last month.", 2_000d)]
    [InlineData("About 500 pro-government militiamen guard the town.", 500d)]
    public void Fighters_named_by_their_cause_are_counted(string text, double value) =>
        Assert.Equal(value, Assert.Single(Counts(text)).Value);

    [Theory]
    [InlineData("Police detained 40 extremist preachers on Friday.")]
    [InlineData("About 3,000 pro-government protesters marched downtown.")]
    public void The_same_words_before_other_people_count_nothing(string text) => Assert.Empty(Counts(text));
}

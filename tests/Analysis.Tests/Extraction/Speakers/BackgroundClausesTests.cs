namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Choosing the speaker, or none: a figure in a relative clause that describes the speaker
/// before its verb ("ATMIS, which has about 22,000 soldiers, said …") is the writer's background, no one's count, as is what a
/// broadcaster only shows ("state television showed about 100 soldiers marching"). Rows where each rule applies and rows where the same words must not change the answer. The sentences are ours.
/// </summary>
public class BackgroundClausesTests
{
    [Theory]
    // The clause describes the speaker: no one counted its figure, nor does a voice of the sentence before carry over.
    [InlineData("A base was overrun at dawn, a senior military officer told reporters. NATO, which has about 4,000 troops in Kosovo, said it was assessing the situation.", 4000, null)]
    [InlineData("NATO, whose 4,000 troops patrol the province, said it was assessing the situation.", 4000, null)]
    // A voice of the clause gives its figure.
    [InlineData("Ethiopia accused Eritrea of preparing for war. Eritrea, whose army Janes estimates at about 200,000, rejected the charge on Friday.", 200000, "Janes")]
    // Near misses: the clause speaks itself, or the figure stands outside it, or the clause is no speaker's.
    [InlineData("The mission expanded on Monday. NATO said it has about 4,000 troops in Kosovo.", 4000, "NATO")]
    [InlineData("About 2,000 troops arrived on Monday, NATO, which leads the mission, said.", 2000, "NATO")]
    [InlineData("NATO said on Friday it would send 700 more troops to Kosovo, where it has about 4,000 soldiers.", 700, "NATO")]
    public void A_figure_describing_the_speaker_is_no_ones_count(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // A broadcaster that shows what it filmed gives no count of its own.
    [InlineData("In December Russian state television showed about 100 soldiers marching through the city.", 100, null)]
    // Near misses: it says so, or shows that something is so.
    [InlineData("Russian state television said about 100 soldiers had arrived in the city.", 100, "Russian state media")]
    [InlineData("Russian state television showed that about 100 soldiers had arrived in the city.", 100, "Russian state media")]
    public void A_broadcaster_that_only_shows_counts_no_one(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));
}

namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice inside a relative clause set off by commas before the figure ("The first contingent, which Moscow denied for months,
/// numbered about 11,000 soldiers") says what that clause says of its noun (here, that it denied the contingent), not the figure of
/// the main clause: with no other voice the figure is the writer's, and a voice that closes the sentence still gives it. Not an
/// aside on the speaker itself ("The NIS, which briefed lawmakers, said …"), nor one before a main clause whose verb is one of
/// saying. The sentences are ours, in the shape of wire copy on deployments and losses.
/// </summary>
public class RelativeAsideVoicesTests
{
    [Theory]
    [InlineData("The first contingent, which Vladimir Putin confirmed in April, lost about 4,000 North Korean soldiers killed or wounded.")]
    [InlineData("The first contingent, which was confirmed by Vladimir Putin in April, lost about 4,000 North Korean soldiers killed or wounded.")]
    [InlineData("The deployment, which Kim Jong Un denied for months, now numbers about 11,000 North Korean soldiers.")]
    public void The_figure_is_the_writers(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);

    [Fact]
    public void A_voice_that_closes_the_sentence_still_gives_it()
    {
        var count = Assert.Single(Counts("The deployment, which Kim Jong Un denied for months, includes about 2,000 North Korean soldiers, Volodymyr Zelensky said."));
        Assert.Equal("Volodymyr Zelensky", count.AttributedTo);
        Assert.Empty(count.Via);
    }

    [Theory]
    // Near misses: an aside on the speaker, and a main clause whose verb is one of saying.
    [InlineData("The National Intelligence Service, which briefed lawmakers on Tuesday, said about 2,000 North Korean soldiers had been killed.", "National Intelligence Service")]
    [InlineData("Ukraine's military intelligence, which has tracked the units since October, said about 2,000 North Korean soldiers had been killed.", "Ukrainian military intelligence")]
    public void The_voice_of_the_main_clause_gives_it(string text, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Counts(text)).AttributedTo);
}

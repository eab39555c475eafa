namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A later clause opened by ", while" or ", whereas" that sets something else against the figure's clause ("…, while Kyiv warns
/// that an attack could come") has a voice for its own words only, as one opened by ", but" has: the figure before it, with no
/// voice of its own clause, is the writer's, not the later voice's. The sentences are ours, in the shape of summary copy that
/// ends a background sentence on another side's warning.
/// </summary>
public class ContrastWhileClauseTests
{
    [Theory]
    [InlineData("Border tension\nThe talks made little progress, and Russia has moved 20,000 troops to the border, while Kyiv warns that an attack could come within weeks.", 20000)]
    [InlineData("Border tension\nBelarus has stationed about 5,000 soldiers near the frontier, whereas Polish officials say the real number is unknown.", 5000)]
    public void The_figure_before_the_contrast_is_the_writers(string text, double value) =>
        Assert.Null(Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    // Near miss: a voice that closes the sentence speaks for both clauses.
    [InlineData("Losses\nAbout 300 soldiers have died, while 2,700 were wounded, Seoul's spy agency said.", 300, "National Intelligence Service")]
    // Near miss: the figure's own voice stands before it.
    [InlineData("Border tension\nPolish officials said Belarus had moved about 5,000 soldiers to the frontier, while Minsk insists the drills are routine.", 5000, "Polish officials")]
    public void A_voice_of_the_figures_clause_still_gives_it(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}

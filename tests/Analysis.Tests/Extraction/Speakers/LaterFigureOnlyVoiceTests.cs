namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A voice in a relative clause on a later figure's noun phrase ("well above the 1,200 the defence ministry said were there") gives
/// that figure only; where it is the sentence's only voice, the figure before it has no voice and is the writer's (as a sentence
/// that cites no one), and no voice is carried in for it either. An adverb in -ly before the relative clause's verb ("that the
/// Pentagon publicly acknowledged") keeps the clause a relative one. The sentences are ours, in the shape of copy that sets a
/// count against the figure an office gave.
/// </summary>
public class LaterFigureOnlyVoiceTests
{
    [Theory]
    [InlineData("In Latvia the contingent now stands at 1,900 soldiers, well above the 1,200 the defence ministry said were there last spring.", 1900)]
    [InlineData("About 3,100 Marines are on Okinawa today, far fewer than the 8,000 the Pentagon said would stay.", 3100)]
    [InlineData("The force in Niger now counts 2,400 soldiers, twice as many as the 1,200 that the Pentagon publicly acknowledged.", 2400)]
    public void The_earlier_figure_is_the_writers(string text, double value) =>
        Assert.Null(Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    // Near misses: the later figure keeps the relative clause's voice, and an earlier figure with a voice of its own keeps it.
    [InlineData("About 3,100 Marines are on Okinawa today, far fewer than the 8,000 the Pentagon said would stay.", 8000, "Pentagon")]
    [InlineData("The force in Niger now counts 2,400 soldiers, twice as many as the 1,200 that the Pentagon publicly acknowledged.", 1200, "Pentagon")]
    [InlineData("The Pentagon says 1,900 soldiers are there, well above the 1,200 NATO reported last year.", 1900, "Pentagon")]
    public void The_voices_keep_their_own_figures(string text, double value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}

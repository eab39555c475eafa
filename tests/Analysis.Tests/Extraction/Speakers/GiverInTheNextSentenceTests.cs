namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// A figure whose own sentence gives no voice, or only one that cannot be named ("officials said", "he said" with no one before,
/// "a senior official said"), followed by a sentence that names who gave that figure out: a figure noun opening it and leading
/// straight to the giver ("The numbers were provided by X", "The estimate came from X"), "That is according to X", or an act on
/// the figure ("X disclosed the figure", "X made the assessment"). "X said so far …" names no act on the figure, and a figure noun
/// set against X's other count ("well below estimates from X") no giving of it. Near misses:
/// the same unnamed voice qualifying the numbers, a new speaker's own total, a new speaker on something else, a short attribution
/// of a clause of its own. A bare attribution ("The Pentagon said on Tuesday.") goes with the figure before. The sentences are ours.
/// </summary>
public class GiverInTheNextSentenceTests
{
    [Theory]
    [InlineData("Troops\n\nAbout 1,400 soldiers have been killed in the east, officials said. The numbers were provided by the Pentagon.", 1400, "Pentagon")]
    [InlineData("Troops\n\nAbout 600 marines will leave the island next month, he said. Defence Minister Ivo Stan disclosed the figure to lawmakers on Friday.", 600, "Ivo Stan")]
    [InlineData("Troops\n\nNearly 900 police officers are now in the capital, a senior official said. That is according to Defence Minister Ivo Stan.", 900, "Ivo Stan")]
    [InlineData("Troops\n\nAbout 1,400 soldiers have been killed in the east, officials said. Defence Minister Ivo Stan made the assessment after a visit to the front.", 1400, "Ivo Stan")]
    [InlineData("Troops\n\nSome 2,300 troops remain at the base. Defence Minister Ivo Stan made the assessment on Monday.", 2300, "Ivo Stan")]
    [InlineData("Troops\n\nAbout 1,400 soldiers have been killed in the east, officials said.\n\nThe estimate came from the Pentagon.", 1400, "Pentagon")]
    [InlineData("Troops\n\nSome 2,300 troops remain at the base. Defence Minister Ivo Stan said so far no troops had left.", 2300, null)]
    [InlineData("Troops\n\nAbout 1,400 soldiers have been killed in the east, officials said. The estimate is based on data from the Pentagon.", 1400, "Pentagon")]
    [InlineData("Troops\n\nSome 2,300 troops remain at the base, officials said. That's the assessment of the Pentagon.", 2300, "Pentagon")]
    [InlineData("Troops\n\nAbout 600 marines will leave the island next month, he said. This was said by Defence Minister Ivo Stan.", 600, "Ivo Stan")]
    [InlineData("Troops\n\nSome 2,300 troops remain at the base, officials said. The Pentagon released the data on Monday.", 2300, "Pentagon")]
    [InlineData("Troops\n\nSome 2,300 troops remain at the base. The figures were compiled by the Pentagon.", 2300, "Pentagon")]
    [InlineData("Troops\n\nNearly 900 police officers are now in the capital, a senior official said. The Pentagon said on Tuesday.", 900, "Pentagon")]
    [InlineData("Troops\n\nSome 2,300 troops remain at the base, officials said. Such is the estimate of the Pentagon.", 2300, "Pentagon")]
    // The figure set against another count of the next source's: that source gave the other count.
    [InlineData("Troops\n\nSome 2,300 troops remain at the base. The figure is well below estimates from the Pentagon.", 2300, null)]
    // Near misses: no giver of the figure before.
    [InlineData("Troops\n\nAbout 1,400 soldiers have been killed in the east, officials said. The official, who spoke on condition of anonymity, said the numbers were rough.", 1400, null)]
    [InlineData("Troops\n\nAbout 1,400 soldiers have been killed in the east, officials said. According to the Pentagon, the total has since risen to 2,000.", 1400, null)]
    [InlineData("Troops\n\nAbout 1,400 soldiers have been killed in the east, officials said. Defence Minister Ivo Stan said talks would resume.", 1400, null)]
    [InlineData("Troops\n\nNearly 900 police officers are now in the capital, a senior official said. The Pentagon said 40 had left.", 900, null)]
    [InlineData("Troops\n\nNearly 900 police officers are now in the capital. Talks stalled, the Pentagon said.", 900, null)]
    public void The_giver_named_next_voices_the_figure(string document, double value, string? origin) =>
        Assert.Equal(origin, Extracted.Of(document, value).AttributedTo);
}

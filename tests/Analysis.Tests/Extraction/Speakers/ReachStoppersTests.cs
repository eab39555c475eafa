namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// How far a voice reaches between sentences. Back: a sentence that cites no one and hedges with a passive of a statement verb
/// with no one named ("are reported to have served", "is confirmed to have left") is the writer's, as "are believed to" is; it
/// takes no voice from the sentence before, unless it links back to that statement's figure ("Around 1,000 of them are reported
/// to …"). Forward: a figure noun in the next sentence ("the total", "the numbers") does not refer back to a voiceless figure
/// when the next speaker puts a figure of his own before it; a day ("On 12 May") or a count of the speakers ("Two U.S. officials")
/// is no such figure. The sentences are ours.
/// </summary>
public class ReachStoppersTests
{
    [Theory]
    [InlineData("About 3,000 soldiers have been sent to the border, Defence Minister Anna Berg said on Tuesday. Some 16,000 sailors are reported to have served in the region since 2008.", 16000)]
    [InlineData("About 3,000 soldiers have been sent to the border, the Pentagon said on Tuesday. The brigade, which had 1,000 soldiers, is confirmed to have left the city.", 1000)]
    [InlineData("Valdoria's army chief, Tomas Ebbe, said 700 reservists had been called up. About 4,000 conscripts were reported to be waiting for orders.", 4000)]
    public void A_passive_hedge_with_no_one_named_is_the_writers(string text, int value) =>
        Assert.Null(Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    [InlineData("About 2,000 soldiers will be sent to the border region next week. General Ida Venn said the alliance would add up to 3,000 more, about half of the total.", 2000)]
    [InlineData("Some 1,500 troops remain in the country. A further 500 could follow within weeks, Pentagon officials said, though they would not disclose the numbers.", 1500)]
    [InlineData("At least 40 soldiers were killed in the attack on Friday. Defence Minister Anna Berg said 1,200 reservists had been called up and that the number was rising.", 40)]
    public void A_next_speakers_own_figure_before_the_figure_noun_stops_the_reach(string text, int value) =>
        Assert.Null(Assert.Single(Counts(text), c => c.Value == value).AttributedTo);

    [Theory]
    // Near misses: a part link hedged goes on with the statement; a figure noun after a day, or with no number of its own, refers back.
    [InlineData("About 3,000 soldiers have been sent to the border, Defence Minister Anna Berg said on Tuesday. Around 1,000 of them are reported to have been wounded.", 1000, "Anna Berg")]
    [InlineData("Some 1,500 troops remain in the country. On 12 May the Pentagon said the figure was accurate.", 1500, "Pentagon")]
    [InlineData("Some 1,500 troops remain in the country. The Pentagon said on May 3 that the number could grow.", 1500, "Pentagon")]
    [InlineData("At least 40 soldiers were killed in the attack on Friday. The Pentagon said the figure was accurate.", 40, "Pentagon")]
    // A number that counts the speakers themselves is no figure of theirs.
    [InlineData("Some 1,500 troops remain in the country. Two U.S. officials told Reuters the figure was accurate.", 1500, "U.S. officials")]
    public void A_link_back_or_a_figure_noun_with_no_figure_of_its_own_still_reaches(string text, int value, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text), c => c.Value == value).AttributedTo);
}

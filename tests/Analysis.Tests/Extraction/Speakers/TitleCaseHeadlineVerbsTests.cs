namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A headline in Title Case capitalises its speech verb as every word ("Moscow Confirms 4,000 Troops Moved To Border",
/// "Erdogan Says Turkey Will Send 900 Soldiers"): on such a line the verb is read as the lower-case reporting verb it is
/// (TitleCaseLines), so the name before it speaks, as in a sentence-case headline. Before, the capitalised verb was not read
/// and the headline's figure had no speaker. Near misses: a Title Case headline with no speech verb has no speaker, and a
/// sentence-case one keeps its own. The sentences are ours.
/// </summary>
public class TitleCaseHeadlineVerbsTests
{
    [Theory]
    [InlineData("Pentagon Confirms 4,000 Troops Moved To Polish Border\n\nThe statement came late on Friday.", 4000, "Pentagon")]
    [InlineData("Kremlin Says 2,500 Reservists Will Join Exercises Near Finland\n\nThe statement came late on Friday.", 2500, "Kremlin")]
    [InlineData("Seoul Claims 7,000 North Korean Soldiers Now Fighting In Kursk\n\nThe statement came late on Friday.", 7000, "South Korea")]
    // Near misses: no speech verb in the Title Case headline; a sentence-case headline already spoke.
    [InlineData("Russia Moves 4,000 Troops Toward Polish Border\n\nThe convoy was seen late on Friday.", 4000, null)]
    [InlineData("Pentagon confirms 4,000 troops moved to Polish border\n\nThe statement came late on Friday.", 4000, "Pentagon")]
    public void A_title_case_verb_speaks(string document, double value, string? origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);
}

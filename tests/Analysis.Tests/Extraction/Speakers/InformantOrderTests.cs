namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Pipeline;

/// <summary>
/// Whose an informant's words are: one the cited voice was briefed by gave them to it ("citing lawmakers briefed by the spy
/// agency": the agency is the origin), and one named by a citing verb for a later claim is no origin of what the speaker said
/// before it. The sentences are ours, in shapes real reporting uses.
/// </summary>
public class InformantOrderTests
{
    private static (string? Origin, IReadOnlyList<string> Via) Passage(string text, double value)
    {
        var count = Assert.Single(Extractor.Default.Extract(TestData.Passage(text)).TroopCounts, c => c.Value == value);
        return (count.AttributedTo, count.Via);
    }

    [Theory]
    [InlineData("About 3,000 North Korean soldiers have been wounded, Yonhap reported on Monday, citing lawmakers briefed by the National Intelligence Service.", 3000, "National Intelligence Service")]
    [InlineData("Some 800 Russian troops are now at the airfield, the newspaper reported, citing lawmakers who had been briefed by the Pentagon.", 800, "Pentagon")]
    // Not: an informant and a second one beside it, with no briefing between them, keep their order.
    [InlineData("Some 800 Russian troops are now at the airfield, the newspaper reported, citing the Pentagon and NATO.", 800, "Pentagon")]
    public void An_informant_the_cited_voice_was_briefed_by_is_the_origin(string text, double value, string origin) =>
        Assert.Equal(origin, Passage(text, value).Origin);

    [Theory]
    // A claim cited to an informant in a later sentence leaves the speaker's earlier words to the speaker.
    [InlineData("Canada will add 400 troops to its battle group in Latvia, Prime Minister Mark Carney said on Monday. Six other allies had agreed to send more, he said, citing NATO Secretary General Mark Rutte.", 400, "Mark Carney")]
    // Not: the cited informant still goes on to the speaker's later words.
    [InlineData("About 600 North Korean soldiers have died, lawmaker Lee Seong-kweun told reporters, citing the National Intelligence Service. In all, the North sent some 15,000 troops, he said.", 15000, "National Intelligence Service")]
    public void A_cited_informant_does_not_reach_back_to_earlier_words(string text, double value, string origin) =>
        Assert.Equal(origin, Passage(text, value).Origin);
}

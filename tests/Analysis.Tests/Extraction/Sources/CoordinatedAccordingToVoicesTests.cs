namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two voices after one "according to" ("according to the United States and NATO", "according to Seoul and Kyiv", "according to
/// the Pentagon and the State Department"): the second is cited as the first is. Near misses: a name after "and" that opens a
/// clause of its own ("according to the Pentagon and Ukraine wants more help") is no voice of the cue, nor is anything after a
/// comma-separated list's last item read so.
/// </summary>
public class CoordinatedAccordingToVoicesTests
{
    [Theory]
    [InlineData("According to the United States and NATO, some 3,000 North Korean soldiers are already in the Kursk region.", "NATO")]
    [InlineData("Some 3,000 North Korean soldiers are already in the Kursk region, according to Seoul and Kyiv.", "Ukraine")]
    [InlineData("Some 3,000 North Korean soldiers are in the Kursk region, according to the Pentagon and the State Department.", "U.S. State Department")]
    [InlineData("About 12,000 North Korean soldiers have been sent to Russia, according to the Pentagon and NATO officials.", "NATO officials")]
    // The first voice stays cited.
    [InlineData("According to the United States and NATO, some 3,000 North Korean soldiers are already in the Kursk region.", "United States")]
    public void Both_voices_are_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // A name after "and" that is the subject of a clause of its own is not cited by the cue.
    [InlineData("Some 3,000 soldiers are in the Kursk region, according to the Pentagon and Ukraine wants more help.", "Ukraine")]
    [InlineData("Some 3,000 soldiers are in the Kursk region, according to the Pentagon and NATO is watching closely.", "NATO")]
    public void A_new_clause_after_and_is_not_a_voice(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}

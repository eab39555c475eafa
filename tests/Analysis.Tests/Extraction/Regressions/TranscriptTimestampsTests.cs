namespace Analysis.Tests.Extraction.Regressions;

using Analysis.Corpus;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A video page's transcript whose lines open with a time code glued to the first word ("01:14Poland's army chief said …")
/// reads as its words: the time code hides no speaker and breaks no sentence. A time with a space after it (a live blog's
/// entry) and a page with only one or two such codes are left as they are.
/// </summary>
public class TranscriptTimestampsTests
{
    private const string Transcript =
        "Army chief on the buildup\n\nTranscript\n\n00:05Earlier on Tuesday, the border guard's commander, Anton Vilks, said that the\n" +
        "00:11convoys had crossed at night.\n00:18Poland's army chief said that about 4,200 Belarusian soldiers had been moved\n" +
        "00:25close to the border.\n00:31The ministry gave no further details.";

    [Fact]
    public void The_speaker_after_a_glued_time_code_is_read() =>
        Assert.Equal("Polish Army", Of(Transcript, 4200).AttributedTo);

    [Fact]
    public void The_glued_time_codes_become_spaces_and_offsets_hold()
    {
        var text = "00:05Earlier the\n00:11convoys crossed.\n00:18Poland's army chief spoke.";
        var blanked = TranscriptTimestamps.Blank(text);
        Assert.Equal(text.Length, blanked.Length);
        Assert.Equal("     Earlier the\n     convoys crossed.\n     Poland's army chief spoke.", blanked);
    }

    [Theory]
    // Near misses: a live blog's times with a space after them, and a page with only two glued codes.
    [InlineData("14:38 Kyiv: 300 soldiers moved\n14:52 Warsaw: talks go on\n15:10 Vilnius: no change")]
    [InlineData("10:15Talks began.\n10:40Talks ended.")]
    public void Other_times_are_left_as_they_are(string text) =>
        Assert.Equal(text, TranscriptTimestamps.Blank(text));
}

namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Broadcast transcripts name who speaks in a caption before a colon: a name in capitals with its title after a comma
/// ("PARK SUN-WON, LAWMAKER: …"), a rank before it ("MAJOR GENERAL ANNA BERG: …", named as a name is written), or a bracketed
/// caption with the title after a slash ("[Park Sun-won / Democratic Party lawmaker: …"). A role ("ANCHOR:", "REPORTER:") names
/// no one.
/// </summary>
public class TranscriptCaptionsTests
{
    [Theory]
    [InlineData("Evening news\n\nANCHOR: The spy agency briefed lawmakers on Thursday.\n\nPARK SUN-WON, LAWMAKER: About 2,000 North Korean soldiers have been killed so far.", "Park Sun-won")]
    [InlineData("Evening news\n\n[Anchor] The spy agency briefed lawmakers on Thursday.\n\n[Park Sun-won / Democratic Party lawmaker: \"About 2,000 North Korean soldiers have been killed so far.\"]", "Park Sun-won")]
    [InlineData("Evening news\n\nMAJOR GENERAL ANNA BERG: About 2,000 soldiers are in the region now.", "Anna Berg")]
    public void The_caption_names_the_speaker(string document, string origin) =>
        Assert.Equal(origin, Of(document, 2000).AttributedTo);

    [Theory]
    [InlineData("Evening news\n\nANCHOR: About 2,000 North Korean soldiers are in eastern Russia.")]
    [InlineData("Evening news\n\nREPORTER: About 2,000 North Korean soldiers are in eastern Russia.")]
    public void A_role_names_no_one(string document) =>
        Assert.Null(Of(document, 2000).AttributedTo);
}

namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A quotation set apart as a paragraph of its own under the sentence that introduces it with a colon, as wire copy, briefing
/// reports and pages quoting a memo or statement print it: "The minister told reporters:¶“About 2,000 troops are there.”". The
/// figure in the quotation, in its first paragraph or one it runs on into, is the introducing sentence's speaker's. A figure
/// after the quotation closes, a quotation whose own speaker is named after it, and a colon that introduces no quotation are
/// left as they were. The sentences are ours.
/// </summary>
public class ColonIntroducedQuotationsTests
{
    [Theory]
    [InlineData("Border build-up\n\nColonel Ana Ruiz told reporters on Monday:\n\n“About 1,800 soldiers have crossed into the northern province.”\n", 1800, "Ana Ruiz")]
    [InlineData("Guard called up\n\nThe order from the Pentagon to the state's adjutant general read:\n\n\"The Secretary has called at least 450 Guard members into federal service for 60 days.\"\n", 450, "Pentagon")]
    // The figure in a later sentence of the quotation.
    [InlineData("Mission grows\n\nNATO said in a statement on Friday:\n\n“The alliance is ready. Some 3,200 troops will join the mission by June.”\n", 3200, "NATO")]
    // The quotation runs on into a second paragraph.
    [InlineData("Convoys leave\n\nGeneral Marc Dubois wrote on X:\n\n“The first convoy has left.\n\n“About 640 soldiers will follow it next week.”\n", 640, "Marc Dubois")]
    public void The_introducing_speaker_says_the_figure(string document, double value, string origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);

    [Theory]
    // Near misses: the figure after the quotation closes; a colon that introduces no quotation; the quotation's own speaker.
    [InlineData("Border build-up\n\nColonel Ana Ruiz told reporters on Monday:\n\n“We are ready.” About 1,800 soldiers have crossed into the northern province.\n", 1800, null)]
    [InlineData("Border build-up\n\nHere is what we know so far:\n\nAbout 1,800 soldiers have crossed into the northern province.\n", 1800, null)]
    [InlineData("Border build-up\n\nColonel Ana Ruiz told reporters on Monday:\n\n“We are ready.”\n\n“About 1,800 soldiers have crossed into the province,” Senator Tom Hale said.\n", 1800, "Tom Hale")]
    public void Other_voices_or_none(string document, double value, string? origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);
}

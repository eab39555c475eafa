namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The day between a speaker and its verb, as Asian English-language papers write it ("The Ministry of National Defense
/// yesterday said", "Kenya's police today said"), leaves the speaker speaking, as "on Monday" already did: before, the speaker
/// was only named and the figure had no voice. The sentences are ours.
/// </summary>
public class DayBeforeTheVerbTests
{
    [Theory]
    [InlineData("The Pentagon yesterday said it would send 2,500 more soldiers to Poland.", "Pentagon")]
    [InlineData("Ghana's police today announced that 150 more officers would fly to Port-au-Prince.", "Ghanaian police")]
    // Near miss: the day after the verb was already read.
    [InlineData("The Pentagon said yesterday it would send 2,500 more soldiers to Poland.", "Pentagon")]
    public void The_speaker_still_speaks(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}

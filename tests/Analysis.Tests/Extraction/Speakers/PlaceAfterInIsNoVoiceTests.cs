namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A country's name right after "in" (a compass word at most between) is where a voice is, not the voice: "Armed groups in
/// eastern Chad said …" gives Chad no figure. The country named as the subject still speaks, and so do officials placed in a
/// capital. The sentences are ours.
/// </summary>
public class PlaceAfterInIsNoVoiceTests
{
    [Theory]
    [InlineData("Armed groups in eastern Chad said they had killed 36 soldiers.")]
    [InlineData("Militias in northern Niger reported that 18 soldiers had been captured.")]
    public void The_place_of_the_voice_does_not_speak(string text) =>
        Assert.Null(Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    // Near misses: the country as the subject, and officials in a capital.
    [InlineData("Chad said 36 of its soldiers had been killed.", "Chad")]
    [InlineData("Officials in N'Djamena said 36 soldiers had been killed.", "Chadian officials")]
    public void The_country_or_its_officials_still_speak(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}

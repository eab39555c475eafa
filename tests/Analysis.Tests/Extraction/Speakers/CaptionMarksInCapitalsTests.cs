namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Reuters copy opens a caption with its mark in capitals ("FILE PHOTO: Soldiers board a plane at …, March 1, 2025.
/// REUTERS/…/File Photo"), and every page that syndicates it prints the line above the story: a picture's mark, not a
/// transcript speaker's label in capitals. Near miss: a speaker's name in capitals before a colon is still the speaker's.
/// The pages are ours.
/// </summary>
public class CaptionMarksInCapitalsTests
{
    private const string Lead = "WARSAW (Reuters) - The army will send 300 troops to the coast, the defence ministry said on Tuesday.";

    [Theory]
    [InlineData("FILE PHOTO: Soldiers board a transport plane in Gdansk, Poland, March 1, 2025. REUTERS/Kasia Nowak/File Photo", "File Photo")]
    [InlineData("FILE PHOTO: Soldiers board a transport plane in Gdansk, Poland, March 1, 2025.", "File Photo")]
    // Near miss: the one-word mark, which named no one before either.
    [InlineData("PHOTO: Soldiers board a transport plane in Gdansk, Poland, March 1, 2025.", "Photo")]
    public void A_caption_mark_is_no_speaker(string caption, string mark) =>
        Assert.DoesNotContain(PageMentions("Army sends 300 troops to the coast", caption, Lead), m => m.Source == mark);

    [Fact]
    // Near miss: a transcript's speaker in capitals.
    public void A_speaker_in_capitals_still_speaks() =>
        Assert.Contains(PageMentions("Army sends 300 troops to the coast", Lead, "JANUSZ KOWALCZYK: About 300 troops will go first."), m => m.Source == "Janusz Kowalczyk");
}

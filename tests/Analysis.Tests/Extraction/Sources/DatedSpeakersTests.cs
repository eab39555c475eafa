namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A date between a speaker and the verb of speech is a time as a weekday is ("the ministry on Monday said"): "Marshal Ivo Kral
/// on March 12 confirmed that …", "General Olga Varga, the army chief, on 4 May 2025 said …", "on Sept. 3, 2024, told …" cite
/// the speaker. Near miss: a date that a number and a noun follow is no time before a verb. Sentences of our own.
/// </summary>
public class DatedSpeakersTests
{
    [Theory]
    [InlineData("Marshal Ivo Kral on March 12 confirmed that 400 soldiers had crossed the river.", "Ivo Kral")]
    [InlineData("The army chief, General Olga Varga, on 4 May 2025 said about 900 troops would stay.", "Olga Varga")]
    [InlineData("Defence Minister Tomas Berg on Sept. 3, 2024, told reporters that 250 engineers had arrived.", "Tomas Berg")]
    public void A_speaker_before_a_date_and_the_verb_is_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near miss: the date is followed by a count, not a verb of speech.
    [InlineData("Marshal Ivo Kral on March 12 400 soldiers crossed the river.", "Ivo Kral")]
    public void A_date_before_no_verb_cites_no_one(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// State media named bare are cited where they open the sentence with a capital, as they are after a comma ("State media said",
/// "The state media reported", "According to state media, …"), and where an auxiliary stands before their verb or the verb is
/// what they do with pictures ("state media has aired footage", "State television ran photos"): the state is the sentence's.
/// </summary>
public class SentenceOpeningStateMediaTests
{
    [Theory]
    [InlineData("Belarus moved 900 soldiers to the border. State media said the brigade had arrived on Sunday.", "Belarusian state media")]
    [InlineData("Belarus moved 900 soldiers to the border. The state media reported that the brigade had arrived.", "Belarusian state media")]
    [InlineData("Belarus moved 900 soldiers to the border. According to state media, the brigade arrived on Sunday.", "Belarusian state media")]
    [InlineData("Belarus moved 900 soldiers to the border. State television has aired footage of the brigade crossing a river.", "Belarusian state television")]
    [InlineData("Belarus moved 900 soldiers to the border, and state media has also carried photos of the convoy.", "Belarusian state media")]
    public void Bare_state_media_opening_a_sentence_or_showing_pictures_are_cited(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Near miss: state media that did not report something are no voice of it.
    [InlineData("Belarus moved 900 soldiers to the border. State media did not report the move.", "Belarusian state media")]
    public void State_media_that_do_not_report_are_not_cited(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}

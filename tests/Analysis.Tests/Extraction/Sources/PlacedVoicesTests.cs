namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Unnamed voices: a voice named by where it sits keeps the words before it that say its trade ("Defense officials
/// in Washington": U.S. defense officials), as a country's group does. Rows where each reading applies and near misses where it
/// must not; and a sentence whose speaker is a voice the kit cannot name ("…, officials said" with no state voice cited before)
/// takes no speaker from a sentence after it that refers back; "an official source" is an official (voice_head_tails). The
/// sentences are ours.
/// </summary>
public class PlacedVoicesTests
{
    [Theory]
    // The trade words before a located voice stay in its name, opening the sentence or after a dateline's dash.
    [InlineData("Defense officials in Washington said 4,000 troops would leave Kuwait by June.", 4000, "U.S. defense officials")]
    [InlineData("BAGHDAD - Military officials in Ankara said 2,500 soldiers had crossed into northern Iraq.", 2500, "Turkish military officials")]
    [InlineData("About 1,200 soldiers were moved to the border, senior intelligence officials in Seoul said.", 1200, "South Korean intelligence officials")]
    // Near misses: a rank or nothing before the head names no trade; a country's adjective owns its group, not the place.
    [InlineData("About 1,200 soldiers were moved to the border, senior officials in Seoul said.", 1200, "South Korean officials")]
    [InlineData("About 1,200 soldiers were moved to the border, officials in Seoul said.", 1200, "South Korean officials")]
    [InlineData("About 1,200 soldiers were moved to the border, U.S. military officials in Seoul said.", 1200, "U.S. military officials")]
    public void Located_voice_keeps_its_trade(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // An unnamed voice of its own: the next sentence's reference back ("the total") does not give the figure its speaker.
    [InlineData("The decision could bring the total to 3,100 soldiers, officials said. According to CNN, the total would reach 2,900.", 3100, null)]
    // Near miss: a sentence with no voice of its own still takes the speaker of the next sentence that refers back to it.
    [InlineData("About 4,000 troops remain near the border. That is according to the Pentagon.", 4000, "Pentagon")]
    public void Unnamed_voice_takes_no_later_speaker(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));

    [Theory]
    // "an official source" is an official, its country's where the sentence or dateline gives one.
    [InlineData("About 1,000 Saudi soldiers entered Bahrain on Monday, a Saudi official source said.", 1000, "Saudi officials")]
    [InlineData("An Iraqi official source said 2,000 Turkish troops had crossed the border.", 2000, "Iraqi officials")]
    [InlineData("RIYADH (Reuters) - About 1,000 soldiers entered Bahrain on Monday, an official source said.", 1000, "Saudi officials")]
    // Near misses: a source with no "official" stays a source; bare with no country, no one.
    [InlineData("About 1,000 Saudi soldiers entered Bahrain on Monday, a Saudi source said.", 1000, "Saudi sources")]
    [InlineData("About 1,000 soldiers entered Bahrain on Monday, an official source said.", 1000, null)]
    public void Official_source_is_an_official(string text, double value, string? origin) =>
        Assert.Equal(origin, Origin(text, value));
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A state broadcaster named by its head word before its country or capital, as Cold War and African copy names it where it
/// speaks ("Radio Kabul announced", "Radio Uganda said", "Television Maldives reported"): the broadcaster is the source, of its
/// country, not the country's government read off the capital. Near misses: the broadcaster is only where someone spoke, or
/// the name runs on past the country ("Radio France Internationale" is a name of its own). The sentences are ours.
/// </summary>
public class HeadedStateBroadcastersTests
{
    [Theory]
    [InlineData("Nearly 4,000 Soviet soldiers landed at Bagram, Radio Kabul said on Sunday.", "Radio Kabul", "Afghanistan")]
    [InlineData("Radio Havana reported that another 1,500 Cuban troops had sailed for Luanda.", "Radio Havana", "Cuba")]
    [InlineData("Radio Kampala abruptly announced that 600 Libyan soldiers were guarding the airport.", "Radio Kampala", "Uganda")]
    [InlineData("Eleven guards died in the attack on the barracks, Television Maldives reported.", "Television Maldives", "Maldives")]
    [InlineData("The brigade of 900 men was ordered home, according to Radio Moscow.", "Radio Moscow", "Russia")]
    public void A_headed_broadcaster_that_speaks_is_its_countrys_state_media(string text, string source, string country) =>
        Assert.Contains(Mentions(text), m => m.Source == source && m.Country == country && m.Kind == Analysis.Extraction.SourceKind.StateMedia);

    [Theory]
    // Near misses: only where someone spoke, or a name of its own that runs on past the country.
    [InlineData("The general spoke on Radio Kabul about the 3,000 advisers.", "Radio Kabul")]
    [InlineData("About 2,000 Chadian troops will go, the minister told Radio France Internationale.", "Radio France")]
    public void A_headed_broadcaster_that_does_not_speak_is_not_read(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}

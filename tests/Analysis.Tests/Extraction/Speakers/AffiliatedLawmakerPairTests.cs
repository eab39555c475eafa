namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two lawmakers each named with their party ("Rep. X of the ruling Democratic Party and Rep. Y of the main opposition People
/// Power Party ... told reporters"), or one whose party is followed by a relative clause (", who was briefed by the spy agency,"),
/// as Korean wire copy names the lawmakers the spy agency briefed: both speak, the first named leading (DevSet header: two named
/// lawmakers who relay together give the first as the via, both being sources), where the first was lost and the second led;
/// also where a description set off by commas comes first, the closing comma right before the verb.
/// The sentences are ours.
/// </summary>
public class AffiliatedLawmakerPairTests
{
    [Theory]
    [InlineData("Some 3,000 North Korean troops have been wounded near Kursk, Rep. Cho Hae-jin of the ruling Democratic Party and Rep. Yoon Tae-ho of the main opposition People Power Party told reporters.", "Cho Hae-jin", "")]
    [InlineData("Pyongyang has rotated roughly 5,000 soldiers out of Russia, Rep. Cho Hae-jin of the ruling Democratic Party and Rep. Yoon Tae-ho of the main opposition People Power Party, who were briefed by the NIS, said on Tuesday.", "National Intelligence Service", "Cho Hae-jin; Yoon Tae-ho")]
    [InlineData("Pyongyang has rotated roughly 5,000 soldiers out of Russia, Rep. Yoon Tae-ho of the main opposition People Power Party, who was briefed by the NIS, said on Tuesday.", "National Intelligence Service", "Yoon Tae-ho")]
    // The second untitled: the first one's party no longer runs on through "and" into the second's name (the party spoke).
    [InlineData("Some 3,000 North Korean troops have been wounded near Kursk, Rep. Cho Hae-jin of the ruling Democratic Party and Park Sun-won of the main opposition People Power Party told reporters.", "Cho Hae-jin", "")]
    // The pair set off by commas after a description, the closing comma right before the verb.
    [InlineData("Some 3,000 North Korean troops have been wounded near Kursk, senior members of the intelligence committee, Rep. Cho Hae-jin of the ruling Democratic Party and Park Sun-won of the main opposition People Power Party, told reporters.", "Cho Hae-jin", "")]
    // Without the parties: the two titled names are joined as with them (the second's title between them does not make the
    // second a relay of the first).
    [InlineData("Some 3,000 North Korean troops have been wounded near Kursk, Rep. Cho Hae-jin and Rep. Yoon Tae-ho told reporters.", "Cho Hae-jin", "")]
    public void Both_lawmakers_speak_the_first_leading(string text, string origin, string via)
    {
        var count = Assert.Single(Counts(text));
        Assert.Equal(origin, count.AttributedTo);
        Assert.Equal(via, string.Join("; ", count.Via));
        var sources = Mentions(text).Select(m => m.Source).ToList();
        foreach (var name in new[] { "Cho Hae-jin", "Yoon Tae-ho" }.Where(text.Contains)) Assert.Contains(name, sources);
        Assert.DoesNotContain(sources, s => s.Contains("Party"));
    }
}

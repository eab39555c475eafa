namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "Defense Ministry officials said", "Defense Agency officials": a defense body's name in capitals before an unnamed voice
/// makes it a military voice of the page's country, named as "defense officials" are, not bare officials; a country troops
/// "leave for" is where they go, not a state that could be the voice. Near misses: a country named before the body keeps its
/// own officials, and a foreign ministry's name is no defense voice. The articles are ours.
/// </summary>
public class DefenseBodyOfficialsTests
{
    [Theory]
    [InlineData("MANILA (Reuters) - About 300 soldiers will leave for Iraq next month, Defense Ministry officials said.", "Philippine defense officials")]
    [InlineData("TOKYO (AP) - About 300 soldiers will leave for Iraq next month, Defense Agency officials said.", "Japanese defense officials")]
    // Where troops go ("leave for Iraq") is no other state that could be the voice: the dateline's officials speak.
    [InlineData("MANILA (Reuters) - About 300 soldiers will leave for Iraq next month, military officials said.", "Philippine military officials")]
    public void A_defense_bodys_officials_are_defense_officials(string lead, string voice) =>
        Assert.Contains(PageMentions("Troops to leave", lead, "They will join a force already there."), m => m.Source == voice);

    [Theory]
    // Near misses: the country named before the body; a foreign ministry's officials.
    [InlineData("MANILA (Reuters) - About 300 Japanese soldiers will leave for Iraq next month, Japanese Defense Ministry officials said.", "Japanese defense officials")]
    [InlineData("MANILA (Reuters) - About 300 soldiers will leave for Iraq next month, Foreign Ministry officials said.", "Philippine officials")]
    public void Other_officials_keep_their_names(string lead, string voice) =>
        Assert.Contains(PageMentions("Troops to leave", lead, "They will join a force already there."), m => m.Source == voice);
}

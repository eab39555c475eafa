namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A body a wire story names bare ("the general staff said", "the military said") is the dateline country's where the sentence
/// names countries only by the adjectives of what it counts ("1,200 Russian soldiers"): Kyiv's general staff counts Russia's
/// dead. Near miss: a story with no dateline keeps the sentence's country (a country named by its name, "Russia lost …", is left as it was).
/// The sentences are ours.
/// </summary>
public class BareBodyOfDatelineTests
{
    [Theory]
    [InlineData("KYIV (Reuters) - The general staff said 900 Russian soldiers had been killed in a day.", "Ukrainian General Staff")]
    [InlineData("KYIV (AP) - About 900 Russian soldiers were killed in a day, the military said.", "Ukrainian military")]
    [InlineData("Denmark will send 200 soldiers to Latvia, the army said.", "Danish Army")]
    public void The_dateline_s_body_counts_the_enemy_s_dead(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}

namespace Analysis.Tests.Extraction.Speakers;

using Analysis.Pipeline;

/// <summary>
/// Relays (issue 14): officials who speak through an outlet are the origin, the outlet the via, however the
/// text says who they are: "citing unidentified U.S. officials", "two U.S. officials who have seen the intelligence told
/// Reuters", "officials familiar with the plans said". The sentences are ours, in the shapes real reporting uses.
/// </summary>
public class RelayOriginTests
{
    private static (string? Origin, IReadOnlyList<string> Via) Attribution(string text, double value)
    {
        var count = Assert.Single(Extractor.Default.Extract(TestData.Passage(text)).TroopCounts, c => c.Value == value);
        return (count.AttributedTo, count.Via);
    }

    [Theory]
    [InlineData("About 500 troops left Syria, Fox News reported, citing unidentified U.S. officials.", 500, "U.S. officials", "Fox News")]
    [InlineData("More than 100 Chinese fighters are in Russia's army, two U.S. officials who have seen the intelligence told Reuters.", 100, "U.S. officials", "Reuters")]
    [InlineData("About 500 troops will leave in May, U.S. officials familiar with the plans told Reuters.", 500, "U.S. officials", "Reuters")]
    [InlineData("About 500 troops will leave in May, unidentified U.S. officials told Fox News.", 500, "U.S. officials", "Fox News")]
    public void Officials_who_speak_through_an_outlet_are_the_origin(string text, double value, string origin, string via)
    {
        var (found, chain) = Attribution(text, value);
        Assert.Equal(origin, found);
        Assert.Equal([via], chain);
    }

    [Theory]
    // A voice whose description runs past a comma, or has no verb of speaking, does not speak ("who met them … were relieved").
    [InlineData("About 1,500 troops arrived, and U.S. officials who met them at the port were relieved, the Pentagon said.", 1500, "Pentagon")]
    [InlineData("About 2,000 soldiers guard the base that U.S. officials who toured it on Monday praised.", 2000, null)]
    public void A_described_voice_without_a_verb_of_its_own_does_not_speak(string text, double value, string? origin) =>
        Assert.Equal(origin, Attribution(text, value).Origin);
}

namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Two names denied one verb together ("Neither Moscow nor Pyongyang has confirmed the deployment", "Neither NATO nor the
/// United States have confirmed"): neither is a source, as "Pyongyang has not confirmed" cites no one. Near miss: both names
/// confirming ("Both Moscow and Pyongyang have confirmed") are sources. The articles are ours.
/// </summary>
public class NegatedPairsTests
{
    private const string Lead = "SEOUL, Nov 13 (Reuters) - Around 10,900 North Korean soldiers have been sent to Russia's Kursk region, lawmaker Lee said on Wednesday.";

    [Theory]
    [InlineData("Neither Moscow nor Pyongyang has confirmed the deployment.", "North Korea")]
    [InlineData("Neither Russia nor North Korea has confirmed the deployment.", "North Korea")]
    [InlineData("Neither NATO nor the United States have confirmed the deployment, but both have cast it as an escalation.", "United States")]
    public void A_pair_denied_one_verb_is_no_source(string sentence, string denied) =>
        Assert.DoesNotContain(PageMentions("North Korea has 10,900 in Kursk", Lead, sentence), m => m.Source == denied);

    [Fact]
    // Near miss: a pair that confirms.
    public void A_pair_that_confirms_are_sources() =>
        Assert.Contains(PageMentions("North Korea has 10,900 in Kursk", Lead, "Both Moscow and Pyongyang have confirmed the deployment."), m => m.Source == "North Korea");
}

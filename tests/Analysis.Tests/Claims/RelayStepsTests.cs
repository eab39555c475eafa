namespace Analysis.Tests.Claims;

using Analysis.Claims;
using Analysis.Tests.Corpus;

/// <summary>A figure's relays as the steps they passed it on in, as notebook 3 prints them and the citation network draws them.</summary>
public class RelayStepsTests
{
    [Fact]
    public void Voices_named_together_are_one_step_and_the_others_a_step_each()
    {
        using var corpus = new TempCorpus();
        corpus.Write("briefing.txt", "Lawmakers say troops trained\n\nSouth Korean lawmakers told Yonhap that about 10,000 North Korean troops are training in Russia's far east.\n\n" +
            "Lawmakers Lee Seong-kweun and Park Sun-won, after being briefed by the National Intelligence Service, said the soldiers were learning Russian commands.\n");
        var findings = Kit.Analyze(corpus.Load());
        var relays = RelaySteps.Of(findings);

        var count = Assert.Single(findings.TroopCounts);
        Assert.Equal(["Lee Seong-kweun", "Park Sun-won", "Yonhap"], count.Via);
        Assert.Equal(["Lee Seong-kweun and Park Sun-won", "Yonhap"], relays.Of(count.Via));
        // Near misses: voices never named together stay a step each, in their order.
        Assert.Equal(["Yonhap", "Lee Seong-kweun"], relays.Of(["Yonhap", "Lee Seong-kweun"]));
        Assert.Empty(relays.Of([]));
    }
}

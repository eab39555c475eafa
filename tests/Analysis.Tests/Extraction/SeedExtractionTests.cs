namespace Analysis.Tests.Extraction;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>The acceptance on the bundled seed article.</summary>
public class SeedExtractionTests
{
    private static readonly Findings Findings = Extractor.Default.Extract(CorpusLoader.Load());

    private static TroopCount Figure(double value) => Assert.Single(Findings.TroopCounts, t => t.Value == value);

    [Fact]
    public void Ten_thousand_in_training_approximate_current_from_the_NIS_via_lawmakers_via_Yonhap()
    {
        var count = Figure(10_000);
        Assert.Equal((Hedge.Approximate, TroopKind.Deployment, EstimateStatus.Current), (count.Hedge, count.Kind, count.Status));
        Assert.Equal("North Korea", count.Subject);
        Assert.Equal("National Intelligence Service", count.AttributedTo);
        Assert.Equal(["Lee Seong-kweun", "Park Sun-won", "Yonhap"], count.Via);
        Assert.Equal("approximately 10,000", count.Phrase);
        Assert.Equal("approximately 10,000 North Korean troops", count.Provenance.Quote);
        Assert.Equal(2, count.Provenance.Sentence);
    }

    [Fact]
    public void Three_thousand_is_the_earlier_deployment_estimate()
    {
        var count = Figure(3_000);
        Assert.Equal((TroopKind.Deployment, EstimateStatus.Earlier), (count.Kind, count.Status));
        Assert.Equal("North Korea", count.Subject);
    }

    [Fact]
    public void Twelve_million_is_a_possible_army_size()
    {
        var count = Figure(12_000_000);
        Assert.Equal((Hedge.Possible, TroopKind.ArmySize), (count.Hedge, count.Kind));
        Assert.Equal("potentially 12 million soldiers", count.Provenance.Quote);
    }

    [Fact]
    public void Only_the_three_troop_figures_are_found()
    {
        // "BRICS summit", "K Battalion" and the rest are not troop counts.
        Assert.Equal([10_000d, 3_000d, 12_000_000d], Findings.TroopCounts.Select(t => t.Value!.Value));
    }

    [Theory]
    [InlineData("Yonhap", SourceKind.Outlet, "South Korea")]
    [InlineData("National Intelligence Service", SourceKind.Intelligence, "South Korea")]
    [InlineData("Lee Seong-kweun", SourceKind.Official, "South Korea")]
    [InlineData("Park Sun-won", SourceKind.Official, "South Korea")]
    [InlineData("Ukrainian officials", SourceKind.Government, "Ukraine")]
    [InlineData("Vladimir Putin", SourceKind.Official, "Russia")]
    [InlineData("North Korean state media", SourceKind.StateMedia, "North Korea")]
    public void Cited_sources_include(string source, SourceKind kind, string country)
    {
        var cited = Assert.Single(Findings.Sources, s => s.Source == source);
        Assert.Equal((kind, country), (cited.Kind, cited.Country));
        Assert.True(cited.Mentions >= 1);
        Assert.Contains(Findings.SourceMentions, m => m.Source == source);
    }

    [Theory]
    [InlineData("Kim Jong Un")]
    [InlineData("Choe Son Hui")]
    [InlineData("South Korean defense officials")]
    [InlineData("Russia")]
    [InlineData("North Korea")]
    public void People_and_countries_that_only_act_are_not_sources(string actor)
    {
        Assert.DoesNotContain(Findings.Sources, s => s.Source == actor);
    }

    [Fact]
    public void Attributed_facts_count_the_chain()
    {
        Assert.Equal(2, Findings.Sources.Single(s => s.Source == "National Intelligence Service").AttributedFacts);
        Assert.Equal(2, Findings.Sources.Single(s => s.Source == "Yonhap").AttributedFacts);
        Assert.Equal(0, Findings.Sources.Single(s => s.Source == "Vladimir Putin").AttributedFacts);
    }

    [Fact]
    public void Every_fact_quotes_its_span()
    {
        var document = Findings.Corpus.Documents[0];
        Assert.All(Findings.TroopCounts.Select(t => t.Provenance).Concat(Findings.SourceMentions.Select(m => m.Provenance)), p =>
        {
            Assert.Equal(document.Quote(p.Span), p.Quote);
            Assert.True(document.Sentences[p.Sentence].Span.Contains(p.Span));
        });
        Assert.All(Findings.SourceMentions, m => Assert.Equal(m.Surface, m.Provenance.Quote));
    }
}

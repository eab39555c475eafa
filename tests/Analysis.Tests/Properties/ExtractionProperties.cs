using FsCheck.Xunit;

namespace Analysis.Tests.Properties;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// For any text, extraction never throws and every fact it finds quotes the document exactly:
/// <c>Provenance.Quote == Document.Text[Provenance.Span]</c>, inside the sentence it names.
/// </summary>
[Properties(Arbitrary = [typeof(HostileArbitraries)], MaxTest = 200)]
public class ExtractionProperties
{
    [Property]
    public void Every_fact_from_any_text_quotes_the_document_at_its_span(NewsLikeText input)
    {
        var document = CorpusLoader.FromText(input.Text, "generated");

        var findings = Extractor.Default.Extract(document);

        var provenances = findings.TroopCounts.Select(c => c.Provenance)
            .Concat(findings.SourceMentions.Select(m => m.Provenance))
            .Concat(findings.Events.SelectMany(e => e.Facts.Select(f => f.Provenance).Append(e.Provenance)));
        foreach (var p in provenances) CheckProvenance(document, p);
    }

    [Property(MaxTest = 60)]
    public void Extracting_a_corpus_of_any_texts_never_throws_and_keeps_every_quote_exact(NewsLikeText a, NewsLikeText b, HostileText c)
    {
        var documents = new[] { a.Text, b.Text, c.Text }.Select((t, i) => CorpusLoader.FromText(t, $"doc{i}")).ToArray();
        var corpus = new Corpus("/generated", documents, []);

        var findings = Extractor.Default.Extract(corpus);

        var byId = documents.ToDictionary(d => d.Id);
        foreach (var p in findings.TroopCounts.Select(x => x.Provenance)
                     .Concat(findings.SourceMentions.Select(x => x.Provenance))
                     .Concat(findings.Events.Select(x => x.Provenance)))
            CheckProvenance(byId[p.Document], p);
    }

    private static void CheckProvenance(Document document, Provenance p)
    {
        Assert.Equal(document.Id, p.Document);
        Assert.InRange(p.Span.Start, 0, document.Text.Length);
        Assert.InRange(p.Span.End, p.Span.Start, document.Text.Length);
        Assert.Equal(document.Text[p.Span.Start..p.Span.End], p.Quote);
        Assert.InRange(p.Sentence, 0, document.Sentences.Count - 1);
        Assert.True(document.Sentences[p.Sentence].Span.Contains(p.Span), $"fact {p} lies outside sentence {p.Sentence} {document.Sentences[p.Sentence].Span}");
    }
}

/// <summary>The generator is only worth its name if the extractors find something in what it makes.</summary>
public class NewsLikeGeneratorTests(Xunit.Abstractions.ITestOutputHelper output)
{
    [Fact]
    public void Generated_news_like_text_yields_troop_counts_sources_and_events_often()
    {
        // A fixed seed: the same 200 texts every run, so the share below is a measurement, not a coin toss.
        var samples = FsCheck.Fluent.Gen.Sample(HostileArbitraries.NewsLike().Generator, 200, new FsCheck.Rnd(6), 40);
        var findings = samples.Select((s, i) => Extractor.Default.Extract(CorpusLoader.FromText(s.Text, $"s{i}"))).ToArray();

        var withCounts = findings.Count(f => f.TroopCounts.Count > 0);
        var withSources = findings.Count(f => f.SourceMentions.Count > 0);
        var withEvents = findings.Count(f => f.Events.Count > 0);
        output.WriteLine($"of {findings.Length}: {withCounts} with troop counts, {withSources} with sources, {withEvents} with events");

        Assert.All(new[] { withCounts, withSources, withEvents }, n => Assert.InRange(n, findings.Length / 10, findings.Length));
    }
}

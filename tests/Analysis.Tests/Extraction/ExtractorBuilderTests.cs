namespace Analysis.Tests.Extraction;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

public class ExtractorBuilderTests
{
    private const string Text = "Test\n\nAbout 10,000 troops are in Russia, the NIS said.";

    [Fact]
    public void Only_the_steps_asked_for_run()
    {
        var document = CorpusLoader.FromText(Text);
        var countsOnly = new ExtractorBuilder().UseTroopCounts().Build().Extract(document);
        Assert.Single(countsOnly.TroopCounts);
        Assert.Null(countsOnly.TroopCounts[0].AttributedTo);
        Assert.Empty(countsOnly.SourceMentions);

        var sourcesOnly = new ExtractorBuilder().UseSources().Build().Extract(document);
        Assert.Empty(sourcesOnly.TroopCounts);
        Assert.Single(sourcesOnly.SourceMentions);
    }

    [Fact]
    public void Event_steps_see_the_counts_and_mentions_of_their_document()
    {
        (int Counts, int Mentions)? seen = null;
        var extractor = new ExtractorBuilder().UseTroopCounts().UseSources()
            .AddEventStep((document, counts, mentions, _, _) =>
            {
                seen = (counts.Count, mentions.Count);
                return [Event(document, 5, null)];
            })
            .Build();
        var findings = extractor.Extract(CorpusLoader.FromText(Text));
        Assert.Equal((1, 1), seen);
        Assert.Single(findings.Events);
    }

    [Fact]
    public void Corpus_events_are_ordered_by_date_and_renumbered()
    {
        var a = CorpusLoader.FromText("A\n\nOne. Two.", "a");
        var b = CorpusLoader.FromText("B\n\nThree.", "b");
        var merged = Extractor.MergeEvents(
        [
            new DocumentFindings(a, [], [], [Event(a, 1, new DateOnly(2024, 10, 23)), Event(a, 2, null)]),
            new DocumentFindings(b, [], [], [Event(b, 1, new DateOnly(2024, 10, 1))]),
        ]);
        Assert.Equal([("b", 1), ("a", 2), ("a", 3)], merged.Select(e => (e.Provenance.Document, e.Order)));
    }

    [Fact]
    public void Corpus_findings_gather_every_document()
    {
        var corpus = new Corpus("test", [CorpusLoader.FromText(Text, "a"), CorpusLoader.FromText(Text, "b")], []);
        var findings = Extractor.Default.Extract(corpus);
        Assert.Equal(2, findings.TroopCounts.Count);
        var nis = Assert.Single(findings.Sources);
        Assert.Equal(("National Intelligence Service", 2, 2, 2), (nis.Source, nis.Documents, nis.Mentions, nis.AttributedFacts));
    }

    [Fact]
    public void Kit_analyzes_the_seeds_in_one_call()
    {
        var findings = Kit.Analyze();
        Assert.Equal(3, findings.TroopCounts.Count);
        Assert.Equal(Kit.Load().Documents.Count, findings.Corpus.Documents.Count);
    }

    private static TimelineEvent Event(Document document, int order, DateOnly? date) =>
        new(order, "statement", [], "s", new EventDate(date, date, date is null ? DatePrecision.Unknown : DatePrecision.Day, null), [],
            Provenance.Of(document, document.Sentences[^1], document.Sentences[^1].Span));
}

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
    public void A_component_of_your_own_sees_the_layers_written_before_it()
    {
        (int Counts, int Mentions)? seen = null;
        var extractor = new ExtractorBuilder().UseTroopCounts().UseSources()
            .Add(Component.Of("my_events", needs: ["troop_counts", "source_mentions"], writes: ["events"], run: d =>
            {
                seen = (d.Get(Layers.TroopCounts).Count, d.Get(Layers.SourceMentions).Count);
                d.Set(TimelineLayers.Events, [Event(d.Document, 5, null)]);
            }))
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

    // In this class, beside the test above: the variable is process-wide, and tests of one class never run at once.
    [Fact]
    public void Kit_reads_the_corpus_the_environment_names_and_says_when_it_is_not_a_folder()
    {
        using var corpus = new Analysis.Tests.Corpus.TempCorpus();
        corpus.Write("border.txt", "Troops at the border\n\nAbout 4,000 soldiers arrived near the frontier, the defence ministry said.\n");
        var previous = Environment.GetEnvironmentVariable(Kit.CorpusVariable);
        try
        {
            Environment.SetEnvironmentVariable(Kit.CorpusVariable, corpus.Folder);
            var findings = Kit.Analyze();
            Assert.Equal(["border"], findings.Corpus.Documents.Select(d => d.Id));
            Assert.Equal(4000, Assert.Single(findings.TroopCounts).Value);

            Environment.SetEnvironmentVariable(Kit.CorpusVariable, corpus.PathOf("missing"));
            var error = Assert.Throws<DirectoryNotFoundException>(() => Kit.Load());
            Assert.Equal($"ANALYSIS_CORPUS names {corpus.PathOf("missing")}, which is not a folder: point it at a folder of articles, or unset it to read seeds/.", error.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Kit.CorpusVariable, previous);
        }
    }

    private static TimelineEvent Event(Document document, int order, DateOnly? date) =>
        new(order, "statement", [], "s", new EventDate(date, date, date is null ? DatePrecision.Unknown : DatePrecision.Day, null), [],
            Provenance.Of(document, document.Sentences[^1], document.Sentences[^1].Span));
}

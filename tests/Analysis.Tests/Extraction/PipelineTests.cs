namespace Analysis.Tests.Extraction;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Evaluation;
using Analysis.Pipeline;
using Analysis.Tests.Corpus;
using Analysis.Timeline;

public class PipelineTests
{
    private const string Text = "Test\n\nAbout 10,000 North Korean troops are in Russia, the NIS said. About 1,200 North Korean soldiers have been killed, it added.";

    // A component of our own: the casualty figures of each document, as a layer.
    private static readonly Layer<TroopCount> Casualties = new("casualties");

    private static IComponent CasualtyComponent() =>
        Component.Of("casualties", needs: ["troop_counts"], writes: ["casualties"],
            run: d => d.Set(Casualties, d.Get(Layers.TroopCounts).Where(c => c.Kind == TroopKind.Casualties).ToList()));

    [Fact]
    public void The_default_pipeline_runs_its_components_in_order()
    {
        Assert.Equal(["countries", "gazetteer", "sources", "attribution", "clauses", "quantities", "troop_counts", "dates", "events"],
            Extractor.Default.Components.Select(c => c.Name));
    }

    [Fact]
    public void Each_layer_is_kept_on_the_document_with_exact_spans()
    {
        var document = CorpusLoader.FromText(Text);
        var annotated = Extractor.Default.Extract(document).Annotations;
        Assert.Equal(["countries", "gazetteer_matches", "source_refs", "attribution", "source_mentions", "clauses", "quantities", "troop_counts", "dates", "sentence_dates", "figure_dates", "events"], annotated.LayerNames);
        var nis = Assert.Single(annotated.Get(Layers.GazetteerMatches)[1]);
        Assert.Equal("NIS", document.Text[nis.Span.Start..nis.Span.End]);
        Assert.Equal("National Intelligence Service", nis.Entry.Name);
    }

    [Fact]
    public void The_countries_layer_holds_each_sentence_s_country_names_with_their_entry()
    {
        var document = CorpusLoader.FromText("Test\n\nSeoul's spy agency says 10,000 North Korean troops are in Russia.");
        var countries = Extractor.Default.Extract(document).Annotations.Get(Layers.Countries);
        Assert.Equal(document.Sentences.Count, countries.Count);
        Assert.Empty(countries[0]);
        Assert.Equal(["Seoul's|South Korea|possessive", "North Korean|North Korea|adjective", "Russia|Russia|"],
            countries[1].Select(c => $"{document.Text[c.Span.Start..c.Span.End]}|{c.Country.Name}|{(c.Possessive ? "possessive" : c.IsAdjective ? "adjective" : "")}"));
        Assert.Equal("Seoul", document.Text[countries[1][0].Name.Start..countries[1][0].Name.End]);
    }

    [Fact]
    public void A_component_added_to_the_default_pipeline_writes_a_layer_read_from_the_findings()
    {
        var findings = Extractor.Default.With(CasualtyComponent()).Extract(new Corpus("", [CorpusLoader.FromText(Text)], []));
        var casualty = Assert.Single(findings.Layer(Casualties));
        Assert.Equal(1200, casualty.Value);
        Assert.Equal("National Intelligence Service", casualty.AttributedTo);
        // The kit's own tables are the same with or without it.
        Assert.Equal(Extractor.Default.Extract(findings.Corpus).TroopCounts, findings.TroopCounts);
    }

    [Fact]
    public void A_component_placed_before_the_layer_it_needs_is_refused_when_the_pipeline_is_built()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new Extractor([CasualtyComponent(), .. Extractor.Default.Components]));
        Assert.Equal("'casualties' needs layer 'troop_counts', which 'troop_counts' writes after it: put 'troop_counts' first.", error.Message);
    }

    [Fact]
    public void A_layer_nobody_writes_and_a_layer_with_two_writers_are_refused()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => new ExtractorBuilder().UseSources().Add(CasualtyComponent()).Build());
        Assert.Contains("needs layer 'troop_counts', which no component of the pipeline writes", missing.Message);
        var twice = Assert.Throws<InvalidOperationException>(() => Extractor.Default.With(Component.Of("mine", [], ["events"], _ => { })));
        Assert.Equal("Layer 'events' is written by both 'events' and 'mine': each layer has one writer.", twice.Message);
    }

    [Fact]
    public void A_component_that_reads_a_layer_written_after_it_is_refused()
    {
        var components = Extractor.Default.Components.ToList();
        var events = components.Single(c => c.Name == "events");
        components.Remove(events);
        components.Insert(0, events);
        var error = Assert.Throws<InvalidOperationException>(() => new Extractor(components));
        Assert.StartsWith("'events' reads layer 'troop_counts', which 'troop_counts' writes after it", error.Message);
    }

    [Fact]
    public void A_layer_is_written_once()
    {
        var annotated = new AnnotatedDocument(CorpusLoader.FromText(Text));
        annotated.Set(Casualties, []);
        Assert.Throws<InvalidOperationException>(() => annotated.Set(Casualties, []));
        Assert.Throws<InvalidOperationException>(() => annotated.Get(Layers.TroopCounts));
    }

    [Fact]
    public void A_step_that_fails_names_the_document_and_the_step()
    {
        var failing = Extractor.Default.With(Component.Of("broken", [], ["broken"], _ => throw new InvalidOperationException("boom")));
        var document = CorpusLoader.FromText(Text);
        var error = Assert.Throws<ExtractionException>(() => failing.Extract(document));
        Assert.Equal((document.Id, "broken"), (error.Document, error.Step));
        Assert.Contains(document.Id, error.Message);
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    // A step that fails only on articles that mention "Atlantis", so one document of a corpus breaks and the other does not.
    private static Extractor BrokenOnAtlantis() => Extractor.Default.With(Component.Of("broken", [], ["broken"], d =>
    {
        if (d.Document.Text.Contains("Atlantis", StringComparison.Ordinal)) throw new InvalidOperationException("boom");
    }));

    private static TempCorpus TwoArticles()
    {
        var corpus = new TempCorpus();
        corpus.Write("a.txt", Text);
        corpus.Write("b.txt", "Atlantis\n\nSome 2,000 Atlantean troops crossed the border, officials said.");
        return corpus;
    }

    [Fact]
    public void A_corpus_run_keeps_the_other_documents_when_a_step_fails_on_one()
    {
        using var folder = TwoArticles();
        var findings = BrokenOnAtlantis().Extract(folder.Load());
        Assert.Equal(["a", "b"], findings.Documents.Select(d => d.Document.Id));
        Assert.Equal([10_000, 1_200], findings.TroopCounts.Select(c => c.Value));
        Assert.Empty(findings.Documents[1].TroopCounts);
        var problem = Assert.Single(findings.Corpus.Problems);
        Assert.Equal((folder.PathOf("b.txt"), ProblemAction.NotExtracted), (problem.File, problem.Action));
        Assert.Contains("the broken step failed (boom)", problem.Message);
        Assert.EndsWith("(loaded, no facts extracted)", problem.Describe(folder.Folder));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_streamed_run_reports_the_failure_in_the_document_s_place(int threads)
    {
        using var folder = TwoArticles();
        folder.Write("c.txt", "\u0000\u0001binary");
        var stream = CorpusLoader.Stream(folder.Folder);
        var findings = stream.Extract(BrokenOnAtlantis(), threads).ToList();
        Assert.Equal(["a", "b"], findings.Select(d => d.Document.Id));
        Assert.Equal(2, findings[0].TroopCounts.Count);
        Assert.Equal([(folder.PathOf("b.txt"), ProblemAction.NotExtracted), (folder.PathOf("c.txt"), ProblemAction.Skipped)],
            stream.Problems.Select(p => (p.File, p.Action)));
    }

    [Fact]
    public void Scoring_lists_a_passage_a_step_fails_on_and_scores_the_rest()
    {
        var set = DevSet.FromJson("""
            { "items": [
              { "id": "ok", "text": "Some 2,000 Atlantean troops crossed the border.", "figures": [ { "value": 2000, "hedge": "approximate" } ] },
              { "id": "bad", "text": "Atlantis sent 3,000 troops.", "figures": [ { "value": 3000 } ] }
            ] }
            """);
        var scored = set.Evaluate(BrokenOnAtlantis());
        Assert.Equal((1, 2), (scored.Figures.Correct, scored.Figures.Expected));
        Assert.Contains("the broken step failed on document bad", Assert.Single(scored.Failures));
        Assert.StartsWith("FAILED on 1 passage(s)", scored.Describe());
    }
}

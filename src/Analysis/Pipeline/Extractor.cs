namespace Analysis.Pipeline;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Timeline;
using Analysis.Vocabulary;

/// <summary>
/// A pipeline of components run over each document (<see cref="IComponent"/>): each reads the layers written before
/// it on the <see cref="AnnotatedDocument"/> and writes its own. The order is checked when the extractor is made.
/// <see cref="Extract(Document)"/> handles one document at a time (what streaming over a large corpus needs);
/// <see cref="Extract(Corpus)"/> gathers every document's facts into <see cref="Findings"/>, with the corpus-wide
/// source counts and the events merged into one timeline.
/// </summary>
public sealed class Extractor
{
    public Extractor(IEnumerable<IComponent> components)
    {
        Components = components.ToArray();
        PipelineOrder.Check(Components);
    }

    /// <summary>Every step: troop counts, sources and attribution, then the timeline, with the kit's vocabulary.</summary>
    public static Extractor Default { get; } = For(Lexicon.Default);

    /// <summary>Every step, reading with <paramref name="lexicon"/>: how a corpus's own lexicon.json takes effect.</summary>
    public static Extractor For(Lexicon lexicon) =>
        new ExtractorBuilder().UseLexicon(lexicon).UseTroopCounts().UseSources().UseTimeline().Build();

    /// <summary>The components, in the order they run.</summary>
    public IReadOnlyList<IComponent> Components { get; }

    /// <summary>This pipeline with <paramref name="component"/> added at the end (checked like the others).</summary>
    public Extractor With(IComponent component) => new(Components.Append(component));

    /// <summary>The findings of <paramref name="document"/>; throws <see cref="ExtractionException"/> when a step fails on it.</summary>
    public DocumentFindings Extract(Document document)
    {
        var annotated = new AnnotatedDocument(document);
        foreach (var component in Components)
        {
            try
            {
                component.Run(annotated);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                throw new ExtractionException(document.Id, component.Name, e);
            }
        }
        var (counts, events) = Dated(annotated.GetOrEmpty(Layers.TroopCounts), annotated.GetOrEmpty(TimelineLayers.Events), annotated.GetOrEmpty(TimelineLayers.FigureDates));
        return new DocumentFindings(document, counts, annotated.GetOrEmpty(Layers.SourceMentions), events)
        {
            Annotations = annotated,
        };
    }

    /// <summary>
    /// The findings of <paramref name="document"/>, or, when a step fails on it, none (the document with no facts) and
    /// the <paramref name="failure"/> naming the step: how a corpus run keeps the other documents.
    /// </summary>
    public bool TryExtract(Document document, out DocumentFindings findings, out ExtractionException? failure)
    {
        try
        {
            findings = Extract(document);
            failure = null;
            return true;
        }
        catch (ExtractionException e)
        {
            findings = new DocumentFindings(document, [], [], []);
            failure = e;
            return false;
        }
    }

    /// <summary>The figures with the dates the dates component wrote for them, and the events carrying those figures.</summary>
    private static (IReadOnlyList<TroopCount>, IReadOnlyList<TimelineEvent>) Dated(
        IReadOnlyList<TroopCount> counts, IReadOnlyList<TimelineEvent> events, IReadOnlyList<FigureDate> dates)
    {
        if (dates.Count == 0) return (counts, events);
        var dated = new Dictionary<TroopCount, TroopCount>(ReferenceEqualityComparer.Instance);
        foreach (var d in dates) dated[d.Count] = d.Count with { AsOf = d.AsOf, Target = d.Target };
        TroopCount Of(TroopCount c) => dated.TryGetValue(c, out var withDates) ? withDates : c;
        return (counts.Select(Of).ToArray(),
            events.Select(e => e.Facts.Count == 0 ? e : e with { Facts = e.Facts.Select(Of).ToArray() }).ToArray());
    }

    /// <summary>Each document's findings, one at a time, in corpus order.</summary>
    public IEnumerable<DocumentFindings> ExtractEach(IEnumerable<Document> documents) => documents.Select(Extract);

    /// <summary>
    /// The findings of a whole corpus; <paramref name="cancellation"/> is checked before each document. A document a
    /// step fails on keeps its place, with no facts, and the failure joins the corpus's problems (naming the file and
    /// the step), so one bad article never costs the others.
    /// </summary>
    public Findings Extract(Corpus corpus, CancellationToken cancellation = default)
    {
        var perDocument = new List<DocumentFindings>(corpus.Documents.Count);
        var failures = new List<LoadProblem>();
        foreach (var document in corpus.Documents)
        {
            cancellation.ThrowIfCancellationRequested();
            if (!TryExtract(document, out var found, out var failure)) failures.Add(failure!.AsProblem(document.Path));
            perDocument.Add(found);
        }
        if (failures.Count > 0) corpus = corpus with { Problems = [.. corpus.Problems, .. failures] };
        var tally = new SourceTally();
        foreach (var d in perDocument) tally.Add(d);
        return new Findings(
            corpus,
            perDocument.SelectMany(d => d.TroopCounts).ToArray(),
            perDocument.SelectMany(d => d.SourceMentions).ToArray(),
            tally.Sources(),
            MergeEvents(perDocument))
        {
            Documents = perDocument,
        };
    }

    /// <summary>
    /// One timeline: events sorted by their earliest date; an undated event keeps its place after the
    /// dated event before it in its document (narrative order), and ties keep corpus order. Order is
    /// renumbered from 1.
    /// </summary>
    internal static IReadOnlyList<TimelineEvent> MergeEvents(IEnumerable<DocumentFindings> documents)
    {
        // The timeline's rule (TimelineOrder): an undated event that opens a story stays before the first dated one.
        return TimelineOrder.Merge(documents.Select(d => (d.Document, d.Events)));
    }

    public override string ToString() => string.Join(" → ", Components.Select(c => c.Name));
}

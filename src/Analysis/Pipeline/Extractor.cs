namespace Analysis.Pipeline;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Timeline;

/// <summary>
/// Runs the extraction steps over documents. <see cref="Extract(Document)"/> handles one document
/// at a time (what streaming over a large corpus needs); <see cref="Extract(Corpus)"/> gathers every
/// document's facts into <see cref="Findings"/>, with the corpus-wide source counts and the events
/// merged into one timeline.
/// </summary>
public sealed class Extractor
{
    private readonly bool troopCounts;
    private readonly SourceGazetteer? gazetteer;
    private readonly ExtractorBuilder.EventStep[] eventSteps;

    internal Extractor(bool troopCounts, SourceGazetteer? gazetteer, ExtractorBuilder.EventStep[] eventSteps)
    {
        this.troopCounts = troopCounts;
        this.gazetteer = gazetteer;
        this.eventSteps = eventSteps;
    }

    /// <summary>Every step: troop counts, sources and attribution, then the timeline.</summary>
    public static Extractor Default { get; } = new ExtractorBuilder()
        .UseTroopCounts()
        .UseSources()
        .UseTimeline()
        .Build();

    public DocumentFindings Extract(Document document)
    {
        var sentences = document.Sentences;
        // The gazetteer is searched once per sentence: the sources step and the timeline's actors share the matches.
        var matches = gazetteer is null ? null
            : sentences.Select(s => (IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>)gazetteer.Find(document.Text, s.Start, s.End).ToList()).ToArray();
        var refs = sentences.Select(s => matches is null ? [] : SourceFinder.Find(document, s, gazetteer!, matches[s.Index])).ToList();
        var attribution = gazetteer is null ? null : new Attribution(document, refs);

        var counts = new List<TroopCount>();
        if (troopCounts)
        {
            string? previousSubject = null;
            foreach (var sentence in sentences)
            {
                var cited = attribution?.RefsOf(sentence.Index).Where(r => r.IsCited).Select(r => r.Span).ToList() ?? [];
                // Whose troops and whose words are worked out only for sentences that have figures (few do).
                var figures = TroopCountFinder.Find(document, sentence, cited, () => ContextSubject(document, sentence, attribution) ?? previousSubject);
                if (figures.Count == 0) continue;
                var (origin, via) = attribution?.For(sentence) ?? (null, []);
                foreach (var figure in figures)
                {
                    counts.Add(new TroopCount(
                        document.Quote(figure.Quantity.Span),
                        figure.Quantity.Value, figure.Quantity.Low, figure.Quantity.High,
                        figure.Hedge, figure.Kind, figure.Status, figure.Subject,
                        origin, via,
                        Provenance.Of(document, sentence, figure.Span)));
                    previousSubject = figure.Subject ?? previousSubject;
                }
            }
        }
        var mentions = attribution?.Mentions().ToList() ?? [];
        var events = new List<TimelineEvent>();
        foreach (var step in eventSteps) events.AddRange(step(document, counts, mentions, gazetteer, matches));
        return new DocumentFindings(document, counts, mentions, events);
    }

    /// <summary>Each document's findings, one at a time, in corpus order.</summary>
    public IEnumerable<DocumentFindings> ExtractEach(IEnumerable<Document> documents) => documents.Select(Extract);

    public Findings Extract(Corpus corpus)
    {
        var perDocument = ExtractEach(corpus.Documents).ToList();
        var tally = new SourceTally();
        foreach (var d in perDocument) tally.Add(d);
        return new Findings(
            corpus,
            perDocument.SelectMany(d => d.TroopCounts).ToArray(),
            perDocument.SelectMany(d => d.SourceMentions).ToArray(),
            tally.Sources(),
            MergeEvents(perDocument));
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

    // Whose troops, when a figure's own sentence does not say: the last country named as an actor
    // earlier in its paragraph ("North Korea's military engagement ... a roster of 12 million soldiers").
    private static string? ContextSubject(Document document, Sentence sentence, Attribution? attribution)
    {
        if (sentence.Paragraph == 0) return null;
        // Earlier sentences, nearest first, then the rest of the figure's own sentence.
        var paragraph = document.Sentences.Where(s => s.Paragraph == sentence.Paragraph && s.Index < sentence.Index).Reverse().Append(sentence);
        foreach (var s in paragraph)
        {
            var masked = attribution?.RefsOf(s.Index).Where(r => r.IsCited).Select(r => r.Span).ToList() ?? [];
            if (TroopCountFinder.NearestCountry(document.Text, s.Start, s.End, masked) is { } country) return country;
        }
        return null;
    }
}

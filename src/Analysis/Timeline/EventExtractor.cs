namespace Analysis.Timeline;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Vocabulary;

/// <summary>
/// Turns each sentence of a document that reports an action or a statement into a
/// <see cref="TimelineEvent"/>: its kind (<see cref="EventKinds"/>), its actors (the sources the
/// sentence cites, by their canonical names, then the countries and people of the known-events
/// gazetteer it names), a short summary, its date, the troop counts it carries, and its provenance.
/// Commentary ("This could represent a shift…") is not an event. The headline restates the body, so
/// it is an event only in a document without a body. It reads what the components before it wrote on the
/// document (troop counts, source mentions, the source gazetteer's matches) instead of looking for them again.
/// </summary>
public sealed class EventExtractor
{
    private readonly KnownEvents known;
    private readonly EventKinds kinds;
    private readonly EventSummarizer summarizer;
    private readonly PhraseMatcher continuations;

    /// <param name="knownEvents">The known events and actors; by default those of <paramref name="lexicon"/>.</param>
    public EventExtractor(Lexicon lexicon, KnownEvents? knownEvents = null)
    {
        known = knownEvents ?? KnownEvents.For(lexicon);
        kinds = EventKinds.For(lexicon);
        summarizer = EventSummarizer.For(lexicon);
        continuations = PhraseMatcher.Of(lexicon, ["event_continuations"], ignoreCase: false);
    }

    /// <summary>The events of one annotated document in narrative order, numbered from <paramref name="firstOrder"/>.</summary>
    public IReadOnlyList<TimelineEvent> Extract(AnnotatedDocument annotated, int firstOrder = 1)
    {
        var document = annotated.Document;
        // Each sentence's date, read clause by clause: the dates component's layer, else read here.
        var dates = annotated.TryGet(TimelineLayers.SentenceDates, out var written) ? written
            : DocumentDates.Of(document, annotated.GetOrEmpty(Layers.TroopCounts), resolver: new DateResolver(known)).Sentences;
        var counts = annotated.GetOrEmpty(Layers.TroopCounts).ToLookup(c => c.Provenance.Sentence);
        var mentions = annotated.GetOrEmpty(Layers.SourceMentions).ToLookup(m => m.Provenance.Sentence);
        var sourceMatches = annotated.TryGet(Layers.GazetteerMatches, out var matches) ? matches : null;

        var events = new List<TimelineEvent>();
        TimelineEvent? previous = null;
        Sentence? previousSentence = null;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Paragraph == 0 && document.Paragraphs.Count > 0) continue;
            // Most sentences carry no count: no sort and no new array for them.
            var facts = counts.Contains(sentence.Index) ? counts[sentence.Index].OrderBy(c => c.Provenance.Span.Start).ToArray() : [];
            // A sentence that goes on about the previous event ("They labeled…") continues it.
            var continues = previous is not null && previousSentence is { } p && p.Index == sentence.Index - 1 &&
                            p.Paragraph == sentence.Paragraph && Continues(sentence.Text);
            var kind = kinds.Classify(sentence.Text, facts) ?? (continues ? previous!.Kind : null);
            previousSentence = sentence;
            if (kind is null)
            {
                previous = null;
                continue;
            }
            var actors = Actors(document, sentence, facts, mentions[sentence.Index], sourceMatches?[sentence.Index]);
            if (actors.Count == 0 && continues) actors = previous!.Actors;
            var provenance = Provenance.Of(document, sentence, sentence.Span);
            var date = dates[sentence.Index];
            previous = new TimelineEvent(firstOrder + events.Count, kind, actors, summarizer.Summarize(sentence.Text), date, facts, provenance);
            events.Add(previous);
        }
        return DocumentDate.Bound(document, events);
    }

    private bool Continues(string sentence) => continuations.FindAtStart(sentence, 0, sentence.Length) is [{ Span.Start: 0 }, ..];

    /// <summary>
    /// Who acts in a sentence, in order of mention: the sources it cites and the people and institutions
    /// of the source gazetteer it names (canonical names), the countries and people of the known-events
    /// gazetteer it names, then the sources its figures are attributed to from elsewhere in the paragraph.
    /// Where two names overlap the longer wins: "North Korean state media" is that source, not North Korea.
    /// </summary>
    private IReadOnlyList<string> Actors(Document document, Sentence sentence, IReadOnlyList<TroopCount> facts,
        IEnumerable<SourceMention> mentions, IEnumerable<(TextSpan Span, GazetteerEntry Entry)>? sources)
    {
        var candidates = new List<(string Name, TextSpan Span, int Rank)>();
        foreach (var m in mentions) candidates.Add((m.Source, m.Provenance.Span, 0));
        if (sources is not null)
            foreach (var (span, entry) in sources) candidates.Add((entry.Name, span, 1));
        foreach (var (actor, span) in known.FindActors(document.Text, sentence.Start, sentence.End))
            candidates.Add((actor, span, 2));

        // Longest first, the lower rank on a tie, else in the order found.
        var names = new List<string>();
        foreach (var k in SpanOverlaps.WithoutOverlaps(candidates, c => c.Span, tie: (a, b) => a.Rank - b.Rank)) AddOnce(names, k.Name);
        foreach (var fact in facts)
        {
            if (fact.AttributedTo is { } origin) AddOnce(names, origin);
            foreach (var via in fact.Via) AddOnce(names, via);
        }
        return names.ToArray();
    }

    // What Distinct(StringComparer.Ordinal) keeps: the first of each name.
    private static void AddOnce(List<string> names, string name)
    {
        if (!names.Contains(name, StringComparer.Ordinal)) names.Add(name);
    }
}

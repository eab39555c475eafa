using System.Buffers;

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
        var counts = BySentence(annotated.GetOrEmpty(Layers.TroopCounts), c => c.Provenance.Sentence, document.Sentences.Count);
        var mentions = BySentence(annotated.GetOrEmpty(Layers.SourceMentions), m => m.Provenance.Sentence, document.Sentences.Count);
        var sourceMatches = annotated.TryGet(Layers.GazetteerMatches, out var matches) ? matches : null;

        // A published document bounds its undated events by its day (DocumentDate.Bound): each event is made with its
        // bounded date at once, not made again by Bound. An undated document's bound needs all its events first.
        var plain = document.Published is { } published ? DocumentDate.OnOrBefore(published, inferred: false) : null;
        var events = new List<TimelineEvent>();
        TimelineEvent? previous = null;
        Sentence? previousSentence = null;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Paragraph == 0 && document.Paragraphs.Count > 0) continue;
            // Most sentences carry no count: no sort and no new array for them.
            var facts = At(counts, sentence.Index) is { } own ? ByStart(own) : [];
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
            var inText = IsDocumentText(document, sentence);
            var actors = Actors(document, sentence, inText, facts, At(mentions, sentence.Index), sourceMatches is null || sentence.Index >= sourceMatches.Count ? null : sourceMatches[sentence.Index]);
            if (actors.Count == 0 && continues) actors = previous!.Actors;
            var date = plain is null ? dates[sentence.Index] : DocumentDate.Bounded(dates[sentence.Index], plain);
            previous = new TimelineEvent(firstOrder + events.Count, kind, actors, summarizer.Summarize(sentence.Text), date, facts, ProvenanceOf(document, sentence, inText));
            events.Add(previous);
        }
        return plain is null ? DocumentDate.Bound(document, events) : events;
    }

    // The items of a layer by their sentence's index (null for a sentence with none), in the layer's order.
    private static List<T>?[] BySentence<T>(IReadOnlyList<T> items, Func<T, int> sentence, int sentences)
    {
        var by = new List<T>?[sentences];
        foreach (var item in items)
            if (sentence(item) is var i && i >= 0 && i < sentences) (by[i] ??= []).Add(item);
        return by;
    }

    private static List<T>? At<T>(List<T>?[] bySentence, int index) => index >= 0 && index < bySentence.Length ? bySentence[index] : null;

    // The counts in text order, equal starts in the layer's order (what a stable OrderBy gives).
    private static TroopCount[] ByStart(List<TroopCount> counts)
    {
        var sorted = new TroopCount[counts.Count];
        for (var n = 0; n < counts.Count; n++)
        {
            var at = n;
            while (at > 0 && sorted[at - 1].Provenance.Span.Start > counts[n].Provenance.Span.Start) at--;
            Array.Copy(sorted, at, sorted, at + 1, n - at);
            sorted[at] = counts[n];
        }
        return sorted;
    }

    // Whether the sentence's own string is the document's text at its span.
    private static bool IsDocumentText(Document document, Sentence sentence) =>
        sentence.Text.Length == sentence.Span.Length && sentence.End <= document.Text.Length &&
        document.Text.AsSpan(sentence.Start, sentence.Span.Length).SequenceEqual(sentence.Text);

    // The event's provenance is its whole sentence: the sentence's own text is its quote when it is the document's there
    // (`inText`, IsDocumentText, read once per event sentence).
    private static Provenance ProvenanceOf(Document document, Sentence sentence, bool inText) =>
        inText
            ? new Provenance(document.Id, sentence.Index, sentence.Span, sentence.Text) { SentenceText = sentence.Text }
            : Provenance.Of(document, sentence, sentence.Span);

    private bool Continues(string sentence) => continuations.FindAtStart(sentence, 0, sentence.Length) is [{ Span.Start: 0 }, ..];

    /// <summary>
    /// Who acts in a sentence, in order of mention: the sources it cites and the people and institutions
    /// of the source gazetteer it names (canonical names), the countries and people of the known-events
    /// gazetteer it names, then the sources its figures are attributed to from elsewhere in the paragraph.
    /// Where two names overlap the longer wins: "North Korean state media" is that source, not North Korea.
    /// </summary>
    private IReadOnlyList<string> Actors(Document document, Sentence sentence, bool inText, IReadOnlyList<TroopCount> facts,
        List<SourceMention>? mentions, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources)
    {
        // Read in the sentence's own string when it is the document's text there: the matchers before have read its tokens.
        var known = knownActors ??= [];
        var knownCount = inText ? this.known.FindActors(sentence.Text, 0, sentence.Text.Length, sentence.Start, known)
            : this.known.FindActors(document.Text, sentence.Start, sentence.End, 0, known);
        var (mentioned, named) = (mentions?.Count ?? 0, sources?.Count ?? 0);
        var most = mentioned + named + knownCount;
        for (var i = 0; i < facts.Count; i++) most += (facts[i].AttributedTo is null ? 0 : 1) + facts[i].Via.Count;
        if (most == 0) return [];
        // The names are gathered in a buffer of the pool, and the candidates too: the actors' array is the one allocation.
        var names = ArrayPool<string>.Shared.Rent(most);
        var count = 0;
        if (mentioned + named == 0)
        {
            // The known actors alone do not overlap and are in text order already.
            for (var i = 0; i < knownCount; i++) AddOnce(names, ref count, known[i].Actor);
        }
        else
        {
            var candidates = ArrayPool<Candidate>.Shared.Rent(2 * (mentioned + named + knownCount));
            var found = candidates.AsSpan(0, mentioned + named + knownCount);
            var n = 0;
            for (var i = 0; i < mentioned; i++) found[n++] = new(mentions![i].Source, mentions[i].Provenance.Span, 0);
            for (var i = 0; i < named; i++) found[n++] = new(sources![i].Entry.Name, sources[i].Span, 1);
            for (var i = 0; i < knownCount; i++) found[n++] = new(known[i].Actor, known[i].Span, 2);
            var kept = candidates.AsSpan(found.Length, found.Length);
            // Longest first, the lower rank on a tie, else in the order found.
            var keep = SpanOverlaps.WithoutOverlaps(found, kept, c => c.Span, tie: (a, b) => a.Rank - b.Rank);
            for (var i = 0; i < keep; i++) AddOnce(names, ref count, kept[i].Name);
            ArrayPool<Candidate>.Shared.Return(candidates, clearArray: true);
        }
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].AttributedTo is { } origin) AddOnce(names, ref count, origin);
            for (var v = 0; v < facts[i].Via.Count; v++) AddOnce(names, ref count, facts[i].Via[v]);
        }
        var actors = count == 0 ? [] : names.AsSpan(0, count).ToArray();
        ArrayPool<string>.Shared.Return(names, clearArray: true);
        return actors;
    }

    // The known actors of the sentence at hand: a buffer of the thread, as extractors are shared by the threads of a run.
    [ThreadStatic] private static List<(string Actor, TextSpan Span)>? knownActors;

    private readonly record struct Candidate(string Name, TextSpan Span, int Rank);

    // What Distinct(StringComparer.Ordinal) keeps: the first of each name.
    private static void AddOnce(string[] names, ref int count, string name)
    {
        for (var i = 0; i < count; i++)
            if (string.Equals(names[i], name, StringComparison.Ordinal)) return;
        names[count++] = name;
    }
}

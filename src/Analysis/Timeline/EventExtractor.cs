using System.Text.RegularExpressions;

namespace Analysis.Timeline;

using Analysis.Corpus;
using Analysis.Extraction;

/// <summary>
/// Turns each sentence of a document that reports an action or a statement into a
/// <see cref="TimelineEvent"/>: its kind (<see cref="EventKinds"/>), its actors (the sources the
/// sentence cites, by their canonical names, then the countries and people of the known-events
/// gazetteer it names), a short summary, its date, the troop counts it carries, and its provenance.
/// Commentary ("This could represent a shift…") is not an event. The headline restates the body, so
/// it is an event only in a document without a body.
/// </summary>
public static partial class EventExtractor
{
    /// <summary>
    /// The events of one document in narrative order, numbered from <paramref name="firstOrder"/>.
    /// <paramref name="troopCounts"/> and <paramref name="sourceMentions"/> may be those of the whole
    /// corpus: only this document's are used.
    /// </summary>
    public static IReadOnlyList<TimelineEvent> Extract(
        Document document,
        IReadOnlyList<TroopCount>? troopCounts = null,
        IReadOnlyList<SourceMention>? sourceMentions = null,
        KnownEvents? knownEvents = null,
        SourceGazetteer? sources = null,
        int firstOrder = 1) =>
        Extract(document, troopCounts, sourceMentions, knownEvents, sources, null, null, firstOrder);

    /// <param name="sourceMatches">The matches of <paramref name="sources"/> by sentence index, when already found.</param>
    internal static IReadOnlyList<TimelineEvent> Extract(
        Document document,
        IReadOnlyList<TroopCount>? troopCounts,
        IReadOnlyList<SourceMention>? sourceMentions,
        KnownEvents? knownEvents,
        SourceGazetteer? sources,
        IReadOnlyList<IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>>? sourceMatches,
        IReadOnlyList<EventDate>? sentenceDates = null,
        int firstOrder = 1)
    {
        var known = knownEvents ?? KnownEvents.Default;
        // Each sentence's date, read clause by clause (the dates component's layer when the pipeline has it).
        var dates = sentenceDates ?? DocumentDates.Of(document, troopCounts?.Where(c => c.Provenance.Document == document.Id), resolver: new DateResolver(known)).Sentences;
        var counts = (troopCounts ?? []).Where(c => c.Provenance.Document == document.Id).ToLookup(c => c.Provenance.Sentence);
        var mentions = (sourceMentions ?? []).Where(m => m.Provenance.Document == document.Id).ToLookup(m => m.Provenance.Sentence);

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
                            p.Paragraph == sentence.Paragraph && Anaphoric().IsMatch(sentence.Text);
            var kind = EventKinds.Classify(sentence.Text, facts) ?? (continues ? previous!.Kind : null);
            previousSentence = sentence;
            if (kind is null)
            {
                previous = null;
                continue;
            }
            var found = sources is null ? null : sourceMatches?[sentence.Index] ?? sources.Find(document.Text, sentence.Start, sentence.End);
            var actors = Actors(sentence, facts, mentions[sentence.Index], found, known);
            if (actors.Count == 0 && continues) actors = previous!.Actors;
            var provenance = Provenance.Of(document, sentence, sentence.Span);
            var date = dates[sentence.Index];
            previous = new TimelineEvent(firstOrder + events.Count, kind, actors, EventSummarizer.Summarize(sentence.Text), date, facts, provenance);
            events.Add(previous);
        }
        return DocumentDate.Bound(document, events);
    }

    /// <summary>
    /// Who acts in a sentence, in order of mention: the sources it cites and the people and institutions
    /// of the source gazetteer it names (canonical names), the countries and people of the known-events
    /// gazetteer it names, then the sources its figures are attributed to from elsewhere in the paragraph.
    /// Where two names overlap the longer wins: "North Korean state media" is that source, not North Korea.
    /// </summary>
    private static IReadOnlyList<string> Actors(Sentence sentence, IReadOnlyList<TroopCount> facts,
        IEnumerable<SourceMention> mentions, IEnumerable<(TextSpan Span, GazetteerEntry Entry)>? sources, KnownEvents known)
    {
        var candidates = new List<(string Name, TextSpan Span, int Rank)>();
        foreach (var m in mentions) candidates.Add((m.Source, m.Provenance.Span, 0));
        if (sources is not null)
            foreach (var (span, entry) in sources) candidates.Add((entry.Name, span, 1));
        foreach (var (actor, span) in known.FindActors(sentence.Text))
            candidates.Add((actor, new TextSpan(sentence.Start + span.Start, sentence.Start + span.End), 2));

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

    [GeneratedRegex(@"^(?:They|He|She|It|Its|Their|These|The\s+(?:regime|government|country|leadership|ministry|agency|military|army|officials|soldiers|troops|audio|recording|report|intercepted\s+\w+))\b")]
    private static partial Regex Anaphoric();
}

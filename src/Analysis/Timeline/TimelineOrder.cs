namespace Analysis.Timeline;

using Analysis.Corpus;
using Analysis.Extraction;

/// <summary>
/// Puts events in timeline order without inventing dates. Dated events stand in date order (earliest
/// day, then latest); an undated event keeps its place after the event its document tells before it,
/// or before the first dated one when it opens the story. A document with no dated event keeps its
/// narrative order, at the day it was published when it has one (its events happened by then), else
/// after every dated event. Narrative order is sentence order.
/// </summary>
public static class TimelineOrder
{
    /// <summary>One document's events in timeline order.</summary>
    public static IReadOnlyList<TimelineEvent> Place(IReadOnlyList<TimelineEvent> events, DateOnly? published = null) =>
        Keyed(events, published, 0).OrderBy(k => k.Key).Select(k => k.Event).ToArray();

    /// <summary>Every document's events merged into one timeline, <see cref="TimelineEvent.Order"/> renumbered from 1.</summary>
    public static IReadOnlyList<TimelineEvent> Merge(IEnumerable<(Document Document, IReadOnlyList<TimelineEvent> Events)> documents) =>
        documents.SelectMany((d, i) => Keyed(d.Events, d.Document.Published, i))
            .OrderBy(k => k.Key)
            .Select((k, i) => k.Event with { Order = i + 1 })
            .ToArray();

    // Events with an anchor date first, by date; then document and narrative order.
    private readonly record struct Key(int Undated, int Earliest, int Latest, int Document, int Narrative) : IComparable<Key>
    {
        public int CompareTo(Key other) =>
            (Undated, Earliest, Latest, Document, Narrative).CompareTo((other.Undated, other.Earliest, other.Latest, other.Document, other.Narrative));
    }

    private static IEnumerable<(TimelineEvent Event, Key Key)> Keyed(IReadOnlyList<TimelineEvent> events, DateOnly? published, int document)
    {
        // Order may already be a merged timeline's numbering; the sentence index is the story's order.
        var narrative = events.OrderBy(e => e.Provenance.Sentence).ThenBy(e => e.Order).ToList();
        var firstDated = narrative.FirstOrDefault(e => e.Date.Earliest is not null)?.Date;
        EventDate? anchor = null;
        for (var i = 0; i < narrative.Count; i++)
        {
            var e = narrative[i];
            if (e.Date.Earliest is not null) anchor = e.Date;
            var at = anchor ?? firstDated;
            var (earliest, latest) = at is { Earliest: { } a } ? (a, at.Latest ?? a)
                : published is { } p ? (p, p)
                : (DateOnly.MaxValue, DateOnly.MaxValue);
            yield return (e, new Key(at is null && published is null ? 1 : 0, earliest.DayNumber, latest.DayNumber, document, i));
        }
    }
}

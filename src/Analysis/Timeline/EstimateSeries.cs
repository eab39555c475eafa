namespace Analysis.Timeline;

using Analysis.Corpus;
using Analysis.Extraction;

/// <summary>
/// The troop estimates of a corpus as series over time, one per source: what an estimates-over-time
/// chart plots. A figure is dated by its own as-of date (<see cref="TroopCount.AsOf"/>: its clause's, its
/// statement's or its article's); a figure made without one by the event that carries it, else (a current figure
/// only) by the date its article was written (<see cref="DocumentDate"/>). An earlier figure ("the earlier estimate
/// of 3,000") is never given its article's date, but comes before the figure that replaced it in its source's series.
/// </summary>
public static class EstimateSeries
{
    /// <summary>The points of every series, by source and then sequence. Whole-army figures are left out unless asked for.</summary>
    public static IReadOnlyList<EstimatePoint> Of(Corpus corpus, IEnumerable<TroopCount> troopCounts, IEnumerable<TimelineEvent> events, bool includeArmySize = false)
    {
        var documents = corpus.Documents.Select((d, i) => (d, i)).ToDictionary(x => x.d.Id, x => (Document: x.d, Index: x.i), StringComparer.Ordinal);
        // Only an event with a date of its own dates its figures; one bounded by its article's date does not.
        var carriers = events.Where(e => e.Date.Earliest is not null)
            .SelectMany(e => e.Facts.Select(f => (f, e)))
            .GroupBy(x => x.f).ToDictionary(g => g.Key, g => g.First().e);
        var byDocument = events.ToLookup(e => e.Provenance.Document, StringComparer.Ordinal);
        var written = corpus.Documents.ToDictionary(d => d.Id, d => DocumentDate.Of(d, byDocument[d.Id]), StringComparer.Ordinal);

        var dated = troopCounts
            .Where(c => includeArmySize || c.Kind != TroopKind.ArmySize)
            .Select(c => (Count: c, Date: DateOf(c, carriers, written)))
            .ToList();

        // An undated earlier figure takes, for ordering only, the date of the current figure beside it.
        DateOnly? OrderingDate(TroopCount c, EventDate date) =>
            date.Earliest ?? (c.Status == EstimateStatus.Earlier
                ? dated.Where(d => d.Count.Status == EstimateStatus.Current && SameSentence(d.Count, c) && SourceOf(d.Count) == SourceOf(c))
                    .Select(d => d.Date.Date.Earliest).FirstOrDefault()
                : null);

        return dated
            .GroupBy(d => SourceOf(d.Count), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g
                .OrderBy(d => OrderingDate(d.Count, d.Date.Date) is null ? 1 : 0)
                .ThenBy(d => OrderingDate(d.Count, d.Date.Date))
                .ThenBy(d => documents.TryGetValue(d.Count.Provenance.Document, out var doc) ? doc.Index : int.MaxValue)
                .ThenBy(d => d.Count.Provenance.Sentence)
                .ThenBy(d => StatusRank(d.Count.Status))
                .ThenBy(d => d.Count.Provenance.Span.Start)
                .Select((d, i) => new EstimatePoint(g.Key, i + 1, d.Date.Date, d.Date.Dating, d.Count.Value, d.Count.Low, d.Count.High,
                    d.Count.Status, d.Count.Kind, d.Count.Phrase, d.Count)))
            .ToArray();
    }

    /// <summary>The name a figure's series is filed under: its originating source, else the first it came through.</summary>
    public static string SourceOf(TroopCount count) => count.AttributedTo ?? count.Via.FirstOrDefault() ?? "unattributed";

    private static (EventDate Date, EstimateDating Dating) DateOf(TroopCount count, Dictionary<TroopCount, TimelineEvent> carriers,
        Dictionary<string, EventDate> written)
    {
        // The figure's own as-of date, when the dates component gave it one (DocumentDates says how).
        if (count.AsOf.IsKnown)
            return (count.AsOf, count.AsOf.Precision == DatePrecision.Inferred ? EstimateDating.Inferred
                : count.AsOf.Expression == "published" ? EstimateDating.Published : EstimateDating.Event);
        // An earlier figure was current before the sentence that mentions it: neither its event's date nor its article's.
        if (count.Status == EstimateStatus.Earlier) return (EventDate.Unknown, EstimateDating.Undated);
        if (carriers.TryGetValue(count, out var carrier)) return (carrier.Date, EstimateDating.Event);
        if (count.Status == EstimateStatus.Current && written.TryGetValue(count.Provenance.Document, out var date) && date.Earliest is not null)
            return (date, date.Precision == DatePrecision.Inferred ? EstimateDating.Inferred : EstimateDating.Published);
        return (EventDate.Unknown, EstimateDating.Undated);
    }

    private static bool SameSentence(TroopCount a, TroopCount b) =>
        a.Provenance.Document == b.Provenance.Document && a.Provenance.Sentence == b.Provenance.Sentence;

    private static int StatusRank(EstimateStatus status) => status switch
    {
        EstimateStatus.Earlier => 0,
        EstimateStatus.Current => 1,
        _ => 2,
    };
}

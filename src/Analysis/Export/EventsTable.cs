namespace Analysis.Export;

using Analysis.Timeline;

/// <summary>
/// The exported events table (events.csv, events.json, the events frame):
/// document,order,earliest,latest,precision,kind,actors,summary,sentence,quote. Dates are yyyy-MM-dd and
/// empty when unknown; actors are joined by "; ", as troop_counts.csv joins its chain of sources.
/// </summary>
internal static class EventsTable
{
    public static readonly Table<TimelineEvent> Events = new("events", d => d.Events, null,
    [
        new("document", e => e.Provenance.Document),
        new("order", e => e.Order),
        new("earliest", e => e.Date.Earliest),
        new("latest", e => e.Date.Latest),
        new("precision", e => e.Date.Precision),
        new("kind", e => e.Kind),
        new("actors", e => e.Actors),
        new("summary", e => e.Summary),
        new("sentence", e => e.Provenance.Sentence),
        new("quote", e => e.Provenance.Quote),
    ]);
}

namespace Analysis.Export;

using Analysis.Timeline;

/// <summary>
/// The exported events table (events.csv, events.json, the events frame):
/// document,order,earliest,latest,precision,kind,actors,summary,sentence,quote. Dates are yyyy-MM-dd and
/// empty when unknown; actors are joined by "; ", as troop_counts.csv joins its chain of sources.
/// </summary>
internal static class EventsTable
{
    public static readonly Table<TimelineEvent> Events = new("events", d => d.Events, null, new Columns<TimelineEvent>
    {
        { "document", e => e.Provenance.Document },
        { "order", e => e.Order },
        { "earliest", e => e.Date.Earliest },
        { "latest", e => e.Date.Latest },
        { "precision", e => e.Date.Precision },
        { "kind", e => e.Kind },
        { "actors", e => e.Actors },
        { "summary", e => e.Summary },
        { "sentence", e => e.Provenance.Sentence },
        { "quote", e => e.Provenance.Quote },
    });
}

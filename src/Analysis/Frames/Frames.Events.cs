using Deedle;

namespace Analysis.Frames;

using Analysis.Export;
using Analysis.Pipeline;
using Analysis.Timeline;

public static partial class Frames
{
    /// <summary>
    /// The events in timeline order, with the columns of events.csv: document, order, earliest, latest
    /// (dates; missing when unknown), precision, kind, actors, summary, sentence, quote.
    /// </summary>
    public static Frame<int, string> Events(Findings findings) => Events(findings.Events);

    public static Frame<int, string> Events(IEnumerable<TimelineEvent> events) =>
        Of(EventsTable.Events, events.OrderBy(e => e.Order).ToArray());
}

using Deedle;

namespace Analysis;

public static partial class Frames
{
    /// <summary>
    /// The events, one row each in their order, with the columns of events.csv (see <see cref="EventRow"/>):
    /// document, order, earliest, latest, precision, kind, actors, summary, sentence, quote.
    /// </summary>
    public static Frame<int, string> Events(IEnumerable<TimelineEvent> events)
    {
        var frame = Frame.FromRecords(events.OrderBy(e => e.Order).Select(EventRow.Of).ToArray());
        frame.RenameColumns(EventRow.Columns);
        return frame;
    }
}

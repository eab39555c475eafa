namespace Analysis.Timeline;

using Analysis.Corpus;
using Analysis.Extraction;

/// <summary>
/// When a document was written, and what that says of the events it leaves undated.
/// </summary>
/// <remarks>
/// A document's date is its publication day when its metadata gives one. Else it is inferred from what the
/// document reports (<see cref="DatePrecision.Inferred"/>): no earlier than the end of the latest dated event it
/// reports as past (an article that names the BRICS summit of 22–24 October 2024 as past was written on the 24th
/// or later), no later than <see cref="ReportingWindowDays"/> after that day, and before any dated event it speaks
/// of as still to come. An event the text does not date happened by the day its document was written: it is
/// bounded by the latest day of that date (<see cref="Bound"/>), never given the whole window as if it were known.
/// </remarks>
public static class DocumentDate
{
    /// <summary>
    /// How long after the latest dated event it reports a news article is taken to be written: news reports recent
    /// events, and an article that still names an event a month old as its latest would usually say "last month".
    /// </summary>
    public const int ReportingWindowDays = 31;

    /// <summary>
    /// The date <paramref name="document"/> was written: its publication day, else the window inferred from the
    /// dated events among <paramref name="events"/> (those of other documents are ignored), else unknown.
    /// </summary>
    public static EventDate Of(Document document, IEnumerable<TimelineEvent> events)
    {
        if (document.Published is { } published) return new EventDate(published, published, DatePrecision.Day, "published");
        return Window(events
            // Only a date with both ends counts (see Window): the tense of the others' sentences is not read.
            .Where(e => e.Provenance.Document == document.Id && e.Date.Precision is not (DatePrecision.Inferred or DatePrecision.OnOrBefore) &&
                        e.Date is { Earliest: not null, Latest: not null })
            .Select(e => (e.Date, DateResolver.SpeaksOfFuture(e.Provenance.Quote))));
    }

    /// <summary>
    /// The window an undated article was written in, from the dates it gives (each with whether its sentence speaks
    /// of the future): from the end of the latest one reported as past to <see cref="ReportingWindowDays"/> after it,
    /// and before the first one still to come. Unknown when none is past.
    /// </summary>
    public static EventDate Window(IEnumerable<(EventDate Date, bool Future)> dates)
    {
        DateOnly? after = null, before = null;
        string? expression = null;
        foreach (var (date, future) in dates)
        {
            if (date is not { Earliest: { } first, Latest: { } last }) continue;
            if (future)
            {
                if (before is null || first < before) before = first;
            }
            else if (after is null || last > after)
            {
                (after, expression) = (last, date.Expression);
            }
        }
        if (after is not { } from) return EventDate.Unknown;
        var to = from.AddDays(ReportingWindowDays);
        if (before is { } next && next > from && next.AddDays(-1) < to) to = next.AddDays(-1);
        return new EventDate(from, to, DatePrecision.Inferred,
            $"no earlier than the latest dated event it reports{(expression is null ? "" : $", \"{expression}\"")} (ends {from:yyyy-MM-dd})");
    }

    /// <summary>
    /// The events of one document, each one the text leaves undated bounded by the document's date: it happened by
    /// that date's latest day (earliest unknown, precision <see cref="DatePrecision.OnOrBefore"/>). Unchanged when
    /// the document cannot be dated.
    /// </summary>
    public static IReadOnlyList<TimelineEvent> Bound(Document document, IReadOnlyList<TimelineEvent> events)
    {
        if (!events.Any(e => e.Date.Precision == DatePrecision.Unknown)) return events;
        var written = Of(document, events);
        if (written.Latest is not { } by) return events;
        var plain = OnOrBefore(by, inferred: written.Precision == DatePrecision.Inferred);
        var bounded = new TimelineEvent[events.Count];
        for (var i = 0; i < bounded.Length; i++)
            bounded[i] = events[i] is var e && e.Date.Precision != DatePrecision.Unknown ? e : e with { Date = Bounded(e.Date, plain) };
        return bounded;
    }

    /// <summary>The date of an undated event of a document written by <paramref name="by"/> (published that day, or <paramref name="inferred"/>).</summary>
    internal static EventDate OnOrBefore(DateOnly by, bool inferred) =>
        new(null, by, DatePrecision.OnOrBefore, $"reported by {by:yyyy-MM-dd}, {(inferred ? "the latest day its article was likely written" : "the day its article was published")}");

    /// <summary>
    /// <paramref name="date"/> bounded by <paramref name="plain"/> (<see cref="OnOrBefore"/>) when the text leaves it undated:
    /// most undated events have no date words and share <paramref name="plain"/>.
    /// </summary>
    internal static EventDate Bounded(EventDate date, EventDate plain) =>
        date.Precision != DatePrecision.Unknown ? date
        : date.Expression is { } words ? plain with { Expression = $"{plain.Expression} (\"{words}\" alone gives no date)" } : plain;
}

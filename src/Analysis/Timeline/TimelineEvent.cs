namespace Analysis.Timeline;

using Analysis.Extraction;

/// <summary>
/// How precisely an event's date is known. <see cref="Inferred"/>: the text gives no date, and one was worked out
/// from around it (see <see cref="DocumentDate"/>): the window an undated article was written in, or an undated
/// event bounded by its article's date (no earliest day, reported by the latest).
/// </summary>
public enum DatePrecision { Day, Month, Year, Interval, Unknown, Inferred }

/// <summary>
/// When an event happened, as an interval: a day has Earliest == Latest; an unknown date has both
/// empty; an event known only to have happened by a day has Latest alone (precision Inferred).
/// <see cref="Expression"/> is the text that dated it ("Oct. 23", "the BRICS summit"), or how it was inferred.
/// </summary>
public sealed record EventDate(DateOnly? Earliest, DateOnly? Latest, DatePrecision Precision, string? Expression)
{
    public static EventDate Unknown { get; } = new(null, null, DatePrecision.Unknown, null);
}

/// <summary>
/// Something a sentence reports: an action or a statement, with its actors (canonical names), a short
/// summary, its kind, its date, the figures it carries, and its narrative order across the corpus.
/// </summary>
public sealed record TimelineEvent(
    int Order,
    string Kind,
    IReadOnlyList<string> Actors,
    string Summary,
    EventDate Date,
    IReadOnlyList<TroopCount> Facts,
    Provenance Provenance);

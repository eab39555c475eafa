namespace Analysis.Timeline;

using Analysis.Extraction;

/// <summary>How precisely an event's date is known.</summary>
public enum DatePrecision { Day, Month, Year, Interval, Unknown }

/// <summary>
/// When an event happened, as an interval: a day has Earliest == Latest; an unknown date has both
/// empty. <see cref="Expression"/> is the text that dated it ("Oct. 23", "the BRICS summit"), if any.
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

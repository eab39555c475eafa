namespace Analysis.Extraction;

/// <summary>
/// How precisely a date is known. <see cref="OnOrBefore"/>: the text gives no date, but the thing happened (or was
/// stated) by a day: its report's. <see cref="Inferred"/>: worked out from around the text (the window an undated
/// article was written in, see the timeline's <c>DocumentDate</c>).
/// </summary>
public enum DatePrecision { Day, Month, Year, Interval, Unknown, Inferred, OnOrBefore }

/// <summary>
/// A date as an interval: a day has Earliest == Latest; an unknown date has both empty; something known only to
/// have happened by a day has Latest alone (<see cref="DatePrecision.OnOrBefore"/>). The date of an event, and of a
/// figure (<see cref="TroopCount.AsOf"/>, <see cref="TroopCount.Target"/>). <see cref="Expression"/> is the text that
/// dated it ("Oct. 23", "the BRICS summit"), or how it was inferred.
/// </summary>
public sealed record EventDate(DateOnly? Earliest, DateOnly? Latest, DatePrecision Precision, string? Expression)
{
    public static EventDate Unknown { get; } = new(null, null, DatePrecision.Unknown, null);

    /// <summary>Whether the date says anything: a first day, a last day, or both.</summary>
    public bool IsKnown => Earliest is not null || Latest is not null;

    /// <summary>The date of one day, with the words that gave it.</summary>
    public static EventDate OnDay(DateOnly day, string? expression = null) => new(day, day, DatePrecision.Day, expression);
}

namespace Analysis.Evaluation;

using Analysis.Extraction;
using Analysis.Timeline;

/// <summary>
/// A date as a dev set annotates it: an interval (a day has <see cref="Earliest"/> == <see cref="Latest"/>),
/// or a bound with only <see cref="Latest"/> (precision "on_or_before": it happened on or before that day).
/// <see cref="Precision"/> is the annotator's word (day, month, year, interval, on_or_before).
/// </summary>
public sealed record ExpectedDate(DateOnly? Earliest, DateOnly? Latest, string Precision)
{
    /// <summary>Whether the kit's date is this one: the same first and last day (a bound: no first day, the same last day).</summary>
    public bool Matches(EventDate date) => date.Earliest == Earliest && LastDay(date) == Latest;

    /// <summary>Whether each end of the kit's date is within <paramref name="days"/> of this one's.</summary>
    public bool IsWithin(EventDate date, int days) => Near(Earliest, date.Earliest, days) && Near(Latest, LastDay(date), days);

    private static DateOnly? LastDay(EventDate date) => date.Latest ?? date.Earliest;

    private static bool Near(DateOnly? expected, DateOnly? found, int days) =>
        expected is null ? found is null : found is { } f && Math.Abs(expected.Value.DayNumber - f.DayNumber) <= days;

    /// <summary>How a dev-set error line shows a date the kit gave.</summary>
    public static string Describe(EventDate date) =>
        date.Earliest is null && date.Latest is null ? "no date"
        : date.Earliest is null ? $"on or before {date.Latest:yyyy-MM-dd}"
        : date.Latest is null || date.Latest == date.Earliest ? $"{date.Earliest:yyyy-MM-dd}"
        : $"{date.Earliest:yyyy-MM-dd}..{date.Latest:yyyy-MM-dd}";

    public override string ToString() =>
        Earliest is null ? $"on or before {Latest:yyyy-MM-dd}"
        : Latest == Earliest ? $"{Earliest:yyyy-MM-dd}"
        : $"{Earliest:yyyy-MM-dd}..{Latest:yyyy-MM-dd} ({Precision})";
}

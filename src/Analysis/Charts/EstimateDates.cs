namespace Analysis.Charts;

using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>
/// The dated troop figures as the over-time chart places them, from the timeline's
/// <see cref="EstimateSeries"/> (which decides how a figure is dated: by the event that carries it,
/// else a current figure by its article's day; never an earlier figure). An interval's figure sits
/// at its middle day; the hover says the whole interval and how it was dated.
/// </summary>
internal static class EstimateDates
{
    /// <summary>A figure at <paramref name="Date"/>, the middle of its interval from <paramref name="First"/> to <paramref name="Last"/>.</summary>
    public sealed record Dated(TroopCount Count, string Source, DateOnly Date, string How, DateOnly First, DateOnly Last);

    public static IReadOnlyList<Dated> Of(Findings findings) =>
        EstimateSeries.Of(findings.Corpus, findings.TroopCounts, findings.Events)
            .Where(p => p.Date.Earliest is not null)
            .Select(p => new Dated(p.Count, p.Source, Middle(p.Date), How(p), p.Date.Earliest!.Value, p.Date.Latest ?? p.Date.Earliest!.Value))
            .ToList();

    private static string How(EstimatePoint p) => p.Dating switch
    {
        EstimateDating.Published => $"{Words.Of(p.Date)}, the day its article was published",
        EstimateDating.Inferred => $"{Words.Of(p.Date)}: its article has no date; this is the window it was written in, {p.Date.Expression}",
        _ => $"{Words.Of(p.Date)}, the date of the event it belongs to",
    };

    private static DateOnly Middle(EventDate date)
    {
        var first = date.Earliest!.Value;
        var last = date.Latest ?? first;
        return first.AddDays((last.DayNumber - first.DayNumber) / 2);
    }
}

namespace Analysis.Charts;

using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

/// <summary>
/// The dated troop figures as the over-time chart places them, from the timeline's
/// <see cref="EstimateSeries"/> (which decides how a figure is dated: by its as-of date, else the event
/// that carries it, else a current figure by its article's day). A planned figure with a target stands
/// at its target. An interval's figure sits at its middle day; the hover says the whole interval and how it was dated.
/// </summary>
internal static class EstimateDates
{
    /// <summary>
    /// A figure at <paramref name="Date"/>, the middle of its interval from <paramref name="First"/> to <paramref name="Last"/>.
    /// A planned figure with a target (<see cref="IsTarget"/>) stands at its target, and <paramref name="Stated"/> is
    /// the middle of its as-of date, when it has one.
    /// </summary>
    public sealed record Dated(TroopCount Count, string Source, DateOnly Date, string How, DateOnly First, DateOnly Last, DateOnly? Stated = null)
    {
        public bool IsTarget => Stated is not null || Count.Status == EstimateStatus.Planned && Count.Target.Earliest is not null;
        public DateOnly? TargetFirst => IsTarget ? First : null;
        public DateOnly? TargetLast => IsTarget ? Last : null;
    }

    public static IReadOnlyList<Dated> Of(Findings findings) =>
        EstimateSeries.Of(findings.Corpus, findings.TroopCounts, findings.Events)
            .Select(At)
            .OfType<Dated>()
            .ToList();

    private static Dated? At(EstimatePoint p)
    {
        // A planned figure is drawn at the day it is to be reached, apart from the figures stated as held.
        if (p.Status == EstimateStatus.Planned && p.Count.Target is { Earliest: { } from } target)
        {
            var to = target.Latest ?? from;
            var how = $"to be reached {Words.Of(target)}" + (p.Date.Earliest is null ? "" : $"; stated {How(p)}");
            return new Dated(p.Count, p.Source, Middle(target), how, from, to, p.Date.Earliest is null ? null : Middle(p.Date));
        }
        if (p.Date.Earliest is null) return null;
        return new Dated(p.Count, p.Source, Middle(p.Date), How(p), p.Date.Earliest!.Value, p.Date.Latest ?? p.Date.Earliest!.Value);
    }

    private static string How(EstimatePoint p) => p.Dating switch
    {
        EstimateDating.Published => $"{Words.Of(p.Date)}, the day its article was published",
        EstimateDating.Inferred => $"{Words.Of(p.Date)}: its article has no date; this is the window it was written in, {p.Date.Expression}",
        _ when p.Count.AsOf.IsKnown => $"{Words.Of(p.Date)}, the date its clause or statement gives{(p.Date.Expression is { } words ? $" (\"{words}\")" : "")}",
        _ => $"{Words.Of(p.Date)}, the date of the event it belongs to",
    };

    private static DateOnly Middle(EventDate date)
    {
        var first = date.Earliest!.Value;
        var last = date.Latest ?? first;
        return first.AddDays((last.DayNumber - first.DayNumber) / 2);
    }
}

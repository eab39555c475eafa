namespace Analysis.Evaluation;

/// <summary>
/// The measures of issue 18 on a dated dev set. Figures: those with an annotated as-of date, how many
/// were found, and how the kit dates them. The kit's <see cref="TroopCount"/> has no as-of or target
/// date yet, so those are reported as not produced (never guessed); what it does date today is the
/// estimates-over-time chart (<see cref="EstimateSeries"/>: the date of the event that carries a figure,
/// else a current figure's publication day), scored as <c>Chart*</c>. Events: those annotated, how many
/// the kit reported as an event, how many of those have a date or a bound, and how many are right.
/// </summary>
public sealed record DateScores(
    int DatedFigures,
    int FiguresFound,
    int ChartRight,
    int ChartWithin3Days,
    int ChartNoDate,
    int Targets,
    int Events,
    int EventsFound,
    int EventsDated,
    int EventsRight)
{
    /// <summary>Whether the kit gives a figure its own as-of date (issue 18: not yet).</summary>
    public static bool AsOfProduced => false;

    /// <summary>Whether the kit gives a planned figure a target date (issue 18: not yet).</summary>
    public static bool TargetProduced => false;
}

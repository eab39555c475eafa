namespace Analysis.Evaluation;

/// <summary>
/// The measures of issue 18 on a dated dev set. Figures: those with an annotated as-of date, how many were found,
/// and how many of the found ones the kit dates (<see cref="Extraction.TroopCount.AsOf"/>) on the right day or
/// interval, within 3 days of it, or not at all. Targets: the planned figures with an annotated target, how many
/// were found, and how many have the right <see cref="Extraction.TroopCount.Target"/>. Events: those annotated, how
/// many the kit reported as an event, how many of those have a date or a bound, and how many dated ones are right.
/// <see cref="AsOfProduced"/> and <see cref="TargetProduced"/> say whether the extractor gave any found figure such a
/// date at all (a pipeline without the dates component gives none).
/// </summary>
public sealed record DateScores(
    int DatedFigures,
    int FiguresFound,
    int AsOfRight,
    int AsOfWithin3Days,
    int AsOfNoDate,
    int Targets,
    int TargetsFound,
    int TargetsRight,
    int Events,
    int EventsFound,
    int EventsDated,
    int EventsRight,
    bool AsOfProduced,
    bool TargetProduced);

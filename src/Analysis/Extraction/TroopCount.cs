namespace Analysis.Extraction;

/// <summary>How sure the text is of a figure.</summary>
public enum Hedge { Exact, Approximate, AtLeast, AtMost, Range, Vague, Possible }

/// <summary>
/// What a figure counts. <see cref="Subset"/> is a part of a force named beside it ("among them 300
/// officers", "including 500 special forces"): never an estimate of the whole force.
/// </summary>
public enum TroopKind { Deployment, Casualties, ArmySize, Other, Subset }

/// <summary>Whether a figure is the text's current estimate, one it supersedes, or an intention.</summary>
public enum EstimateStatus { Current, Earlier, Planned }

/// <summary>
/// A figure that counts soldiers. <see cref="Value"/> is the best single number (a range's midpoint
/// is not invented: a range keeps <see cref="Low"/> and <see cref="High"/> and its value is empty).
/// <see cref="AttributedTo"/> is the originating source; <see cref="Via"/> the chain it came through,
/// nearest to the origin first (in the seed: the lawmakers, then Yonhap). <see cref="AsOf"/> and
/// <see cref="Target"/> are its dates (written by the timeline's dates component, carried here by the pipeline).
/// </summary>
public sealed record TroopCount(
    string Phrase,
    double? Value,
    double? Low,
    double? High,
    Hedge Hedge,
    TroopKind Kind,
    EstimateStatus Status,
    string? Subject,
    string? AttributedTo,
    IReadOnlyList<string> Via,
    Provenance Provenance)
{
    /// <summary>
    /// When the figure was stated or held: the date of its own clause ("by Oct. 23"), else of its statement ("said on
    /// Monday", also in the next sentence of the same statement), else its article's publication day (or, undated,
    /// the window it was written in). A planned figure is stated as of its statement. Unknown until dated.
    /// </summary>
    public EventDate AsOf { get; init; } = EventDate.Unknown;

    /// <summary>When a planned figure is to be reached ("by March", "from July 2025"); unknown for the others.</summary>
    public EventDate Target { get; init; } = EventDate.Unknown;
}

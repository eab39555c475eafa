namespace Analysis.Extraction;

/// <summary>How sure the text is of a figure.</summary>
public enum Hedge { Exact, Approximate, AtLeast, AtMost, Range, Vague, Possible }

/// <summary>What a figure counts.</summary>
public enum TroopKind { Deployment, Casualties, ArmySize, Other }

/// <summary>Whether a figure is the text's current estimate, one it supersedes, or an intention.</summary>
public enum EstimateStatus { Current, Earlier, Planned }

/// <summary>
/// A figure that counts soldiers. <see cref="Value"/> is the best single number (a range's midpoint
/// is not invented: a range keeps <see cref="Low"/> and <see cref="High"/> and its value is empty).
/// <see cref="AttributedTo"/> is the originating source; <see cref="Via"/> the chain it came through,
/// nearest to the origin first (in the seed: the lawmakers, then Yonhap).
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
    Provenance Provenance);

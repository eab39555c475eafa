namespace Analysis.Evaluation;

using Analysis.Export;
using Analysis.Extraction;

/// <summary>
/// A troop count a dev-set item should yield, with its source chain (origin first, then via). The
/// dated dev set adds <see cref="AsOf"/> (when the figure was stated or held) and <see cref="Target"/>
/// (when a planned figure is to be reached); <see cref="Tags"/> name the phrasing shapes that make it
/// hard ("ellipsis", "relay"…), so that a score can be broken down by shape.
/// </summary>
public sealed record ExpectedFigure(
    double? Value,
    double? Low,
    double? High,
    Hedge Hedge,
    TroopKind Kind,
    EstimateStatus Status,
    string? Subject,
    string? AttributedTo,
    IReadOnlyList<string> Via)
{
    public IReadOnlyList<string> Tags { get; init; } = [];

    public ExpectedDate? AsOf { get; init; }

    public ExpectedDate? Target { get; init; }

    /// <summary>Same number(s) as a found troop count: what makes a figure found.</summary>
    public bool SameFigure(TroopCount count) => Same(Value, count.Value) && Same(Low, count.Low) && Same(High, count.High);

    private static bool Same(double? a, double? b) => a is null ? b is null : b is { } v && Math.Abs(a.Value - v) < 1e-6;

    public override string ToString() =>
        $"{(Value is { } v ? Cell.Number(v) : $"{(Low is { } l ? Cell.Number(l) : "")}..{(High is { } h ? Cell.Number(h) : "")}")} " +
        $"{EnumNames.ToSnake(Hedge)} {EnumNames.ToSnake(Kind)} {EnumNames.ToSnake(Status)} {Subject ?? "-"} <- {AttributedTo ?? "-"}" +
        (Via.Count > 0 ? $" via {string.Join("; ", Via)}" : "");
}

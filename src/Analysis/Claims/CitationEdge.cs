using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

namespace Analysis.Claims;

/// <summary>
/// One path of the citation network: an origin, the voices its figures came through (nearest to the
/// origin first; empty when the outlet cites the origin directly) and the outlet that published them,
/// weighted by the number of troop-count mentions that took this path. <see cref="Outlet"/> is null for the
/// articles whose metadata names no outlet (one path for all of them, as in the documents table's empty outlet).
/// </summary>
public sealed record CitationEdge(string Origin, IReadOnlyList<string> Via, string? Outlet, int Mentions)
{
    /// <summary>What the report and the charts show for a path whose articles name no outlet.</summary>
    public const string OutletNotGiven = "outlet not given";

    public override string ToString() =>
        string.Join(" → ", Via.Prepend(Origin).Append(Outlet ?? OutletNotGiven)) + $" ({Mentions} mention(s))";
}

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

namespace Analysis.Claims;

/// <summary>
/// One path of the citation network: an origin, the voices its figures came through (nearest to the
/// origin first; empty when the outlet cites the origin directly) and the outlet that published them,
/// weighted by the number of troop-count mentions that took this path.
/// </summary>
public sealed record CitationEdge(string Origin, IReadOnlyList<string> Via, string Outlet, int Mentions)
{
    public override string ToString() =>
        string.Join(" → ", Via.Prepend(Origin).Append(Outlet)) + $" ({Mentions} mention(s))";
}

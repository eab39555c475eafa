using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

namespace Analysis.Claims;

/// <summary>
/// What the claims say together: each origin's revisions, the contradictions between origins, and the
/// citation network. Earlier figures ("up from 3,000") are recalled, not asserted, so they are neither
/// revised nor contradicted; parts of a force (subsets) are not the force.
/// </summary>
internal static class ClaimLinks
{
    /// <summary>
    /// A claim stands from its first report until its origin revises it, or else until a week after its
    /// last report: the window in which another origin's different figure contradicts it.
    /// </summary>
    public static readonly int StandingDays = 7;

    private readonly record struct Force(string? Subject, TroopKind Kind, EstimateStatus Status);

    public static IReadOnlyList<Revision> Revisions(IReadOnlyList<Claim> claims) =>
        Sequences(claims).SelectMany(s => s.Zip(s.Skip(1), (from, to) => new Revision(from, to))).ToArray();

    public static IReadOnlyList<Contradiction> Contradictions(IReadOnlyList<Claim> claims)
    {
        var windows = new Dictionary<Claim, (DateOnly From, DateOnly Until)?>(ReferenceEqualityComparer.Instance);
        foreach (var sequence in Sequences(claims))
            for (var i = 0; i < sequence.Count; i++)
                windows[sequence[i]] = Window(sequence[i], i + 1 < sequence.Count ? sequence[i + 1] : null);

        var result = new List<Contradiction>();
        foreach (var force in windows.Keys.GroupBy(c => new Force(c.Subject, c.Kind, c.Status)))
        {
            var pairs = new HashSet<(Claim, Claim)>();
            void Check(Claim a, Claim b)
            {
                if (Index(a) > Index(b)) (a, b) = (b, a);
                if (a.Origin != b.Origin && !Figures.Compatible(a, b) && pairs.Add((a, b))) result.Add(new Contradiction(a, b));
            }
            // Dated claims, swept by the start of their window: each meets only those that start before it ends.
            var dated = force.Where(c => windows[c] is not null).OrderBy(c => windows[c]!.Value.From).ToList();
            for (var i = 0; i < dated.Count; i++)
                for (var j = i + 1; j < dated.Count && windows[dated[j]]!.Value.From < windows[dated[i]]!.Value.Until; j++)
                    if (windows[dated[i]]!.Value.From < windows[dated[j]]!.Value.Until) Check(dated[i], dated[j]);
            // A claim with no dated report stood, at least, when the document that reports it was written.
            foreach (var document in force.SelectMany(c => c.Mentions.Select(m => (m.Document, Claim: c))).GroupBy(x => x.Document, StringComparer.Ordinal))
            {
                var here = document.Select(x => x.Claim).Distinct().ToList();
                for (var i = 0; i < here.Count; i++)
                    for (var j = i + 1; j < here.Count; j++)
                        if (windows[here[i]] is null || windows[here[j]] is null) Check(here[i], here[j]);
            }
        }
        return result.OrderBy(c => Index(c.First)).ThenBy(c => Index(c.Second)).ToArray();
    }

    /// <summary>Who relays whom: origin → voices on the way → publishing outlet, one edge per path, weighted by mentions.</summary>
    public static IReadOnlyList<CitationEdge> Citations(IReadOnlyList<Claim> claims)
    {
        var paths = new Dictionary<string, CitationEdge>(StringComparer.Ordinal);
        foreach (var claim in claims.Where(c => c.Origin is not null))
            foreach (var m in claim.Mentions)
            {
                var via = new List<string>();
                foreach (var v in m.Count.Via)
                    if (v != claim.Origin && !via.Contains(v)) via.Add(v);
                // "…, Yonhap reported" in a Yonhap article: the outlet is the last voice, not one more.
                if (via.Count > 0 && via[^1] == m.Publisher) via.RemoveAt(via.Count - 1);
                var key = string.Join("\u001f", via.Prepend(claim.Origin!).Append(m.Publisher));
                paths[key] = paths.TryGetValue(key, out var edge)
                    ? edge with { Mentions = edge.Mentions + 1 }
                    : new CitationEdge(claim.Origin!, via, m.Publisher, 1);
            }
        return paths.Values.OrderByDescending(e => e.Mentions).ThenBy(e => e.Origin, StringComparer.Ordinal)
            .ThenBy(e => string.Join(" ", e.Via), StringComparer.Ordinal).ThenBy(e => e.Outlet, StringComparer.Ordinal).ToArray();
    }

    // Each origin's claims about one force, in the order it made them.
    private static IEnumerable<List<Claim>> Sequences(IReadOnlyList<Claim> claims) =>
        claims.Where(c => c.Origin is not null && c.Status != EstimateStatus.Earlier && c.Kind != TroopKind.Subset)
            .GroupBy(c => (c.Origin, c.Subject, c.Kind, c.Status))
            .Select(g => g.OrderBy(Index).ToList());

    private static (DateOnly From, DateOnly Until)? Window(Claim claim, Claim? next)
    {
        if (claim.FirstPublished is not { } from) return null;
        var until = claim.LastPublished!.Value.AddDays(StandingDays + 1);
        if (next?.FirstPublished is { } revised && revised < until) until = revised;
        return (from, until);
    }

    // Claim ids number claims in report order ("C12" after "C2").
    private static int Index(Claim c) => int.Parse(c.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
}

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
            var list = force.OrderBy(c => Index(c)).ToList();
            for (var i = 0; i < list.Count; i++)
                for (var j = i + 1; j < list.Count; j++)
                {
                    var (a, b) = (list[i], list[j]);
                    if (a.Origin == b.Origin || Figures.Compatible(a, b)) continue;
                    if (Overlap(windows[a], windows[b]) || SharesDocument(a, b)) result.Add(new Contradiction(a, b));
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

    private static bool Overlap((DateOnly From, DateOnly Until)? a, (DateOnly From, DateOnly Until)? b) =>
        a is { } x && b is { } y && x.From < y.Until && y.From < x.Until;

    private static bool SharesDocument(Claim a, Claim b) =>
        a.Mentions.Any(m => b.Mentions.Any(n => n.Document == m.Document));

    // Claim ids number claims in report order ("C12" after "C2").
    private static int Index(Claim c) => int.Parse(c.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
}

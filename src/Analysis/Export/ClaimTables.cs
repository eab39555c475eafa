using Analysis.Claims;
using Analysis.Extraction;
using Analysis.Pipeline;

namespace Analysis.Export;

/// <summary>
/// The claims' tables (claims, revisions, contradictions, citations): corpus-wide, written at the end.
/// Dates are yyyy-MM-dd, empty when no report is dated; lists are joined by "; ".
/// </summary>
internal static class ClaimTables
{
    public static readonly Table<Claim> Claims = new("claims", null, tally => tally.Claims.Claims(), new Columns<Claim>
    {
        { "claim", c => c.Id },
        { "kind", c => c.Kind },
        { "status", c => c.Status },
        { "subject", c => c.Subject },
        { "value", c => c.Value },
        { "low", c => c.Low },
        { "high", c => c.High },
        { "hedge", c => c.Hedge },
        { "origin", c => c.Origin },
        { "first_document", c => c.FirstDocument },
        { "first_published", c => c.FirstPublished },
        { "last_published", c => c.LastPublished },
        { "mentions", c => c.Mentions.Count },
        { "documents", c => c.Documents },
        { "relays", c => c.Relays },
    });

    public static readonly Table<Revision> Revisions = new("revisions", null, tally => tally.Claims.Revisions(), new Columns<Revision>
    {
        { "origin", r => r.Origin },
        { "subject", r => r.To.Subject },
        { "kind", r => r.To.Kind },
        { "status", r => r.To.Status },
        Side<Revision>(n => "from_" + n, r => r.From),
        Side<Revision>(n => "to_" + n, r => r.To),
    });

    public static readonly Table<Contradiction> Contradictions = new("contradictions", null, tally => tally.Claims.Contradictions(), new Columns<Contradiction>
    {
        { "subject", c => c.First.Subject },
        { "kind", c => c.First.Kind },
        { "status", c => c.First.Status },
        Side<Contradiction>(n => n + "_a", c => c.First, withOrigin: true),
        Side<Contradiction>(n => n + "_b", c => c.Second, withOrigin: true),
    });

    public static readonly Table<CitationEdge> Citations = new("citations", null, tally => tally.Claims.Citations(), new Columns<CitationEdge>
    {
        { "origin", e => e.Origin },
        { "via", e => e.Via },
        { "outlet", e => e.Outlet },
        { "mentions", e => e.Mentions },
    });

    // One claim of a pair, its columns named by `name`: from_claim, from_value… or claim_a, value_a….
    private static IEnumerable<Column<T>> Side<T>(Func<string, string> name, Func<T, Claim> claim, bool withOrigin = false)
    {
        var columns = new Columns<T> { { name("claim"), r => claim(r).Id } };
        if (withOrigin) columns.Add(name("origin"), r => claim(r).Origin);
        columns.Add(name("value"), r => claim(r).Value);
        columns.Add(name("low"), r => claim(r).Low);
        columns.Add(name("high"), r => claim(r).High);
        columns.Add(name("first_published"), r => claim(r).FirstPublished);
        columns.Add(name("last_published"), r => claim(r).LastPublished);
        return columns;
    }
}

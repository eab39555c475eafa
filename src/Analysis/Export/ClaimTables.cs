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
    private static Column<T> C<T>(string name, Func<T, object?> value) => new(name, value);

    public static readonly Table<Claim> Claims = new("claims", null, tally => tally.Claims.Claims(),
    [
        C<Claim>("claim", c => c.Id),
        C<Claim>("kind", c => c.Kind),
        C<Claim>("status", c => c.Status),
        C<Claim>("subject", c => c.Subject),
        C<Claim>("value", c => c.Value),
        C<Claim>("low", c => c.Low),
        C<Claim>("high", c => c.High),
        C<Claim>("hedge", c => c.Hedge),
        C<Claim>("origin", c => c.Origin),
        C<Claim>("first_document", c => c.FirstDocument),
        C<Claim>("first_published", c => c.FirstPublished),
        C<Claim>("last_published", c => c.LastPublished),
        C<Claim>("mentions", c => c.Mentions.Count),
        C<Claim>("documents", c => c.Documents),
        C<Claim>("relays", c => c.Relays),
    ]);

    public static readonly Table<Revision> Revisions = new("revisions", null, tally => tally.Claims.Revisions(),
    [
        C<Revision>("origin", r => r.Origin),
        C<Revision>("subject", r => r.To.Subject),
        C<Revision>("kind", r => r.To.Kind),
        C<Revision>("status", r => r.To.Status),
        .. Side<Revision>(n => "from_" + n, r => r.From),
        .. Side<Revision>(n => "to_" + n, r => r.To),
    ]);

    public static readonly Table<Contradiction> Contradictions = new("contradictions", null, tally => tally.Claims.Contradictions(),
    [
        C<Contradiction>("subject", c => c.First.Subject),
        C<Contradiction>("kind", c => c.First.Kind),
        C<Contradiction>("status", c => c.First.Status),
        .. Side<Contradiction>(n => n + "_a", c => c.First, withOrigin: true),
        .. Side<Contradiction>(n => n + "_b", c => c.Second, withOrigin: true),
    ]);

    public static readonly Table<CitationEdge> Citations = new("citations", null, tally => tally.Claims.Citations(),
    [
        C<CitationEdge>("origin", e => e.Origin),
        C<CitationEdge>("via", e => e.Via),
        C<CitationEdge>("outlet", e => e.Outlet),
        C<CitationEdge>("mentions", e => e.Mentions),
    ]);

    // One claim of a pair, its columns named by `name`: from_claim, from_value… or claim_a, value_a….
    private static IEnumerable<Column<T>> Side<T>(Func<string, string> name, Func<T, Claim> claim, bool withOrigin = false)
    {
        yield return C<T>(name("claim"), r => claim(r).Id);
        if (withOrigin) yield return C<T>(name("origin"), r => claim(r).Origin);
        yield return C<T>(name("value"), r => claim(r).Value);
        yield return C<T>(name("low"), r => claim(r).Low);
        yield return C<T>(name("high"), r => claim(r).High);
        yield return C<T>(name("first_published"), r => claim(r).FirstPublished);
        yield return C<T>(name("last_published"), r => claim(r).LastPublished);
    }
}

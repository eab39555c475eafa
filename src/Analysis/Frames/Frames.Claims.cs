using Analysis.Claims;
using Analysis.Export;
using Analysis.Pipeline;
using Deedle;

namespace Analysis.Frames;

public static partial class Frames
{
    /// <summary>
    /// The claims, with the columns of claims.csv: claim, kind, status, subject, value, low, high, hedge,
    /// origin, first_document, first_published, last_published, mentions, documents, relays.
    /// </summary>
    public static Frame<int, string> Claims(Findings findings) => Of(ClaimTables.Claims, ClaimSet.Of(findings).Claims);

    /// <summary>Each origin's changes of figure, both claims' ids, figures and dates (revisions.csv).</summary>
    public static Frame<int, string> Revisions(Findings findings) => Of(ClaimTables.Revisions, ClaimSet.Of(findings).Revisions);

    /// <summary>Pairs of claims by different origins that cannot both be true, made while both stood (contradictions.csv).</summary>
    public static Frame<int, string> Contradictions(Findings findings) => Of(ClaimTables.Contradictions, ClaimSet.Of(findings).Contradictions);

    /// <summary>The citation network: origin, via, publishing outlet and mentions (citations.csv).</summary>
    public static Frame<int, string> Citations(Findings findings) => Of(ClaimTables.Citations, ClaimSet.Of(findings).Citations);
}

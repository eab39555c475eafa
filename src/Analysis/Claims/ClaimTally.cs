using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

namespace Analysis.Claims;

/// <summary>
/// Collects the reports of figures from findings streamed one document at a time (troop counts are few:
/// a document's text is not kept), and groups them into claims at the end.
/// </summary>
internal sealed class ClaimTally
{
    private readonly List<ClaimMention> mentions = [];
    private int documents;
    private ClaimSet? result;

    public void Add(DocumentFindings findings)
    {
        mentions.AddRange(ClaimMention.Of(findings.Document, findings.TroopCounts, documents++));
        result = null;
    }

    public ClaimSet Claims() => result ??= ClaimSet.Of(mentions);
}

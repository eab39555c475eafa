using System.Runtime.CompilerServices;
using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

namespace Analysis.Claims;

/// <summary>
/// The claims of a corpus, what links them (revisions, contradictions) and who relays whom. Every troop
/// count belongs to exactly one claim (<see cref="ClaimOf"/>). <c>ClaimSet.Of(findings)</c>, or
/// <c>findings.Claims</c> with <c>using Analysis.Claims;</c>.
/// </summary>
public sealed class ClaimSet
{
    private readonly Dictionary<TroopCount, Claim> byCount = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<Claim> Claims { get; }
    public IReadOnlyList<Revision> Revisions { get; }
    public IReadOnlyList<Contradiction> Contradictions { get; }
    public IReadOnlyList<CitationEdge> Citations { get; }

    /// <summary>Every report, in corpus order, with its claim.</summary>
    public IReadOnlyList<(TroopCount Count, Claim Claim)> Counts { get; }

    private ClaimSet(IReadOnlyList<ClaimMention> mentions)
    {
        // Packed in reading order, grouped, and turned back into objects with the reports as given.
        var order = MentionStore.ReadingOrder(mentions);
        var store = new MentionStore();
        foreach (var i in order) store.Add(mentions[i]);
        var book = new ClaimBook(store);
        var claims = new Claim[book.Count];
        for (var c = 0; c < claims.Length; c++)
        {
            var members = book.Members(c);
            var reports = new ClaimMention[members.Length];
            for (var k = 0; k < reports.Length; k++) reports[k] = mentions[order[members[k]]];
            claims[c] = book.ToClaim(c, reports);
        }
        Claims = claims;
        foreach (var claim in Claims)
            foreach (var m in claim.Mentions) byCount[m.Count] = claim;
        Counts = mentions.Select(m => (m.Count, byCount[m.Count])).ToArray();
        Revisions = book.Revisions().Select(r => new Revision(claims[r.From], claims[r.To])).ToArray();
        Contradictions = book.Contradictions().Select(p => new Contradiction(claims[p.First], claims[p.Second])).ToArray();
        Citations = book.Citations().Select(book.ToEdge).ToArray();
    }

    /// <summary>The claims of reports given in corpus order (documents in order, each its counts in text order).</summary>
    public static ClaimSet Of(IReadOnlyList<ClaimMention> mentions) => new(mentions);

    private static readonly ConditionalWeakTable<Findings, ClaimSet> Cache = new();

    /// <summary>The claims of the findings (computed once per findings object).</summary>
    public static ClaimSet Of(Findings findings) => Cache.GetValue(findings, static f =>
    {
        var counts = f.TroopCounts.ToLookup(c => c.Provenance.Document, StringComparer.Ordinal);
        var mentions = f.Corpus.Documents.DistinctBy(d => d.Id)
            .SelectMany((d, i) => ClaimMention.Of(d, counts[d.Id], i)).ToList();
        // A count whose document is not in the corpus (findings built by hand) still gets a claim.
        var known = f.Corpus.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        mentions.AddRange(f.TroopCounts.Where(c => !known.Contains(c.Provenance.Document))
            .Select(c => new ClaimMention(c, null, null, false, int.MaxValue)));
        return new ClaimSet(mentions);
    });

    /// <summary>
    /// The claim reported most often (the first such in claim order), or null when no claim was reported more than
    /// once: a corpus whose every figure stands alone has no "most repeated" claim to show.
    /// </summary>
    public Claim? MostRepeated =>
        Claims.Where(c => c.Mentions.Count > 1).OrderByDescending(c => c.Mentions.Count).FirstOrDefault();

    /// <summary>The claim a troop count belongs to.</summary>
    public Claim ClaimOf(TroopCount count) =>
        byCount.TryGetValue(count, out var claim) ? claim : throw new ArgumentException($"Not a troop count of these claims: {count.Provenance}", nameof(count));

    public override string ToString() =>
        $"{Claims.Count} claim(s) from {Counts.Count} mention(s), {Revisions.Count} revision(s), {Contradictions.Count} contradiction(s), {Citations.Count} citation path(s)";
}

/// <summary><c>findings.Claims</c>: the claims of the findings, as <see cref="ClaimSet.Of(Findings)"/>.</summary>
public static class FindingsClaims
{
    extension(Findings findings)
    {
        public ClaimSet Claims => ClaimSet.Of(findings);
    }
}

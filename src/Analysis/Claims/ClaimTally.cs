using Analysis.Pipeline;

namespace Analysis.Claims;

/// <summary>
/// Collects the reports of figures from findings streamed one document at a time, packed (a
/// <see cref="MentionStore"/>: a document's text and its troop counts are not kept), and groups them
/// into claims at the end. The claims' tables are read from it row by row, each row's objects built as
/// it is written, so that memory holds numbers, not objects, for a corpus of millions of reports.
/// </summary>
internal sealed class ClaimTally
{
    // A claim with this many reports or more is built once and kept: it can be in many rows.
    private const int KeptFrom = 32;

    private readonly MentionStore store = new();
    private readonly Chunks<int> inTextOrder = new(); // each troop count's place in the store, in corpus order
    private readonly Dictionary<int, Claim> kept = [];
    private int documents;
    private ClaimBook? book;

    public void Add(DocumentFindings findings)
    {
        var reports = ClaimMention.Of(findings.Document, findings.TroopCounts, documents++).ToArray();
        var order = MentionStore.ReadingOrder(reports);
        var stored = new int[reports.Length];
        foreach (var i in order) stored[i] = store.Add(reports[i]);
        foreach (var s in stored) inTextOrder.Add(s);
        book = null;
    }

    private ClaimBook Book() => book ??= new ClaimBook(store);

    /// <summary>The claim id of every troop count, in corpus order (documents in order, each its counts in text order).</summary>
    public IEnumerable<string> ClaimIds()
    {
        var claims = Book();
        for (var i = 0; i < inTextOrder.Count; i++) yield return ClaimBook.Id(claims.ClaimOf(inTextOrder[i]));
    }

    public IEnumerable<Claim> Claims()
    {
        var claims = Book();
        for (var c = 0; c < claims.Count; c++) yield return ClaimAt(c);
    }

    public IEnumerable<Revision> Revisions()
    {
        Collect();
        return Book().Revisions().Select(r => new Revision(ClaimAt(r.From), ClaimAt(r.To)));
    }

    public IEnumerable<Contradiction> Contradictions()
    {
        Collect();
        (int Claim, Claim Built) last = (-1, null!);
        foreach (var (first, second) in Book().Contradictions())
        {
            // Rows come by their first claim: it is built once for its run of rows.
            if (last.Claim != first) last = (first, ClaimAt(first));
            yield return new Contradiction(last.Built, ClaimAt(second));
        }
    }

    public IEnumerable<CitationEdge> Citations()
    {
        Collect();
        return Book().Citations().Select(Book().ToEdge);
    }

    // Each links table's arrays are garbage once it is written, before the next one's are made: on a
    // large corpus a full collection between them (large-object heap compacted) keeps the peak at the
    // largest of them rather than their sum. A small corpus does not need it.
    private void Collect()
    {
        if (store.Count < 100_000) return;
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect();
    }

    private Claim ClaimAt(int c)
    {
        var claims = Book();
        if (kept.TryGetValue(c, out var claim)) return claim;
        // The links tables name a claim in many rows close together (a revision's "to" is the next row's
        // "from"): the last few built are at hand.
        var slot = c & (Recent - 1);
        if (recent[slot] is { } r && r.Claim == c) return r.Built;
        claim = claims.ToClaim(c, new Reports(claims, c));
        if (claims.Members(c).Length >= KeptFrom) kept[c] = claim;
        else recent[slot] = (c, claim);
        return claim;
    }

    private const int Recent = 1 << 12;
    private readonly (int Claim, Claim Built)?[] recent = new (int, Claim)?[Recent];

    // A claim's reports, rebuilt from the store as they are read; its days and documents read from the numbers.
    private sealed class Reports(ClaimBook book, int claim) : IReadOnlyList<ClaimMention>, IReportSummary
    {
        public int Count => book.Members(claim).Length;

        public DateOnly? FirstPublished => book.Days(claim).First is var d and >= 0 ? DateOnly.FromDayNumber(d) : null;

        public DateOnly? LastPublished => book.Days(claim).Last is var d and >= 0 ? DateOnly.FromDayNumber(d) : null;

        public int Documents => book.Documents(claim);

        // Read from the numbers: the claims table asks every claim, and a report rebuilt is several objects. A claim
        // given another origin (`with`) reads its reports.
        public IReadOnlyList<string>? Relays(string? origin) =>
            string.Equals(origin, book.Store.TextOrNull(book.Origin(claim)), StringComparison.Ordinal) ? book.Relays(claim) : null;

        public ClaimMention this[int index] => book.Store.ToMention(book.Members(claim)[index]);

        public IEnumerator<ClaimMention> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

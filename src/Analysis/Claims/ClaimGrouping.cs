using Analysis.Extraction;

namespace Analysis.Claims;

/// <summary>
/// Groups reports of figures into claims, in report order. A report joins the claim its origin last made
/// about the same force (subject, kind, status) when it gives the same figure; a different figure opens a
/// new claim, and the old one can no longer be joined (the origin moved on). Within a document the body is
/// read before the headline: a headline figure that repeats its body joins the body's claim, whoever the
/// headline credits. An unattributed report joins only a claim its own document already made with the same
/// figure; otherwise it is a claim of its own. Works on the packed reports of a <see cref="MentionStore"/>.
/// </summary>
internal static class ClaimGrouping
{
    private readonly record struct Force(int Origin, int Subject, byte Kind, byte Status);

    /// <summary>Each report's claim (claims numbered from 0 in the order they are opened), and the number of claims.</summary>
    public static (int[] ClaimOf, int Claims) Group(MentionStore store)
    {
        var claimOf = new int[store.Count];
        var first = new List<int>(); // each claim's first report
        var open = new Dictionary<Force, int>();
        var inDocument = new DocumentClaims(store, first); // claims the current document has reported
        var document = -1;
        foreach (var m in ReadingOrder(store))
        {
            ref var mention = ref store[m];
            var index = store.Document(mention.Document).Index;
            if (index != document) (document, inDocument) = (index, new DocumentClaims(store, first));
            var origin = store.Origin(mention);
            // The document ties a headline, or an unattributed report, to a claim it has already made.
            if (mention.InHeadline || origin < 0)
            {
                var tied = inDocument.FirstMatch(m, origin);
                if (tied < 0) tied = inDocument.FirstMatch(m, null);
                if (tied >= 0)
                {
                    Join(claimOf, m, tied, inDocument);
                    continue;
                }
            }
            if (origin < 0)
            {
                claimOf[m] = first.Count;
                first.Add(m);
                inDocument.Add(claimOf[m]);
                continue;
            }
            var force = new Force(origin, mention.Subject, mention.Kind, mention.Status);
            if (open.TryGetValue(force, out var current) && Matches(store, m, first[current]))
            {
                Join(claimOf, m, current, inDocument);
                continue;
            }
            claimOf[m] = first.Count;
            open[force] = first.Count;
            first.Add(m);
            inDocument.Add(claimOf[m]);
        }
        return (claimOf, first.Count);
    }

    /// <summary>Every report's place, in reading order: documents by day (undated last) and corpus order, each document's reports as stored.</summary>
    public static IEnumerable<int> ReadingOrder(MentionStore store)
    {
        var order = new int[store.DocumentCount];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        // Ties keep their order (the slot breaks them), as in a stable sort.
        Array.Sort(order, (a, b) =>
        {
            int Day(int d) => store.Document(d).Published < 0 ? DateOnly.MaxValue.DayNumber : store.Document(d).Published;
            var c = Day(a).CompareTo(Day(b));
            if (c == 0) c = store.Document(a).Index.CompareTo(store.Document(b).Index);
            return c != 0 ? c : a.CompareTo(b);
        });
        foreach (var d in order)
        {
            var end = d + 1 < order.Length ? store.Document(d + 1).FirstMention : store.Count;
            for (var m = store.Document(d).FirstMention; m < end; m++) yield return m;
        }
    }

    private static void Join(int[] claimOf, int m, int claim, DocumentClaims inDocument)
    {
        claimOf[m] = claim;
        inDocument.Add(claim);
    }

    // Whether report m gives the same figure about the same force as a claim's first report f.
    internal static bool Matches(MentionStore store, int m, int f)
    {
        ref var a = ref store[m];
        ref var b = ref store[f];
        if (a.Kind != b.Kind || a.Status != b.Status || (a.Subject >= 0 && a.Subject != b.Subject)) return false;
        if (a.Figure == b.Figure) return true;
        var (x, y) = (store.FigureOf(a), store.FigureOf(b));
        return Figures.Same(x.Value, x.Low, x.High, y.Value, y.Low, y.High);
    }
}

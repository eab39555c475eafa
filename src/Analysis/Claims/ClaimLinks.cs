using Analysis.Extraction;

namespace Analysis.Claims;

/// <summary>
/// What the claims say together: each origin's revisions, the contradictions between origins, and the
/// citation network. Earlier figures ("up from 3,000") are recalled, not asserted, so they are neither
/// revised nor contradicted; parts of a force (subsets) are not the force. Claims are numbers of a
/// <see cref="ClaimBook"/> (in report order), texts numbers of its store.
/// </summary>
internal static class ClaimLinks
{
    /// <summary>
    /// A claim stands from its first report until its origin revises it, or else until a week after its
    /// last report: the window in which another origin's different figure contradicts it.
    /// </summary>
    public static readonly int StandingDays = 7;

    private const int Undated = -1;

    /// <summary>Each origin's claims about one force in the order it made them, as consecutive pairs; origins and forces in order of first claim.</summary>
    public static IReadOnlyList<(int From, int To)> Revisions(ClaimBook book)
    {
        var (sequence, next) = Sequences(book);
        // Counted first, so that the array is made once at its size (a list that grows holds two at once).
        var count = 0;
        foreach (var n in next) if (n >= 0) count++;
        var pairs = new (int Sequence, int From, int To)[count];
        count = 0;
        for (var c = 0; c < book.Count; c++)
            if (next[c] >= 0) pairs[count++] = (sequence[c], c, next[c]);
        pairs.AsSpan().Sort((a, b) => a.Sequence != b.Sequence ? a.Sequence.CompareTo(b.Sequence) : a.To.CompareTo(b.To));
        var revisions = new (int From, int To)[count];
        for (var i = 0; i < count; i++) revisions[i] = (pairs[i].From, pairs[i].To);
        return revisions;
    }

    /// <summary>
    /// Pairs of claims by different origins about the same force and status whose figures cannot both be
    /// true, made while both stood: their windows overlap, or, when one is undated, a document reports both.
    /// </summary>
    public static IReadOnlyList<(int First, int Second)> Contradictions(ClaimBook book)
    {
        var (sequence, next) = Sequences(book);
        var from = new int[book.Count];
        var until = new int[book.Count];
        var forces = new Dictionary<(int Subject, TroopKind Kind, EstimateStatus Status), List<int>>();
        for (var c = 0; c < book.Count; c++)
        {
            if (sequence[c] < 0) continue;
            (from[c], until[c]) = Window(book, c, next[c]);
            var force = (book.Subject(c), book.Kind(c), book.Status(c));
            if (!forces.TryGetValue(force, out var claims)) forces[force] = claims = [];
            claims.Add(c);
        }

        // Found into chunks, then sorted in one array of their size: a list that grows holds its old and
        // new arrays at once, and a large run finds millions of pairs (the end of its run peaked here).
        var found = new Chunks<(int, int)>();
        void Check(int a, int b)
        {
            if (a > b) (a, b) = (b, a);
            if (book.Origin(a) != book.Origin(b) && !Compatible(book, a, b)) found.Add((a, b));
        }
        foreach (var claims in forces.Values)
        {
            // Dated claims, swept by the start of their window: each meets only those that start before it ends.
            var dated = claims.Where(c => from[c] != Undated).OrderBy(c => from[c]).ToArray();
            for (var i = 0; i < dated.Length; i++)
                for (var j = i + 1; j < dated.Length && from[dated[j]] < until[dated[i]]; j++)
                    if (from[dated[i]] < until[dated[j]]) Check(dated[i], dated[j]);
            // A claim with no dated report stood, at least, when the document that reports it was written.
            if (dated.Length == claims.Count) continue;
            var reports = new List<(int Document, int Claim)>(claims.Sum(c => book.Members(c).Length));
            foreach (var c in claims)
                foreach (var m in book.Members(c)) reports.Add((book.Store.Document(book.Store[m].Document).Id, c));
            reports.Sort();
            for (var i = 0; i < reports.Count;)
            {
                var end = i;
                while (end < reports.Count && reports[end].Document == reports[i].Document) end++;
                for (var a = i; a < end; a++)
                    for (var b = a + 1; b < end; b++)
                    {
                        var (x, y) = (reports[a].Claim, reports[b].Claim);
                        if (x != y && (from[x] == Undated || from[y] == Undated)) Check(x, y);
                    }
                i = end;
            }
        }
        var result = new (int First, int Second)[found.Count];
        for (var i = 0; i < result.Length; i++) result[i] = found[i];
        found = null;
        result.AsSpan().Sort();
        var unique = 0;
        for (var i = 0; i < result.Length; i++)
            if (i == 0 || result[i] != result[unique - 1]) result[unique++] = result[i];
        return new ArraySegment<(int First, int Second)>(result, 0, unique);
    }

    /// <summary>
    /// Who relays whom: origin → voices on the way → publishing outlet (-1 where the articles name none), one path
    /// per route, weighted by mentions.
    /// </summary>
    public static IReadOnlyList<(int Origin, int Via, int Publisher, int Mentions)> Citations(ClaimBook book)
    {
        var store = book.Store;
        // Every attributed report's route, in report order, then sorted so that equal routes are side by side
        // and counted: 20 bytes a report, where a dictionary of routes cost about twice that per route, and as
        // much again while it grew (the end of a large run peaked here).
        var reports = 0;
        for (var c = 0; c < book.Count; c++)
            if (book.Origin(c) >= 0) reports += book.Members(c).Length;
        var routes = new Route[reports];
        var n = 0;
        var via = new List<int>();
        for (var c = 0; c < book.Count; c++)
        {
            var origin = book.Origin(c);
            if (origin < 0) continue;
            foreach (var m in book.Members(c))
            {
                via.Clear();
                foreach (var v in store.List(store[m].Via))
                    if (v != origin && !via.Contains(v) && !OutletName.Same(store.Text(v), store.Text(origin))) via.Add(v);
                // Articles that name no outlet share one publisher, "not given": their file ids are not outlets.
                var publisher = store.Outlet(store[m]);
                // "…, Yonhap reported" in a Yonhap article: the outlet is the last voice, not one more; so is "…, East Africa
                // Monitor reported" in an article of "The East Africa Monitor" (OutletName).
                if (via.Count > 0 && (via[^1] == publisher || publisher >= 0 && OutletName.Same(store.Text(via[^1]), store.Text(publisher))))
                    via.RemoveAt(via.Count - 1);
                routes[n] = new Route(origin, store.ListId(via.ToArray()), publisher, n, 1);
                n++;
            }
        }
        SortRoutes(routes);
        // Each run of equal routes becomes one path, first seen where its first report was.
        var paths = 0;
        for (var i = 0; i < routes.Length;)
        {
            var end = i + 1;
            while (end < routes.Length && routes[end].Origin == routes[i].Origin && routes[end].Via == routes[i].Via && routes[end].Publisher == routes[i].Publisher) end++;
            routes[paths++] = routes[i] with { Mentions = end - i };
            i = end;
        }
        var joined = new Dictionary<int, string>();
        string Joined(int list) => joined.TryGetValue(list, out var text) ? text : joined[list] = string.Join(" ", store.Texts(list));
        // Most mentions first, then by origin, voices and outlet; paths that tie keep the order they were first met in.
        routes.AsSpan(0, paths).Sort((x, y) =>
        {
            var c = y.Mentions.CompareTo(x.Mentions);
            if (c == 0 && x.Origin != y.Origin) c = store.CompareOrdinal(x.Origin, y.Origin);
            if (c == 0 && x.Via != y.Via) c = string.CompareOrdinal(Joined(x.Via), Joined(y.Via));
            if (c == 0 && x.Publisher != y.Publisher) c = x.Publisher < 0 ? 1 : y.Publisher < 0 ? -1 : store.CompareOrdinal(x.Publisher, y.Publisher);
            return c != 0 ? c : x.Seen.CompareTo(y.Seen);
        });
        return new Paths(routes, paths);
    }

    /// <summary>
    /// The reports' routes (each counted once, seen where it stands) in <see cref="Route.CompareTo"/>'s order. Where the
    /// four fields (none negative, the publisher once one is added) fit 64 bits side by side, origin highest and seen
    /// lowest, each route is one number and the numbers are sorted: the same order, as a number's order is its fields'
    /// order read from the top, with one comparison of two numbers where the route's comparison reads up to four fields
    /// (a comparison per report and level of the sort, at the end of a run); the routes are read back from the numbers, so
    /// the sort holds 8 bytes a report more. Larger ids, or routes not as built, go the route's way.
    /// </summary>
    internal static void SortRoutes(Route[] routes)
    {
        int origin = 0, via = 0, publisher = 0;
        for (var i = 0; i < routes.Length; i++)
        {
            var r = routes[i];
            if (r.Origin < 0 || r.Via < 0 || r.Publisher < -1 || r.Seen != i || r.Mentions != 1) { routes.AsSpan().Sort(); return; }
            origin |= r.Origin; via |= r.Via; publisher |= r.Publisher + 1;
        }
        int seenBits = Bits(routes.Length), publisherBits = Bits(publisher), viaBits = Bits(via), originBits = Bits(origin);
        if (seenBits + publisherBits + viaBits + originBits > 64) { routes.AsSpan().Sort(); return; }
        var keys = new ulong[routes.Length];
        for (var i = 0; i < routes.Length; i++)
        {
            var r = routes[i];
            keys[i] = (((ulong)r.Origin << viaBits | (uint)r.Via) << publisherBits | (uint)(r.Publisher + 1)) << seenBits | (uint)r.Seen;
        }
        keys.AsSpan().Sort();
        for (var i = 0; i < keys.Length; i++)
        {
            var k = keys[i];
            var seen = (int)(k & Mask(seenBits));
            k >>= seenBits;
            var publisherPlusOne = (int)(k & Mask(publisherBits));
            k >>= publisherBits;
            routes[i] = new Route((int)(k >> viaBits), (int)(k & Mask(viaBits)), publisherPlusOne - 1, seen, 1);
        }

        // The bits a value needs (of several or-ed together: the largest's).
        static int Bits(int orred) => 32 - int.LeadingZeroCount(orred);
        static ulong Mask(int bits) => (1UL << bits) - 1;
    }

    // One report's route (Seen: its place among the reports), or, once counted, one path and its mentions.
    // Ordered by origin, via, publisher, then where first seen (unique: any sort gives one order). A comparison of its
    // own, not a delegate, so the sort calls it directly (a delegate call per comparison is dear on large corpora).
    internal readonly record struct Route(int Origin, int Via, int Publisher, int Seen, int Mentions) : IComparable<Route>
    {
        public int CompareTo(Route other) =>
            Origin != other.Origin ? Origin.CompareTo(other.Origin) : Via != other.Via ? Via.CompareTo(other.Via)
            : Publisher != other.Publisher ? Publisher.CompareTo(other.Publisher) : Seen.CompareTo(other.Seen);
    }

    private sealed class Paths(Route[] routes, int count) : IReadOnlyList<(int Origin, int Via, int Publisher, int Mentions)>
    {
        public int Count => count;

        public (int Origin, int Via, int Publisher, int Mentions) this[int index] =>
            (uint)index < (uint)count && routes[index] is var r ? (r.Origin, r.Via, r.Publisher, r.Mentions) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<(int Origin, int Via, int Publisher, int Mentions)> GetEnumerator()
        {
            for (var i = 0; i < count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    // Each origin's claims about one force (its sequence, numbered in order of first claim; -1 for a
    // claim in none), and the claim that follows each in its sequence (-1 for the last).
    private static (int[] Sequence, int[] Next) Sequences(ClaimBook book)
    {
        var sequence = new int[book.Count];
        var next = new int[book.Count];
        var last = new Dictionary<(int Origin, int Subject, TroopKind Kind, EstimateStatus Status), (int Sequence, int Claim)>();
        for (var c = 0; c < book.Count; c++)
        {
            sequence[c] = next[c] = -1;
            var origin = book.Origin(c);
            if (origin < 0 || book.Status(c) == EstimateStatus.Earlier || book.Kind(c) == TroopKind.Subset) continue;
            var key = (origin, book.Subject(c), book.Kind(c), book.Status(c));
            if (last.TryGetValue(key, out var previous))
            {
                next[previous.Claim] = c;
                sequence[c] = previous.Sequence;
            }
            else sequence[c] = last.Count;
            last[key] = (sequence[c], c);
        }
        return (sequence, next);
    }

    private static (int From, int Until) Window(ClaimBook book, int claim, int next)
    {
        var (first, last) = book.Days(claim);
        if (first < 0) return (Undated, Undated);
        var until = last + StandingDays + 1;
        if (next >= 0 && book.Days(next).First is var revised and >= 0 && revised < until) until = revised;
        return (first, until);
    }

    private static bool Compatible(ClaimBook book, int a, int b)
    {
        var (x, y) = (book.Figure(a), book.Figure(b));
        return Figures.Compatible(x.Value, x.Low, x.High, x.Hedge, y.Value, y.Low, y.High, y.Hedge);
    }
}

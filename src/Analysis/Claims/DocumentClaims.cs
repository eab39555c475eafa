namespace Analysis.Claims;

/// <summary>
/// The claims one document has reported, in reading order, indexed so that a report finds the first of them with
/// its figure without reading them all, so that a document of many figures is grouped in time about linear in them.
/// A claim whose first report gives one number is found by that number (with its kind, status, subject and
/// origin); the few whose first report is a range, and the few reports that give a range, are compared one by one.
/// </summary>
internal sealed class DocumentClaims(MentionStore store, List<int> first)
{
    // Stands for any subject or any origin in a key.
    private const int Any = int.MinValue;

    private readonly record struct Key(byte Kind, byte Status, int Subject, int Origin, double Value);

    private readonly Dictionary<int, int> position = [];
    private readonly Dictionary<Key, int> byNumber = [];
    private readonly List<int> points = [];
    private readonly List<int> ranges = [];

    /// <summary>Adds a claim the document has just reported (after those it reported before).</summary>
    public void Add(int claim)
    {
        if (!position.TryAdd(claim, position.Count)) return;
        ref var f = ref store[first[claim]];
        var (low, high) = Interval(f);
        if (low != high)
        {
            ranges.Add(claim);
            return;
        }
        points.Add(claim);
        var origin = store.Origin(f);
        // Under each key a report may ask with (its subject or none, this origin or any), the first claim keeps its place.
        byNumber.TryAdd(new Key(f.Kind, f.Status, f.Subject, origin, low), claim);
        byNumber.TryAdd(new Key(f.Kind, f.Status, f.Subject, Any, low), claim);
        byNumber.TryAdd(new Key(f.Kind, f.Status, Any, origin, low), claim);
        byNumber.TryAdd(new Key(f.Kind, f.Status, Any, Any, low), claim);
    }

    /// <summary>
    /// The first claim of the document (in reading order) whose first report gives the same figure about the same force
    /// as report <paramref name="m"/> (see <see cref="ClaimGrouping"/>), made by <paramref name="origin"/> when given; -1 when none.
    /// </summary>
    public int FirstMatch(int m, int? origin)
    {
        ref var a = ref store[m];
        var (low, high) = Interval(a);
        var best = -1;
        if (low == high)
        {
            if (byNumber.TryGetValue(new Key(a.Kind, a.Status, a.Subject >= 0 ? a.Subject : Any, origin ?? Any, low), out var claim)) best = claim;
        }
        else
            best = Earlier(best, Scan(points, m, origin));
        return Earlier(best, Scan(ranges, m, origin));
    }

    private int Scan(List<int> claims, int m, int? origin)
    {
        foreach (var c in claims)
            if (ClaimGrouping.Matches(store, m, first[c]) && (origin is null || store.Origin(store[first[c]]) == origin)) return c;
        return -1;
    }

    private int Earlier(int a, int b) => a < 0 ? b : b < 0 ? a : position[a] <= position[b] ? a : b;

    private (double Low, double High) Interval(in MentionStore.Mention mention)
    {
        var figure = store.FigureOf(mention);
        return Figures.Plain(figure.Value, figure.Low, figure.High);
    }
}

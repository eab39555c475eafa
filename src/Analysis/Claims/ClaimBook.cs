using Analysis.Extraction;

namespace Analysis.Claims;

/// <summary>
/// The claims of a <see cref="MentionStore"/>'s reports, in numbers: each report's claim, each claim's
/// reports and figure, and the links between claims (<see cref="ClaimLinks"/>), with no object per report
/// or per link. <see cref="ClaimSet"/> turns it into objects for a notebook; the export writes its
/// tables from it row by row, building each row's objects as it goes.
/// </summary>
internal sealed class ClaimBook
{
    private readonly int[] claimOf;
    private readonly int[] start;    // claim c's reports are members[start[c]..start[c + 1]], in report order
    private readonly int[] members;

    public MentionStore Store { get; }

    public int Count { get; }

    public ClaimBook(MentionStore store)
    {
        Store = store;
        (claimOf, Count) = ClaimGrouping.Group(store);
        // Each claim's reports in reading order (the order they joined it).
        start = new int[Count + 1];
        foreach (var c in claimOf) start[c + 1]++;
        for (var c = 0; c < Count; c++) start[c + 1] += start[c];
        members = new int[claimOf.Length];
        var next = start[..Count];
        foreach (var m in ClaimGrouping.ReadingOrder(store)) members[next[claimOf[m]]++] = m;
    }

    /// <summary>Revisions as (from, to) claims, in the order of <see cref="ClaimSet.Revisions"/> (computed on each call).</summary>
    public IReadOnlyList<(int From, int To)> Revisions() => ClaimLinks.Revisions(this);

    /// <summary>Contradictions as (first, second) claims, first &lt; second, in order (computed on each call).</summary>
    public IReadOnlyList<(int First, int Second)> Contradictions() => ClaimLinks.Contradictions(this);

    /// <summary>Citation paths (origin, via list, publisher: text and list ids) with their mentions, in order (computed on each call).</summary>
    public IReadOnlyList<(int Origin, int Via, int Publisher, int Mentions)> Citations() => ClaimLinks.Citations(this);

    /// <summary>The claim of the report stored at <paramref name="mention"/>.</summary>
    public int ClaimOf(int mention) => claimOf[mention];

    public ReadOnlySpan<int> Members(int claim) => members.AsSpan(start[claim], start[claim + 1] - start[claim]);

    public int First(int claim) => members[start[claim]];

    public static string Id(int claim) => "C" + (claim + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // A claim's fields, as the Claim record has them, read from its reports when asked (claims have few).
    public int Origin(int claim) => Store.Origin(Store[First(claim)]);

    /// <summary>Whose troops: the first report that says (-1 when none does).</summary>
    public int Subject(int claim)
    {
        foreach (var m in Members(claim))
            if (Store[m].Subject >= 0) return Store[m].Subject;
        return -1;
    }

    // All of a claim's reports have its kind and status (a report joins only a claim that matches them).
    public TroopKind Kind(int claim) => (TroopKind)Store[First(claim)].Kind;
    public EstimateStatus Status(int claim) => (EstimateStatus)Store[First(claim)].Status;

    /// <summary>The claim's figure: its first report's in a body (a headline rounds and drops hedges).</summary>
    public MentionStore.Figure Figure(int claim)
    {
        foreach (var m in Members(claim))
            if (!Store[m].InHeadline) return Store.FigureOf(Store[m]);
        return Store.FigureOf(Store[First(claim)]);
    }

    /// <summary>The first and last days it was reported (DayNumber; -1 when no report is dated).</summary>
    public (int First, int Last) Days(int claim)
    {
        var (first, last) = (-1, -1);
        foreach (var m in Members(claim))
        {
            var day = Store.Document(Store[m].Document).Published;
            if (day < 0) continue;
            if (first < 0 || day < first) first = day;
            if (day > last) last = day;
        }
        return (first, last);
    }

    /// <summary>How many documents report it: distinct document ids (texts numbered once each).</summary>
    public int Documents(int claim)
    {
        var members = Members(claim);
        if (members.Length == 1) return 1;
        var ids = new HashSet<int>();
        foreach (var m in members) ids.Add(Store.Document(Store[m].Document).Id);
        return ids.Count;
    }

    /// <summary>
    /// Who passed it on, as <see cref="Claim.Relays"/> says: every report's voices, then the reports' outlets, each
    /// once in order of first appearance, the origin left out. Names of one outlet with and without "The" or in another case
    /// (<see cref="OutletName"/>) are one relay, as first named; the origin's name, taken as seen first, leaves it out.
    /// </summary>
    public string[] Relays(int claim)
    {
        var origin = Origin(claim);
        var relays = new List<string>();
        var names = new HashSet<string>(OutletName.Comparer);
        if (origin >= 0) names.Add(Store.Text(origin));
        foreach (var m in Members(claim))
            foreach (var voice in Store.List(Store[m].Via))
                if (names.Add(Store.Text(voice))) relays.Add(Store.Text(voice));
        foreach (var m in Members(claim))
            if (Store.Document(Store[m].Document).Outlet is var outlet and >= 0 && names.Add(Store.Text(outlet)))
                relays.Add(Store.Text(outlet));
        return relays.ToArray();
    }

    /// <summary>The claim as a record, its reports given by <paramref name="mentions"/>.</summary>
    public Claim ToClaim(int claim, IReadOnlyList<ClaimMention> mentions)
    {
        var f = Figure(claim);
        return new(Id(claim), Kind(claim), Status(claim), Store.TextOrNull(Subject(claim)), f.Value, f.Low, f.High, f.Hedge,
            Store.TextOrNull(Origin(claim)), mentions);
    }

    public CitationEdge ToEdge((int Origin, int Via, int Publisher, int Mentions) path) =>
        new(Store.Text(path.Origin), Store.Texts(path.Via), Store.TextOrNull(path.Publisher), path.Mentions);
}

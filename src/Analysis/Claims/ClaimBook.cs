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
    private readonly int[] figure;   // the report whose figure the claim gives (its first in a body)
    private readonly int[] subject;  // text id, -1 when no report names whose troops
    private readonly int[] firstDay; // DayNumber, -1 when no report is dated
    private readonly int[] lastDay;

    public MentionStore Store { get; }

    public int Count { get; }

    /// <summary>Revisions as (from, to) claims, in the order of <see cref="ClaimSet.Revisions"/>.</summary>
    public IReadOnlyList<(int From, int To)> Revisions { get; }

    /// <summary>Contradictions as (first, second) claims, first &lt; second, in order.</summary>
    public IReadOnlyList<(int First, int Second)> Contradictions { get; }

    /// <summary>Citation paths (origin, via list, publisher as text and list ids), with their mentions, in order.</summary>
    public IReadOnlyList<(int Origin, int Via, int Publisher, int Mentions)> Citations { get; }

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

        figure = new int[Count];
        subject = new int[Count];
        firstDay = new int[Count];
        lastDay = new int[Count];
        for (var c = 0; c < Count; c++)
        {
            figure[c] = subject[c] = firstDay[c] = lastDay[c] = -1;
            foreach (var m in Members(c))
            {
                ref var report = ref store[m];
                if (figure[c] < 0 && !MentionStore.IsInHeadline(report)) figure[c] = m;
                if (subject[c] < 0) subject[c] = report.Subject;
                var day = store.Documents[report.Document].Published;
                if (day >= 0)
                {
                    if (firstDay[c] < 0 || day < firstDay[c]) firstDay[c] = day;
                    if (day > lastDay[c]) lastDay[c] = day;
                }
            }
            if (figure[c] < 0) figure[c] = members[start[c]];
        }
        Revisions = ClaimLinks.Revisions(this);
        Contradictions = ClaimLinks.Contradictions(this);
        Citations = ClaimLinks.Citations(this);
    }

    /// <summary>The claim of the report stored at <paramref name="mention"/>.</summary>
    public int ClaimOf(int mention) => claimOf[mention];

    public ReadOnlySpan<int> Members(int claim) => members.AsSpan(start[claim], start[claim + 1] - start[claim]);

    public int First(int claim) => members[start[claim]];

    public static string Id(int claim) => "C" + (claim + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // A claim's fields, as the Claim record has them.
    public int Origin(int claim) => Store.Origin(Store[First(claim)]);
    public int Subject(int claim) => subject[claim];
    public TroopKind Kind(int claim) => (TroopKind)Store[figure[claim]].Kind;
    public EstimateStatus Status(int claim) => (EstimateStatus)Store[figure[claim]].Status;
    public Hedge Hedge(int claim) => (Hedge)Store[figure[claim]].Hedge;
    public double? Value(int claim) => MentionStore.Value(Store[figure[claim]]);
    public double? Low(int claim) => MentionStore.Low(Store[figure[claim]]);
    public double? High(int claim) => MentionStore.High(Store[figure[claim]]);
    public int FirstDay(int claim) => firstDay[claim];
    public int LastDay(int claim) => lastDay[claim];

    /// <summary>The claim as a record, its reports given by <paramref name="mentions"/>.</summary>
    public Claim ToClaim(int claim, IReadOnlyList<ClaimMention> mentions) =>
        new(Id(claim), Kind(claim), Status(claim), Store.TextOrNull(subject[claim]), Value(claim), Low(claim), High(claim), Hedge(claim),
            Store.TextOrNull(Origin(claim)), mentions);

    public CitationEdge ToEdge((int Origin, int Via, int Publisher, int Mentions) path) =>
        new(Store.Text(path.Origin), Store.Texts(path.Via), Store.Text(path.Publisher), path.Mentions);
}

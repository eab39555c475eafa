using Analysis.Corpus;
using Analysis.Extraction;

namespace Analysis.Claims;

/// <summary>
/// The reports of figures in the few fields that grouping them into claims reads, packed in arrays:
/// 24 bytes a report, where a <see cref="ClaimMention"/> with its troop count and provenance
/// takes several hundred. Texts (subjects, sources, outlets, document ids) are numbered once each, so
/// two reports name the same source when their numbers are equal. Each document's reports are added one
/// after another in the order claims read them (body before headline, then sentence and position), so
/// that putting every report in reading order is a sort of the documents.
/// </summary>
internal sealed class MentionStore
{
    // One report: its figure (value, low, high and hedge, numbered once each), texts and lists by their
    // numbers, and its document's place among the documents added (see Documents). 24 bytes.
    internal struct Mention
    {
        public int Figure, Subject, AttributedTo, Via, Document;
        public byte Kind, Status;
        public bool InHeadline;
    }

    /// <summary>A figure as a troop count gives it.</summary>
    internal readonly record struct Figure(double? Value, double? Low, double? High, Hedge Hedge);

    // One document's run of reports (FirstMention onwards): its id, day (DayNumber, -1 when undated), outlet
    // and place in the corpus.
    internal readonly record struct DocumentEntry(int Id, int Published, int Outlet, int Index, int FirstMention);

    private readonly Chunks<Mention> mentions = new();
    private readonly List<Figure> figures = [];
    private readonly Dictionary<(long, long, long, int), int> figureIds = [];
    private readonly Chunks<DocumentEntry> documents = new();
    private readonly TextTable texts = new();
    private readonly Dictionary<int[], int> listIds = new(ListComparer.Instance) { [[]] = 0 };
    private readonly List<int[]> lists = [[]];
    private readonly List<IReadOnlyList<string>?> listTexts = [[]];

    private (string? Text, int Id) lastDocument = (null, -1), lastOutlet = (null, -1);

    public int Count => mentions.Count;

    public int DocumentCount => documents.Count;

    /// <summary>The run of reports of the document added <paramref name="i"/>th.</summary>
    public ref DocumentEntry Document(int i) => ref documents[i];

    public ref Mention this[int i] => ref mentions[i];

    /// <summary>
    /// Adds a report and returns its place. Reports must come in reading order (<see cref="ReadingOrder"/>)
    /// within each document, and a document's reports one after another.
    /// </summary>
    public int Add(ClaimMention r)
    {
        var last = documents.Count - 1;
        var day = r.Published?.DayNumber ?? -1;
        // A document's reports come one after another and name the same document and outlet: numbered once for the run.
        if (!ReferenceEquals(r.Document, lastDocument.Text)) lastDocument = (r.Document, Id(r.Document));
        if (!ReferenceEquals(r.Outlet, lastOutlet.Text)) lastOutlet = (r.Outlet, IdOrNone(r.Outlet));
        var (outlet, id) = (lastOutlet.Id, lastDocument.Id);
        if (last < 0 || documents[last] is var d && (d.Id != id || d.Published != day || d.Outlet != outlet || d.Index != r.DocumentIndex))
        {
            documents.Add(new DocumentEntry(id, day, outlet, r.DocumentIndex, mentions.Count));
            last++;
        }
        var c = r.Count;
        mentions.Add(new Mention
        {
            Figure = FigureId(new Figure(c.Value, c.Low, c.High, c.Hedge)),
            Subject = IdOrNone(c.Subject), AttributedTo = IdOrNone(c.AttributedTo), Via = ListId(c.Via), Document = last,
            Kind = (byte)c.Kind, Status = (byte)c.Status, InHeadline = r.InHeadline,
        });
        return mentions.Count - 1;
    }

    // Figures are numbered by their bits: the same number written the same way.
    private int FigureId(Figure f)
    {
        static long Bits(double? d) => d is { } v ? BitConverter.DoubleToInt64Bits(v) : long.MinValue + 1;
        var key = (Bits(f.Value), Bits(f.Low), Bits(f.High), (int)f.Hedge | (f.Value is null ? 0 : 256) | (f.Low is null ? 0 : 512) | (f.High is null ? 0 : 1024));
        if (figureIds.TryGetValue(key, out var id)) return id;
        figures.Add(f);
        return figureIds[key] = figures.Count - 1;
    }

    /// <summary>A report's figure.</summary>
    public Figure FigureOf(in Mention m) => figures[m.Figure];

    /// <summary>
    /// The order claims read reports in: by publication day (undated last), then corpus order, body before
    /// headline, then sentence and position; reports that tie keep their order. Returns the indexes of
    /// <paramref name="reports"/> in that order.
    /// </summary>
    public static int[] ReadingOrder(IReadOnlyList<ClaimMention> reports)
    {
        // One sort of plain keys, the report's place last so that ties keep their order: a sort with five chained
        // keys of LINQ cost more than storing the reports (it runs once per document of a streamed run).
        var keys = new ReadingKey[reports.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var r = reports[i];
            keys[i] = new ReadingKey((r.Published ?? DateOnly.MaxValue).DayNumber, r.DocumentIndex, r.InHeadline ? 1 : 0,
                r.Count.Provenance.Sentence, r.Count.Provenance.Span.Start, i);
        }
        Array.Sort(keys);
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++) order[i] = keys[i].Place;
        return order;
    }

    private readonly record struct ReadingKey(int Day, int DocumentIndex, int Headline, int Sentence, int Start, int Place) : IComparable<ReadingKey>
    {
        public int CompareTo(ReadingKey other) =>
            Day != other.Day ? Day.CompareTo(other.Day)
            : DocumentIndex != other.DocumentIndex ? DocumentIndex.CompareTo(other.DocumentIndex)
            : Headline != other.Headline ? Headline.CompareTo(other.Headline)
            : Sentence != other.Sentence ? Sentence.CompareTo(other.Sentence)
            : Start != other.Start ? Start.CompareTo(other.Start)
            : Place.CompareTo(other.Place);
    }

    public string Text(int id) => texts.Text(id);

    public string? TextOrNull(int id) => id < 0 ? null : texts.Text(id);

    /// <summary>Two texts compared as <see cref="string.CompareOrdinal(string, string)"/> compares them.</summary>
    public int CompareOrdinal(int a, int b) => texts.CompareOrdinal(a, b);

    public int[] List(int id) => lists[id];

    /// <summary>A list of texts, as strings (made once per distinct list).</summary>
    public IReadOnlyList<string> Texts(int listId) => listTexts[listId] ??= lists[listId].Select(texts.Text).ToArray();

    public int ListId(IReadOnlyList<string> items)
    {
        if (items.Count == 0) return 0;
        var ids = new int[items.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = Id(items[i]);
        return ListId(ids);
    }

    public int ListId(int[] ids)
    {
        if (ids.Length == 0) return 0;
        if (listIds.TryGetValue(ids, out var id)) return id;
        lists.Add(ids);
        listTexts.Add(null);
        return listIds[ids] = lists.Count - 1;
    }

    public int Id(string text) => texts.Id(text);

    private int IdOrNone(string? text) => text is null ? -1 : Id(text);

    /// <summary>Who the figure is credited to (<see cref="ClaimMention.Origin"/>): its origin, else the first voice; -1 when none.</summary>
    public int Origin(in Mention m) => m.AttributedTo >= 0 ? m.AttributedTo : lists[m.Via] is { Length: > 0 } via ? via[0] : -1;

    /// <summary>The outlet that published it; -1 when its article names none.</summary>
    public int Outlet(in Mention m) => documents[m.Document].Outlet;

    /// <summary>A report rebuilt from its fields, for the tables: without its phrase, quote and sentence, which claims do not read.</summary>
    public ClaimMention ToMention(int i)
    {
        ref var m = ref mentions[i];
        var d = documents[m.Document];
        var f = figures[m.Figure];
        var count = new TroopCount("", f.Value, f.Low, f.High, f.Hedge, (TroopKind)m.Kind, (EstimateStatus)m.Status,
            TextOrNull(m.Subject), TextOrNull(m.AttributedTo), Texts(m.Via), new Provenance(texts.Text(d.Id), 0, default, ""));
        return new ClaimMention(count, d.Published < 0 ? null : DateOnly.FromDayNumber(d.Published), TextOrNull(d.Outlet), m.InHeadline, d.Index);
    }

    private sealed class ListComparer : IEqualityComparer<int[]>
    {
        public static readonly ListComparer Instance = new();

        public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(int[] list)
        {
            var hash = new HashCode();
            foreach (var i in list) hash.Add(i);
            return hash.ToHashCode();
        }
    }
}

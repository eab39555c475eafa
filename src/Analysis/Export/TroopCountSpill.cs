using Analysis.Extraction;

namespace Analysis.Export;

/// <summary>
/// Troop counts kept in a temporary file instead of memory, and read back in the order written: their rows wait
/// there for their claim, known only at the end of the corpus. Each field is written as its type (no cell boxed);
/// a text that rows repeat (a document id, a subject, a source) is written once and named by its number after,
/// and a sentence is written once for the run of figures found in it. What comes back has every field the
/// troop_counts table reads, equal to the count written; a date's expression, which no table reads, is left out.
/// </summary>
internal sealed class TroopCountSpill : IDisposable
{
    private readonly FileStream file;
    private readonly BinaryWriter writer;
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];
    private string? lastSentence;

    public TroopCountSpill(string path)
    {
        Path = path;
        file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        writer = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true);
    }

    public string Path { get; }

    public long Rows { get; private set; }

    /// <summary>Holds a count with its document's outlet and published day.</summary>
    public void Write(TroopCount count, string? outlet, DateOnly? published)
    {
        var p = count.Provenance;
        Text(p.Document);
        writer.Write7BitEncodedInt(p.Sentence);
        writer.Write7BitEncodedInt(p.Span.Start);
        writer.Write7BitEncodedInt(p.Span.End);
        writer.Write(count.Phrase);
        Number(count.Value);
        Number(count.Low);
        Number(count.High);
        writer.Write7BitEncodedInt((int)count.Hedge);
        writer.Write7BitEncodedInt((int)count.Kind);
        writer.Write7BitEncodedInt((int)count.Status);
        TextOrNull(count.Subject);
        TextOrNull(count.AttributedTo);
        writer.Write7BitEncodedInt(count.Via.Count);
        foreach (var voice in count.Via) Text(voice);
        writer.Write(p.Quote);
        if (ReferenceEquals(p.SentenceText, lastSentence)) writer.Write(false);
        else { writer.Write(true); writer.Write(p.SentenceText); lastSentence = p.SentenceText; }
        Date(count.AsOf);
        Date(count.Target);
        TextOrNull(outlet);
        writer.Write7BitEncodedInt(published is { } day ? day.DayNumber + 1 : 0);
        Rows++;
    }

    /// <summary>The counts written, from the first; writing ends here.</summary>
    public IEnumerable<(TroopCount Count, string? Outlet, DateOnly? Published)> Read()
    {
        writer.Flush();
        file.Position = 0;
        using var reader = new BinaryReader(file, System.Text.Encoding.UTF8, leaveOpen: true);
        var sentence = "";
        for (long i = 0; i < Rows; i++)
        {
            var document = texts[reader.Read7BitEncodedInt()];
            var (index, start, end) = (reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt(), reader.Read7BitEncodedInt());
            var phrase = reader.ReadString();
            var (value, low, high) = (Number(reader), Number(reader), Number(reader));
            var (hedge, kind, status) = ((Hedge)reader.Read7BitEncodedInt(), (TroopKind)reader.Read7BitEncodedInt(), (EstimateStatus)reader.Read7BitEncodedInt());
            var (subject, attributedTo) = (TextOrNull(reader), TextOrNull(reader));
            var via = new string[reader.Read7BitEncodedInt()];
            for (var v = 0; v < via.Length; v++) via[v] = texts[reader.Read7BitEncodedInt()];
            var quote = reader.ReadString();
            if (reader.ReadBoolean()) sentence = reader.ReadString();
            var provenance = new Provenance(document, index, new(start, end), quote) { SentenceText = sentence };
            var count = new TroopCount(phrase, value, low, high, hedge, kind, status, subject, attributedTo, via, provenance)
            {
                AsOf = Date(reader),
                Target = Date(reader),
            };
            yield return (count, TextOrNull(reader), Day(reader.Read7BitEncodedInt()));
        }
    }

    private void Text(string text) => writer.Write7BitEncodedInt(Id(text));

    private void TextOrNull(string? text) => writer.Write7BitEncodedInt(text is null ? 0 : Id(text) + 1);

    private int Id(string text)
    {
        if (!ids.TryGetValue(text, out var id))
        {
            ids[text] = id = texts.Count;
            texts.Add(text);
        }
        return id;
    }

    private string? TextOrNull(BinaryReader reader) => reader.Read7BitEncodedInt() is var id and > 0 ? texts[id - 1] : null;

    private void Number(double? number)
    {
        writer.Write(number.HasValue);
        if (number is { } n) writer.Write(n);
    }

    private static double? Number(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadDouble() : null;

    // A day as its day number plus one, 0 for none.
    private void Date(EventDate date)
    {
        writer.Write7BitEncodedInt(date.Earliest is { } e ? e.DayNumber + 1 : 0);
        writer.Write7BitEncodedInt(date.Latest is { } l ? l.DayNumber + 1 : 0);
        writer.Write7BitEncodedInt((int)date.Precision);
    }

    private static EventDate Date(BinaryReader reader)
    {
        var (earliest, latest, precision) = (Day(reader.Read7BitEncodedInt()), Day(reader.Read7BitEncodedInt()), (DatePrecision)reader.Read7BitEncodedInt());
        return earliest is null && latest is null && precision == DatePrecision.Unknown ? EventDate.Unknown : new(earliest, latest, precision, null);
    }

    private static DateOnly? Day(int stored) => stored == 0 ? null : DateOnly.FromDayNumber(stored - 1);

    public void Dispose()
    {
        writer.Dispose();
        file.Dispose();
    }
}

namespace Analysis.Export;

using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// One exported table (documents, troop_counts…): its columns, and its rows, read either from each
/// document's findings as they stream past or, for corpus-wide tables such as sources and claims, at the end.
/// Cell values are plain: string, int, double, DateOnly, an enum, a list of strings, or null.
/// </summary>
internal abstract class Table
{
    public abstract string Name { get; }
    public abstract IReadOnlyList<string> Columns { get; }
    /// <summary>Writes the rows of one document to <paramref name="sink"/>; returns how many.</summary>
    public abstract int WriteRowsOf(DocumentFindings document, ITableSink sink);
    /// <summary>Writes the rows known at the end of the corpus to <paramref name="sink"/>; returns how many.</summary>
    public abstract long WriteFinalRows(Tally tally, ITableSink sink);
}

internal sealed class Table<TRow>(
    string name,
    Func<DocumentFindings, IEnumerable<TRow>>? perDocument,
    Func<Tally, IEnumerable<TRow>>? atEnd,
    IReadOnlyList<Column<TRow>> columns) : Table
{
    public override string Name => name;
    public override IReadOnlyList<string> Columns { get; } = columns.Select(c => c.Name).ToArray();

    public override int WriteRowsOf(DocumentFindings document, ITableSink sink) =>
        perDocument is null ? 0 : (int)Write(perDocument(document), sink);

    public override long WriteFinalRows(Tally tally, ITableSink sink) =>
        atEnd is null ? 0 : Write(atEnd(tally), sink);

    private readonly Column<TRow>[] columnArray = [.. columns];

    private long Write(IEnumerable<TRow> rows, ITableSink sink)
    {
        long count = 0;
        // A CSV sink is called as itself with the columns as an array: a generic method of an interface is looked up
        // on every call, and so is every cell read through an IReadOnlyList.
        if (sink is CsvTableSink csv)
            foreach (var row in rows) { csv.WriteRow(row, columnArray); count++; }
        else
            foreach (var row in rows) { sink.WriteRow(row, columns); count++; }
        return count;
    }

    /// <summary>One row's cell values, in column order.</summary>
    public object?[] Cells(TRow row) => columns.Select(c => c.Value(row)).ToArray();
}

/// <summary>
/// troop_counts as the export writes it: a count's claim is known only once every report of it has been read, so
/// each document's counts wait in a <see cref="TroopCountSpill"/> (on disk, not in memory) and are written at the
/// end, each with its claim, both in corpus order.
/// </summary>
internal sealed class HeldTable(string name, IReadOnlyList<Column<ClaimedCount>> columns) : Table
{
    private readonly Column<ClaimedCount>[] columnArray = [.. columns];

    public override string Name => name;
    public override IReadOnlyList<string> Columns { get; } = columns.Select(c => c.Name).ToArray();
    public override int WriteRowsOf(DocumentFindings document, ITableSink sink) => 0;
    public override long WriteFinalRows(Tally tally, ITableSink sink) => 0;

    /// <summary>Keeps a document's counts until their claims are known.</summary>
    public static void Hold(DocumentFindings document, TroopCountSpill spill)
    {
        foreach (var count in document.TroopCounts) spill.Write(count, document.Document.Metadata.Outlet, document.Document.Published);
    }

    /// <summary>Writes every count held, each with its claim; returns how many.</summary>
    public long WriteHeld(Tally tally, TroopCountSpill spill, ITableSink sink)
    {
        using var claims = tally.Claims.ClaimIds().GetEnumerator();
        var row = new ClaimedCount();
        var csv = sink as CsvTableSink; // called as itself, as Table<TRow> does
        long rows = 0;
        foreach (var (count, outlet, published) in spill.Read())
        {
            if (!claims.MoveNext()) throw new InvalidOperationException($"{name}: fewer claims than rows held");
            (row.Count, row.Claim, row.Outlet, row.Published) = (count, claims.Current, outlet, published);
            if (csv is not null) csv.WriteRow(row, columnArray);
            else sink.WriteRow(row, columns);
            rows++;
        }
        if (claims.MoveNext()) throw new InvalidOperationException($"{name}: more claims than rows held");
        return rows;
    }
}

/// <summary>A troop count and its claim: one row of troop_counts as written, reused from row to row (a sink does not keep it).</summary>
internal sealed class ClaimedCount
{
    public TroopCount Count = null!;
    public string Claim = "";
    public string? Outlet;
    public DateOnly? Published;
}

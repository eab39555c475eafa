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

    private long Write(IEnumerable<TRow> rows, ITableSink sink)
    {
        long count = 0;
        foreach (var row in rows) { sink.WriteRow(row, columns); count++; }
        return count;
    }

    /// <summary>One row's cell values, in column order.</summary>
    public object?[] Cells(TRow row) => columns.Select(c => c.Value(row)).ToArray();
}

/// <summary>
/// A table whose rows are known as documents come but whose last column is known only at the end
/// (troop_counts and its claim): the export keeps the rows in a <see cref="RowSpill"/>, then writes each
/// with its last cell, both in the same order.
/// </summary>
/// <paramref name="lastCellAt"/>: the column the cell known at the end goes in (default: the last one).
internal sealed class HeldTable(string name, IReadOnlyList<string> columns, Func<DocumentFindings, IEnumerable<object?[]>> heldRows, Func<Tally, IEnumerable<object?>> lastCells,
    int? lastCellAt = null) : Table
{
    public override string Name => name;
    public override IReadOnlyList<string> Columns => columns;
    public override int WriteRowsOf(DocumentFindings document, ITableSink sink) => 0;
    public override long WriteFinalRows(Tally tally, ITableSink sink) => 0;

    /// <summary>A document's rows without their last cell.</summary>
    public IEnumerable<object?[]> HeldRowsOf(DocumentFindings document) => heldRows(document);

    /// <summary>The last cell of every row held, in the order held.</summary>
    public IEnumerable<object?> LastCells(Tally tally) => lastCells(tally);

    /// <summary>A held row with the cell known at the end in its column.</summary>
    public object?[] Complete(object?[] held, object? last)
    {
        var at = lastCellAt ?? held.Length;
        var row = new object?[held.Length + 1];
        Array.Copy(held, row, at);
        row[at] = last;
        Array.Copy(held, at, row, at + 1, held.Length - at);
        return row;
    }
}

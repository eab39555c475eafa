namespace Analysis.Export;

using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// One exported table (documents, troop_counts…): its columns, and its rows, read either from each
/// document's findings as they stream past or, for corpus-wide tables such as sources, at the end.
/// Cell values are plain: string, int, double, DateOnly, an enum, a list of strings, or null.
/// </summary>
internal abstract class Table
{
    public abstract string Name { get; }
    public abstract IReadOnlyList<string> Columns { get; }
    public abstract IEnumerable<object?[]> RowsOf(DocumentFindings document);
    public abstract IEnumerable<object?[]> FinalRows(SourceTally tally);
}

internal sealed class Table<TRow>(
    string name,
    Func<DocumentFindings, IEnumerable<TRow>>? perDocument,
    Func<SourceTally, IEnumerable<TRow>>? atEnd,
    IReadOnlyList<Column<TRow>> columns) : Table
{
    public override string Name => name;
    public override IReadOnlyList<string> Columns { get; } = columns.Select(c => c.Name).ToArray();

    public override IEnumerable<object?[]> RowsOf(DocumentFindings document) =>
        perDocument is null ? [] : perDocument(document).Select(Row);

    public override IEnumerable<object?[]> FinalRows(SourceTally tally) =>
        atEnd is null ? [] : atEnd(tally).Select(Row);

    /// <summary>One row's cell values, in column order.</summary>
    public object?[] Cells(TRow row) => columns.Select(c => c.Value(row)).ToArray();

    private object?[] Row(TRow row) => Cells(row);
}

namespace Analysis.Export;

/// <summary>Where one table's rows go as they are produced: a CSV, JSON or Parquet file.</summary>
internal interface ITableSink : IDisposable
{
    string Path { get; }

    /// <summary>A row as its cells' values, in column order.</summary>
    void WriteRow(object?[] row);

    /// <summary>A row read through its table's columns; a sink that writes typed cells (CSV) reads them one by one.</summary>
    void WriteRow<TRow>(TRow row, IReadOnlyList<Column<TRow>> columns)
    {
        var cells = new object?[columns.Count];
        for (var i = 0; i < cells.Length; i++) cells[i] = columns[i].Value(row);
        WriteRow(cells);
    }
}

namespace Analysis.Export;

/// <summary>Where one table's rows go as they are produced: a CSV or a JSON file.</summary>
internal interface ITableSink : IDisposable
{
    string Path { get; }
    void WriteRow(object?[] row);
}

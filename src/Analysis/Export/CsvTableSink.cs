using System.Text;
using CsvHelper;

namespace Analysis.Export;

/// <summary>A table as RFC 4180 CSV: UTF-8 without a byte-order mark, CRLF line ends, a header row.</summary>
internal sealed class CsvTableSink : ITableSink
{
    private readonly StreamWriter writer;
    private readonly CsvWriter csv;

    public CsvTableSink(string path, IReadOnlyList<string> columns)
    {
        Path = path;
        writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        // CsvHelper's defaults are RFC 4180: CRLF, quotes only where needed, inner quotes doubled.
        csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
        csv.WriteHeader(columns.ToArray());
    }

    public string Path { get; }

    public void WriteRow(object?[] row)
    {
        csv.WriteRecord(row.Select(Cell.Format).ToArray());
    }

    public void Dispose()
    {
        csv.Dispose();
        writer.Dispose();
    }
}

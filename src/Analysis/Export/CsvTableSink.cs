using System.Text;
using CsvHelper;

namespace Analysis.Export;

/// <summary>
/// A table as RFC 4180 CSV: UTF-8 without a byte-order mark, CRLF line ends, a header row. Text from documents
/// that a spreadsheet would run as a formula is neutralised unless <c>raw</c> (see <see cref="Neutralise"/>).
/// </summary>
internal sealed class CsvTableSink : ITableSink
{
    private readonly StreamWriter writer;
    private readonly CsvWriter csv;
    private readonly bool raw;

    public CsvTableSink(string path, IReadOnlyList<string> columns, bool raw = false)
    {
        Path = path;
        this.raw = raw;
        writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        // CsvHelper's defaults are RFC 4180: CRLF, quotes only where needed, inner quotes doubled.
        csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
        csv.WriteHeader(columns.ToArray());
    }

    public string Path { get; }

    public void WriteRow(object?[] row)
    {
        csv.WriteRecord(row.Select(v => raw ? Cell.Format(v) : Neutralise(v)).ToArray());
    }

    /// <summary>
    /// A cell as written by default. Articles come from the web: a headline or sentence that starts with '=', '+',
    /// '-', '@', a tab or a carriage return would run as a formula when the table is opened in a spreadsheet
    /// (CSV injection). Such text gets a leading apostrophe, as OWASP's CSV-injection guidance says; the spreadsheet
    /// shows it as text. Only text is touched (strings and lists of them): numbers, dates and names of the kit's own
    /// values are never formulas, and a negative number stays a number.
    /// </summary>
    public static string Neutralise(object? value)
    {
        var text = Cell.Format(value);
        return value is not (null or string or System.Collections.IEnumerable) || text.Length == 0 || !FormulaStarts.Contains(text[0])
            ? text
            : "'" + text;
    }

    private static readonly System.Buffers.SearchValues<char> FormulaStarts = System.Buffers.SearchValues.Create("=+-@\t\r");

    public void Dispose()
    {
        csv.Dispose();
        writer.Dispose();
    }
}

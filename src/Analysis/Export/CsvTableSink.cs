using System.Buffers;
using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;

namespace Analysis.Export;

/// <summary>
/// A table as RFC 4180 CSV: UTF-8 without a byte-order mark, CRLF line ends, a header row. Text from documents
/// that a spreadsheet would run as a formula is neutralised unless <c>raw</c> (see <see cref="Neutralise"/>).
/// Each cell is formatted as <see cref="Cell"/> says into a buffer of this sink and handed to CsvHelper as
/// characters (it quotes and escapes): a row read through its typed columns costs no box and no string per cell.
/// </summary>
internal sealed class CsvTableSink : ITableSink
{
    private readonly StreamWriter writer;
    private readonly CsvWriter csv;
    private readonly bool raw;
    // Where a cell that is not already a string is formatted: a number, a date, a neutralised or joined text.
    private char[] scratch = new char[256];

    public CsvTableSink(string path, IReadOnlyList<string> columns, bool raw = false)
    {
        Path = path;
        this.raw = raw;
        // A large buffer: the tables of a run are several times the corpus, and the default buffer makes a write call
        // every few rows. It is the file's (64 KB of bytes), not the writer's: a writer's buffer of 64 K characters and
        // the bytes they encode to are some 320 KB per table, on the large-object heap, freshly zeroed for each of the
        // nine tables even of a one-article run; the file's buffer is below that heap's threshold and makes as few writes.
        var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        writer = new StreamWriter(file, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 4096, leaveOpen: false);
        // CsvHelper's defaults are RFC 4180: CRLF, quotes only where needed, inner quotes doubled.
        csv = CsvWriter.Create(writer, options: null, leaveOpen: true);
        csv.WriteHeader(columns.ToArray());
    }

    public string Path { get; }

    public void WriteRow(object?[] row)
    {
        foreach (var value in row) WriteCell(value);
        csv.EndRecord();
    }

    public void WriteRow<TRow>(TRow row, IReadOnlyList<Column<TRow>> columns)
    {
        for (var i = 0; i < columns.Count; i++) columns[i].WriteTo(this, row);
        csv.EndRecord();
    }

    /// <summary>A row read through its table's columns, given as an array (what the tables do: no interface call per cell).</summary>
    public void WriteRow<TRow>(TRow row, Column<TRow>[] columns)
    {
        foreach (var column in columns) column.WriteTo(this, row);
        csv.EndRecord();
    }

    /// <summary>
    /// One cell of the current row, written as <see cref="Cell.Format"/> and <see cref="Neutralise"/> would
    /// (the tests hold the two to the same text). Checks on <typeparamref name="T"/> are settled when the code is
    /// compiled for each value type, so a number or a date is never boxed.
    /// </summary>
    public void WriteCell<T>(T value)
    {
        if (typeof(T) == typeof(int)) Formatted(Unsafe.As<T, int>(ref value), default);
        else if (typeof(T) == typeof(int?)) { if (Unsafe.As<T, int?>(ref value) is { } i) Formatted(i, default); else Empty(); }
        else if (typeof(T) == typeof(double)) Number(Unsafe.As<T, double>(ref value));
        else if (typeof(T) == typeof(double?)) { if (Unsafe.As<T, double?>(ref value) is { } d) Number(d); else Empty(); }
        else if (typeof(T) == typeof(DateOnly)) Date(Unsafe.As<T, DateOnly>(ref value));
        else if (typeof(T) == typeof(DateOnly?)) { if (Unsafe.As<T, DateOnly?>(ref value) is { } day) Date(day); else Empty(); }
        else if (typeof(T).IsValueType && typeof(T).IsEnum) csv.WriteField(EnumText<T>.Of(value));
        else if (value is string text) Text(text);
        else WriteCell((object?)value);
    }

    /// <summary>One cell of the current row, of whatever type it holds.</summary>
    public void WriteCell(object? value)
    {
        switch (value)
        {
            case null: Empty(); break;
            case string s: Text(s); break;
            case int i: Formatted(i, default); break;
            case long l: Formatted(l, default); break;
            case double d: Number(d); break;
            case DateOnly date: Date(date); break;
            case DateTime time: Formatted(time, DateFormat); break;
            case Enum e: csv.WriteField(Cell.Snake(e)); break;
            case IEnumerable<string?> list: Joined(list); break;
            case IEnumerable: Text(Cell.Format(value)); break;
            default: csv.WriteField(Cell.Format(value)); break;
        }
    }

    private const string NumberFormat = "0.##########";
    private const string DateFormat = "yyyy-MM-dd";

    // A whole number (most figures are) written as a long, which is cheaper than the custom format's general path:
    // the same text below 1e15, where the format's 15 significant digits hold every digit. Zero goes the general way,
    // so a negative zero is written as the format writes it.
    private void Number(double value)
    {
        if (value != 0 && Math.Abs(value) < 1e15 && value == Math.Floor(value)) Formatted((long)value, default);
        else Formatted(value, NumberFormat);
    }

    // yyyy-MM-dd by hand: the custom format reads its pattern for every date.
    private void Date(DateOnly date)
    {
        var (year, month, day) = date;
        Grow(10);
        Digits(scratch.AsSpan(0, 4), year);
        scratch[4] = '-';
        Digits(scratch.AsSpan(5, 2), month);
        scratch[7] = '-';
        Digits(scratch.AsSpan(8, 2), day);
        csv.WriteField(scratch.AsSpan(0, 10));
    }

    private static void Digits(Span<char> into, int value)
    {
        for (var i = into.Length - 1; i >= 0; i--, value /= 10) into[i] = (char)('0' + value % 10);
    }

    private void Empty() => csv.WriteField(ReadOnlySpan<char>.Empty);

    private void Formatted<T>(T value, ReadOnlySpan<char> format) where T : ISpanFormattable
    {
        int written;
        while (!value.TryFormat(scratch, out written, format, CultureInfo.InvariantCulture)) Grow(scratch.Length * 2);
        csv.WriteField(scratch.AsSpan(0, written));
    }

    private void Text(string text)
    {
        if (raw || text.Length == 0 || !FormulaStarts.Contains(text[0])) { csv.WriteField(text.AsSpan()); return; }
        Grow(text.Length + 1);
        scratch[0] = '\'';
        text.CopyTo(0, scratch, 1, text.Length);
        csv.WriteField(scratch.AsSpan(0, text.Length + 1));
    }

    // A list of texts joined by Cell.ListSeparator, neutralised as one text.
    private void Joined(IEnumerable<string?> list)
    {
        var length = 1; // room for the apostrophe
        var first = true;
        foreach (var item in list)
        {
            var part = item ?? "";
            var needed = length + (first ? 0 : Cell.ListSeparator.Length) + part.Length;
            if (needed > scratch.Length) Grow(needed * 2);
            if (!first) { Cell.ListSeparator.CopyTo(scratch.AsSpan(length)); length += Cell.ListSeparator.Length; }
            part.CopyTo(scratch.AsSpan(length));
            length += part.Length;
            first = false;
        }
        var joined = scratch.AsSpan(1, length - 1);
        if (raw || joined.IsEmpty || !FormulaStarts.Contains(joined[0])) { csv.WriteField(joined); return; }
        scratch[0] = '\'';
        csv.WriteField(scratch.AsSpan(0, length));
    }

    private void Grow(int size)
    {
        if (size > scratch.Length) Array.Resize(ref scratch, size);
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
        return value is not (null or string or IEnumerable) || text.Length == 0 || !FormulaStarts.Contains(text[0])
            ? text
            : "'" + text;
    }

    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@\t\r");

    public void Dispose()
    {
        csv.Dispose();
        writer.Dispose();
    }

    // An enum's values as the tables spell them, looked up without boxing.
    private static class EnumText<T>
    {
        // By value, for an enum over int numbered from 0 (as the kit's are); any other is spelled through Cell.Snake.
        private static readonly string?[] Names = Spelled();

        private static string?[] Spelled()
        {
            if (Enum.GetUnderlyingType(typeof(T)) != typeof(int)) return [];
            var numbers = Enum.GetValuesAsUnderlyingType(typeof(T)).Cast<int>().ToArray();
            if (numbers.Length == 0 || numbers.Min() < 0 || numbers.Max() > 255) return [];
            var names = new string?[numbers.Max() + 1];
            foreach (var n in numbers) names[n] = Cell.Snake((Enum)Enum.ToObject(typeof(T), n));
            return names;
        }

        public static string Of(T value)
        {
            var number = Names.Length == 0 ? -1 : Unsafe.As<T, int>(ref value);
            return (uint)number < (uint)Names.Length && Names[number] is { } name ? name : Cell.Snake((Enum)(object)value!);
        }
    }
}

using System.Text;
using CsvHelper;

namespace Analysis.Tests.Export;

using Analysis.Export;
using Analysis.Extraction;

/// <summary>
/// The CSV sink formats each cell into its own buffer (no box, no string) and hands CsvHelper characters: every
/// row must come out byte for byte as CsvHelper writes the cells' text (<see cref="CsvTableSink.Neutralise"/>),
/// whether read through typed columns or as values, raw or neutralised.
/// </summary>
public class CsvCellTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("analysis-csv-cells-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // One row per case: each cell a type the tables hold, at the values where formatting or quoting turns.
    private sealed record Row(int Int, int? NoInt, double Double, double? NoDouble, DateOnly? Day, Hedge Hedge, DatePrecision? Precision,
        string? Text, IReadOnlyList<string> List, long Long);

    private static readonly Columns<Row> Typed = new()
    {
        { "int", r => r.Int }, { "no_int", r => r.NoInt }, { "double", r => r.Double }, { "no_double", r => r.NoDouble },
        { "day", r => r.Day }, { "hedge", r => r.Hedge }, { "precision", r => r.Precision }, { "text", r => r.Text },
        { "list", r => r.List }, { "long", r => r.Long },
    };

    public static TheoryData<string> Texts() =>
    [
        "", "plain", "a, comma", "a \"quote\"", "line\nbreak", "cr\rlf", " leading space", "trailing space ", "=1+2", "-2", "+x", "@SUM(1)",
        "\tTab", "\rCR", "'already", "ünïcødé — “quotes”", new string('x', 700), "=" + new string('y', 700),
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Cells_are_written_as_csvhelper_writes_their_text(string text)
    {
        Row[] rows =
        [
            new(0, null, 0.1, null, null, Hedge.AtLeast, null, text, [text, "b"], 0),
            new(-5, 12, -1234.5678901234567, 1e21, new DateOnly(2025, 3, 6), Hedge.Exact, DatePrecision.OnOrBefore, null, [], long.MaxValue),
            new(int.MaxValue, int.MinValue, 1e-12, 10_000, DateOnly.MinValue, (Hedge)42, DatePrecision.Day, text + text, ["", text], -1),
        ];
        foreach (var raw in new[] { false, true })
        {
            var expected = Expected(rows, raw);
            Assert.Equal(expected, Written(rows, raw, typed: true));
            Assert.Equal(expected, Written(rows, raw, typed: false));
        }
    }

    // Whole numbers and dates are written by hand (the custom formats are slow): the same text on both sides of where
    // the whole-number path stops (zero, 1e15, fractions, the largest magnitudes). Negative zero is the second row's -number
    // for 0.0 (xUnit takes -0.0 and 0.0 for the same data).
    [Theory]
    [InlineData(0.0)] [InlineData(1.0)] [InlineData(-1.0)] [InlineData(10_000.0)] [InlineData(-3_000.0)]
    [InlineData(999_999_999_999_999.0)] [InlineData(1e15)] [InlineData(-1e15)] [InlineData(123_456_789_012_345.6)] [InlineData(2.5)]
    [InlineData(1e300)] [InlineData(-1e-300)] [InlineData(double.MaxValue)] [InlineData(double.NaN)] [InlineData(double.NegativeInfinity)]
    public void Whole_numbers_and_dates_are_written_as_their_formats_write_them(double number)
    {
        Row[] rows =
        [
            new(0, null, number, number, DateOnly.MinValue, Hedge.Exact, null, null, [], 0),
            new(0, null, -number, null, DateOnly.MaxValue, Hedge.Exact, null, null, [], 0),
            new(0, null, Math.Round(number / 7), number / 3, new DateOnly(987, 12, 31), Hedge.Exact, null, null, [], 0),
        ];
        var expected = Expected(rows, raw: false);
        Assert.Equal(expected, Written(rows, raw: false, typed: true));
        Assert.Equal(expected, Written(rows, raw: false, typed: false));
    }

    private string Written(Row[] rows, bool raw, bool typed)
    {
        var path = Path.Combine(folder, $"written-{raw}-{typed}.csv");
        using (var sink = new CsvTableSink(path, Typed.Select(c => c.Name).ToArray(), raw))
            foreach (var row in rows)
                if (typed) sink.WriteRow(row, Typed);
                else sink.WriteRow(Typed.Select(c => c.Value(row)).ToArray());
        return File.ReadAllText(path);
    }

    // What the sink wrote before it formatted cells itself: each cell's text, then CsvHelper's WriteRecord.
    private static string Expected(Row[] rows, bool raw)
    {
        var text = new StringWriter();
        using (var csv = CsvWriter.Create(text, options: null, leaveOpen: true))
        {
            csv.WriteHeader(Typed.Select(c => c.Name).ToArray());
            foreach (var row in rows)
                csv.WriteRecord(Typed.Select(c => c.Value(row)).Select(v => raw ? Cell.Format(v) : CsvTableSink.Neutralise(v)).ToArray());
        }
        return text.ToString();
    }
}

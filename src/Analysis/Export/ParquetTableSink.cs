using Parquet;
using Parquet.Schema;

namespace Analysis.Export;

/// <summary>
/// A table as an Apache Parquet file, for corpora whose tables go on to DuckDB, Spark, Trino or
/// pandas. Every part of a sharded run (<c>extract --shard K/N</c>) has the same schema, so the parts
/// read as one dataset (<c>read_parquet('part-*/troop_counts.parquet')</c>). Counts, offsets and
/// indexes are 32-bit integers, figures doubles, dates dates; every other column is text written as
/// in the CSV (enums in snake_case, lists joined by "; "); an empty cell is null. Rows are buffered
/// and written in row groups of <see cref="RowsPerGroup"/>, so memory stays bounded.
/// </summary>
internal sealed class ParquetTableSink : ITableSink
{
    /// <summary>Rows per row group: large enough for readers to scan well, small enough to hold.</summary>
    public const int RowsPerGroup = 50_000;

    // The columns that are not text, by name: the same name means the same thing in every table.
    private static readonly Dictionary<string, Type> NotText = new(StringComparer.Ordinal)
    {
        ["paragraphs"] = typeof(int), ["sentences"] = typeof(int), ["characters"] = typeof(int),
        ["sentence"] = typeof(int), ["start"] = typeof(int), ["end"] = typeof(int), ["order"] = typeof(int),
        ["documents"] = typeof(int), ["mentions"] = typeof(int), ["attributed_facts"] = typeof(int),
        ["value"] = typeof(double), ["low"] = typeof(double), ["high"] = typeof(double),
        ["published"] = typeof(DateOnly), ["earliest"] = typeof(DateOnly), ["latest"] = typeof(DateOnly),
        ["first_published"] = typeof(DateOnly), ["last_published"] = typeof(DateOnly),
        ["written_earliest"] = typeof(DateOnly), ["written_latest"] = typeof(DateOnly),
        ["as_of_earliest"] = typeof(DateOnly), ["as_of_latest"] = typeof(DateOnly),
        ["target_earliest"] = typeof(DateOnly), ["target_latest"] = typeof(DateOnly),
    };

    private readonly FileStream stream;
    private readonly ParquetWriter writer;
    private readonly DataField[] fields;
    private readonly List<object?>[] buffered;

    public ParquetTableSink(string path, IReadOnlyList<string> columns)
    {
        Path = path;
        fields = columns.Select(Field).ToArray();
        buffered = columns.Select(_ => new List<object?>()).ToArray();
        stream = File.Create(path);
        writer = ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).GetAwaiter().GetResult();
    }

    /// <summary>The Parquet type of a column: what a reader of the file sees.</summary>
    public static Type TypeOf(string column) => NotText.GetValueOrDefault(Unpaired(column), typeof(string));

    // A column of a table that pairs two claims names the claim's column with the side it is on (revisions' from_value
    // and to_first_published, contradictions' value_a and last_published_b): it is of the claim column's type.
    private static string Unpaired(string column)
    {
        var name = column.EndsWith("_a", StringComparison.Ordinal) || column.EndsWith("_b", StringComparison.Ordinal) ? column[..^2] : column;
        return name.StartsWith("from_", StringComparison.Ordinal) ? name[5..] : name.StartsWith("to_", StringComparison.Ordinal) ? name[3..] : name;
    }

    private static DataField Field(string column) => TypeOf(column) switch
    {
        var t when t == typeof(int) => new DataField<int?>(column),
        var t when t == typeof(double) => new DataField<double?>(column),
        var t when t == typeof(DateOnly) => new DataField<DateOnly?>(column),
        _ => new DataField<string>(column, nullable: true),
    };

    public string Path { get; }

    public void WriteRow(object?[] row)
    {
        for (var i = 0; i < fields.Length; i++) buffered[i].Add(row[i]);
        if (buffered[0].Count >= RowsPerGroup) Flush();
    }

    private void Flush()
    {
        if (buffered[0].Count == 0) return;
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var (field, values) = (fields[i], buffered[i]);
            var written = TypeOf(field.Name) switch
            {
                var t when t == typeof(int) => group.WriteAsync<int>(field, values.Select(v => v is null ? (int?)null : v is int n ? n : throw Mistyped(field, v)).ToArray()),
                var t when t == typeof(double) => group.WriteAsync<double>(field, values.Select(v => v is null ? (double?)null : v is double d ? d : v is int n ? n : throw Mistyped(field, v)).ToArray()),
                var t when t == typeof(DateOnly) => group.WriteAsync<DateOnly>(field, values.Select(v => v switch
                {
                    null => (DateOnly?)null,
                    DateOnly date => date,
                    DateTime time => DateOnly.FromDateTime(time),
                    _ => throw Mistyped(field, v),
                }).ToArray()),
                // An empty cell is null, whether the row holds none or nothing to write (citations' via with no step).
                _ => group.WriteAsync(field, values.Select(v => v is null ? null : Cell.Format(v) is { Length: > 0 } text ? text : null).ToArray()!, null),
            };
            written.GetAwaiter().GetResult();
            values.Clear();
        }
        group.CompleteValidate();
    }

    private InvalidOperationException Mistyped(DataField field, object value) =>
        new($"{Path}: column '{field.Name}' is written as {TypeOf(field.Name).Name} in Parquet, but a row holds a {value.GetType().Name} ({value})");

    public void Dispose()
    {
        try
        {
            Flush();
        }
        finally
        {
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            stream.Dispose();
        }
    }
}

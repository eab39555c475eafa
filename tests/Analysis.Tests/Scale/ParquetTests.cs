using System.Globalization;
using Analysis.Tests.Corpus;
using Parquet;
using Parquet.Serialization;
using Parquet.Utils;

namespace Analysis.Tests.Scale;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Generation;
using Analysis.Pipeline;

/// <summary>
/// <c>extract --format parquet</c>: the same cells as the CSV, typed, and one schema for every part
/// of a sharded run, so that the parts read (and merge) as one dataset.
/// </summary>
public sealed class ParquetTests : IDisposable
{
    private readonly TempCorpora folders = new();

    public void Dispose() => folders.Dispose();

    private TempCorpus Folder() => folders.New();

    private string Written(string corpus, ExportFormat format, Shard? shard = null)
    {
        var output = Folder();
        Export.Write(CorpusLoader.Stream(corpus, shard).Extract(Extractor.Default, 2), output.Folder, format);
        return output.Folder;
    }

    [Fact]
    public void Every_table_holds_the_cells_of_the_csv_with_numbers_and_dates_typed()
    {
        var corpus = Folder();
        // More rows than one row group, in some table, so that groups are written and read back in order.
        CorpusGenerator.Write(corpus.Folder, 300 * 1024, seed: 3);
        corpus.Write("manifest.json", """{ "batch000/article_000001": { "published": "2024-11-05", "outlet": "Yonhap" } }""");
        var csv = Written(corpus.Folder, ExportFormat.Csv);
        var parquet = Written(corpus.Folder, ExportFormat.Parquet);

        foreach (var table in Export.TableNames)
        {
            var (columns, rows) = Read(Path.Combine(parquet, table + ".parquet"));
            Assert.Equal(Export.ColumnsOf(table), columns);
            var expected = CsvRows.Of(Path.Combine(csv, table + ".csv"));
            Assert.Equal(expected.Count, rows.Count);
            for (var i = 0; i < rows.Count; i++)
                Assert.Equal(expected[i], rows[i].Select(AsCsv).ToArray());
            foreach (var row in rows)
                for (var c = 0; c < columns.Count; c++)
                    if (row[c] is { } value) Assert.Equal(ParquetTableSink.TypeOf(columns[c]), value.GetType());
        }
        var documents = Read(Path.Combine(parquet, "documents.parquet"));
        var published = documents.Columns.IndexOf("published");
        Assert.Equal(new DateOnly(2024, 11, 5), documents.Rows.Single(r => (string?)r[0] == "batch000/article_000001")[published]);
    }

    [Fact]
    public void Every_date_and_figure_column_is_typed_not_only_the_documents_and_events_ones()
    {
        // An analyst reading claims.parquet in DuckDB or pandas subtracts first_published from last_published, or
        // compares a revision's from_value with its to_value: text there needs a cast that documents.published does not.
        foreach (var table in Export.TableNames)
            foreach (var column in Export.ColumnsOf(table))
            {
                var name = column.TrimEnd('a', 'b').TrimEnd('_');
                if (name.EndsWith("published", StringComparison.Ordinal) || name.EndsWith("earliest", StringComparison.Ordinal) || name.EndsWith("latest", StringComparison.Ordinal))
                    Assert.True(ParquetTableSink.TypeOf(column) == typeof(DateOnly), $"{table}.{column} should be a date");
                if (name is "value" or "low" or "high" || name.EndsWith("_value", StringComparison.Ordinal) || name.EndsWith("_low", StringComparison.Ordinal) || name.EndsWith("_high", StringComparison.Ordinal))
                    Assert.True(ParquetTableSink.TypeOf(column) == typeof(double), $"{table}.{column} should be a number");
            }
        // Near misses: the claims a pair names, and the origins, stay text.
        foreach (var column in new[] { "claim_a", "origin_b", "from_claim", "to_claim", "first_document", "written_precision", "as_of_precision" })
            Assert.Equal(typeof(string), ParquetTableSink.TypeOf(column));
    }

    [Fact]
    public void A_story_s_claims_revisions_and_troop_counts_hold_their_dates_as_dates()
    {
        var corpus = Folder();
        corpus.Write("a.txt", "Troops in the coastal province\n\nAbout 2,000 Ruritanian troops are in the coastal province, the Pentagon said.\n");
        corpus.Write("b.txt", "More troops in the coastal province\n\nAbout 3,500 Ruritanian troops are in the coastal province, the Pentagon said.\n");
        corpus.Write("manifest.json", """{ "a": { "published": "2020-03-10" }, "b": { "published": "2020-05-19" } }""");
        var parquet = Written(corpus.Folder, ExportFormat.Parquet);

        var claims = Read(Path.Combine(parquet, "claims.parquet"));
        Assert.Contains(new DateOnly(2020, 3, 10), claims.Rows.Select(r => r[claims.Columns.IndexOf("first_published")]));
        var revisions = Read(Path.Combine(parquet, "revisions.parquet"));
        var revision = Assert.Single(revisions.Rows);
        Assert.Equal(new DateOnly(2020, 5, 19), revision[revisions.Columns.IndexOf("to_first_published")]);
        Assert.Equal(2000.0, revision[revisions.Columns.IndexOf("from_value")]);
        var counts = Read(Path.Combine(parquet, "troop_counts.parquet"));
        Assert.All(counts.Rows, r => Assert.IsType<DateOnly>(r[counts.Columns.IndexOf("as_of_earliest")]));
        // An empty cell is null, as the CSV's empty cell reads in pandas: a citation with no step between origin and outlet.
        var citations = Read(Path.Combine(parquet, "citations.parquet"));
        Assert.All(citations.Rows, r => Assert.Null(r[citations.Columns.IndexOf("via")]));
    }

    [Fact]
    public async Task The_parts_of_a_sharded_run_have_one_schema_and_merge_into_the_whole_rows()
    {
        var corpus = Folder();
        CorpusGenerator.Write(corpus.Folder, 60 * 1024, seed: 8);
        // A part of 16 from a few dozen articles: some parts have no rows in some tables, and still the same schema.
        var whole = Written(corpus.Folder, ExportFormat.Parquet);
        var parts = Enumerable.Range(1, 16).Select(k => Written(corpus.Folder, ExportFormat.Parquet, new Shard(k, 16))).ToList();

        foreach (var table in new[] { "documents", "troop_counts", "source_mentions", "events" })
        {
            var schema = await ParquetReader.ReadSchemaAsync(Path.Combine(whole, table + ".parquet"));
            foreach (var part in parts)
                Assert.Equal(schema, await ParquetReader.ReadSchemaAsync(Path.Combine(part, table + ".parquet")));

            var merged = Path.Combine(Folder().Folder, table + ".parquet");
            using (var output = File.Create(merged))
            {
                var merger = new FileMerger(parts.Select(p => new FileInfo(Path.Combine(p, table + ".parquet"))));
                await merger.MergeFilesAsync(output);
                await merger.DisposeAsync();
            }
            // troop_counts' claim column is an id given over the part (claims are corpus-wide), so it is left out.
            var claim = Export.ColumnsOf("troop_counts").ToList().IndexOf("claim");
            var key = (object?[] r) => string.Join("\u001f", (table == "troop_counts" ? [.. r[..claim], .. r[(claim + 1)..]] : r).Select(AsCsv));
            Assert.Equal(Read(Path.Combine(whole, table + ".parquet")).Rows.Select(key).Order(StringComparer.Ordinal),
                Read(merged).Rows.Select(key).Order(StringComparer.Ordinal));
        }
    }

    // A cell as the CSV writes it.
    private static string AsCsv(object? value) => value switch
    {
        null => "",
        double d => Cell.Number(d),
        DateOnly date => Cell.Date(date),
        DateTime time => Cell.Date(DateOnly.FromDateTime(time)),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)!,
    };

    private static (List<string> Columns, List<object?[]> Rows) Read(string file)
    {
        using var stream = File.OpenRead(file);
        var result = ParquetSerializer.DeserializeUntypedAsync(stream, new ParquetOptions { UseDateOnlyTypeForDates = true }).GetAwaiter().GetResult();
        var columns = result.Schema.GetDataFields().Select(f => f.Name).ToList();
        return (columns, result.Data.Select(row => columns.Select(c => row.TryGetValue(c, out var v) ? v : null).ToArray()).ToList());
    }
}

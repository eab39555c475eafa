using Analysis.Tests.Corpus;

namespace Analysis.Tests.Output;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Frames;
using Analysis.Generation;
using Analysis.Output;
using Analysis.Pipeline;

/// <summary>run.json beside the tables, and <see cref="Kit.LoadTables"/>, which reads only tables that match it.</summary>
public sealed class RunRecordTests : IDisposable
{
    private readonly TempCorpus work = new();
    private string Tables => Path.Combine(work.Folder, "tables");

    public void Dispose() => work.Dispose();

    private RunRecord WriteSeedTables(ExportFormat format = ExportFormat.Csv)
    {
        var stream = CorpusLoader.Stream();
        return Export.WriteRun(stream.Extract(), Tables, format, RunSource.Of(stream));
    }

    [Fact]
    public void The_record_of_the_seed_names_its_corpus_counts_and_the_rows_of_each_table()
    {
        var record = WriteSeedTables();

        var read = RunRecord.Read(Tables);
        Assert.Equal(record with { Tables = [] }, read with { Tables = [] });
        Assert.Equal(record.Tables, read.Tables);
        Assert.Equal(CorpusLoader.FindDefaultFolder(), record.Corpus);
        Assert.Equal(1, record.Documents);
        // The seed's three figures: approximately 10,000 now, 3,000 before, potentially 12 million.
        Assert.Equal(3, record.Tables.Single(t => t.Name == "troop_counts").Rows);
        var loaded = Kit.LoadTables(Tables);
        Assert.Contains(10000.0, loaded.TroopCounts.GetColumn<double>("value").Values);
        Assert.Contains("National Intelligence Service", loaded.TroopCounts.GetColumn<string>("attributed_to").Values);
    }

    [Theory]
    [InlineData("/data/ünïcødé corpus/+1 \"quoted\" & <b>")]
    [InlineData(null)]
    public void The_record_is_written_as_the_serializer_writes_it(string? corpus)
    {
        var record = new RunRecord("1.0.0+abc", corpus, 3, 1,
            [new TableRecord("documents", "documents.csv", 3, new string('a', 64)), new TableRecord("troop_counts", "troop_counts.csv", 12_345_678_901, new string('b', 64))],
            new DateTimeOffset(2026, 11, 30, 17, 5, 6, 789, TimeSpan.FromHours(2)).AddTicks(1234), DateTimeOffset.UnixEpoch);
        Directory.CreateDirectory(Tables);
        record.Write(Tables);

        Assert.Equal(record.Serialized(), File.ReadAllText(Path.Combine(Tables, RunRecord.FileName)));
        var read = RunRecord.Read(Tables);
        Assert.Equal(record with { Tables = [] }, read with { Tables = [] });
        Assert.Equal(record.Tables, read.Tables);
    }

    [Theory]
    [InlineData("troop_counts.csv", "edited")]
    [InlineData("events.csv", "cut")]
    [InlineData("sources.csv", "missing")]
    public void A_table_changed_after_the_run_is_refused_by_name(string table, string change)
    {
        WriteSeedTables();
        var path = Path.Combine(Tables, table);
        switch (change)
        {
            case "edited":
                var text = File.ReadAllText(path);
                File.WriteAllText(path, text.Replace("10000", "10001"));
                break;
            case "cut":
                var bytes = File.ReadAllBytes(path);
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
            case "missing":
                File.Delete(path);
                break;
        }

        var error = Assert.Throws<InvalidDataException>(() => Kit.LoadTables(Tables));
        Assert.StartsWith(path, error.Message);
        Assert.Contains(RunRecord.FileName, error.Message);
    }

    [Fact]
    public void A_folder_without_a_record_is_refused()
    {
        WriteSeedTables();
        File.Delete(Path.Combine(Tables, RunRecord.FileName));

        var error = Assert.Throws<InvalidDataException>(() => Kit.LoadTables(Tables));
        Assert.Contains($"{RunRecord.FileName} is missing", error.Message);
    }

    [Fact]
    public void Json_tables_load_back_with_the_same_rows()
    {
        var record = WriteSeedTables(ExportFormat.Json);

        var loaded = Kit.LoadTables(Tables);

        Assert.All(record.Tables, t => Assert.Equal(t.Rows, loaded[t.Name].RowCount));
        Assert.Contains(10000.0, loaded.TroopCounts.GetColumn<double>("value").Values);
    }

    [Fact]
    public void A_json_run_replaces_a_csv_run_whole_so_no_stale_table_is_left_beside_it()
    {
        WriteSeedTables(ExportFormat.Csv);
        WriteSeedTables(ExportFormat.Json);

        Assert.Equal(Export.TableNames.Select(t => t + ".json").Append(RunRecord.FileName).Order(),
            Directory.GetFiles(Tables).Select(Path.GetFileName).Order());
    }
}

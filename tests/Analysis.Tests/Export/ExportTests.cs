using System.Text;
using System.Text.Json;

namespace Analysis.Tests.Export;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Frames;
using Analysis.Pipeline;

/// <summary>The exported tables: exact columns, RFC 4180 CSV, the same tables as JSON and as frames.</summary>
public class ExportTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "analysis-export-" + Guid.NewGuid().ToString("N"));
    private static readonly Findings Seed = Extractor.Default.Extract(CorpusLoader.Load());

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [InlineData("documents", "document,title,published,outlet,url,paragraphs,sentences,characters,written_earliest,written_latest,written_precision")]
    [InlineData("troop_counts", "document,sentence,start,end,phrase,value,low,high,hedge,kind,status,subject,attributed_to,via,quote,sentence_text,claim,as_of_earliest,as_of_latest,as_of_precision,target_earliest,target_latest,outlet,published")]
    [InlineData("claims", "claim,kind,status,subject,value,low,high,hedge,origin,first_document,first_published,last_published,mentions,documents,relays")]
    [InlineData("revisions", "origin,subject,kind,status,from_claim,from_value,from_low,from_high,from_first_published,from_last_published,to_claim,to_value,to_low,to_high,to_first_published,to_last_published")]
    [InlineData("contradictions", "subject,kind,status,claim_a,origin_a,value_a,low_a,high_a,first_published_a,last_published_a,claim_b,origin_b,value_b,low_b,high_b,first_published_b,last_published_b")]
    [InlineData("citations", "origin,via,outlet,mentions")]
    [InlineData("source_mentions", "document,sentence,start,end,surface,source,kind,country")]
    [InlineData("sources", "source,kind,country,documents,mentions,attributed_facts")]
    public void Csv_headers_are_exactly_the_issue_columns(string table, string header)
    {
        Export.Write(Seed, folder);
        var firstLine = File.ReadLines(Path.Combine(folder, table + ".csv")).First();
        Assert.Equal(header, firstLine);
        Assert.Equal(header.Split(','), Export.ColumnsOf(table));
    }

    [Fact]
    public void Seed_troop_counts_row_is_written_as_the_issue_says()
    {
        Export.Write(Seed, folder);
        var bytes = File.ReadAllBytes(Path.Combine(folder, "troop_counts.csv"));
        Assert.False(bytes is [0xEF, 0xBB, 0xBF, ..], "no byte-order mark");
        var text = Encoding.UTF8.GetString(bytes);
        Assert.Contains("\r\n", text);
        // quote: the matched words; sentence_text: the whole sentence they are in; the claim; then the figure's dates:
        // the seed has no publication date, so its current figures hold as of the window it was written in.
        Assert.Contains(",\"approximately 10,000\",10000,,,approximate,deployment,current,North Korea,National Intelligence Service,Lee Seong-kweun; Park Sun-won; Yonhap,\"approximately 10,000 North Korean troops\"," +
                        "\"South Korean lawmakers revealed to Yonhap news agency that approximately 10,000 North Korean troops are currently undergoing military training in eastern Russia, which marks a substantial increase from the earlier estimate of 3,000.\",C1,2024-10-24,2024-11-24,inferred,,,,\r\n", text);
        Assert.Contains(",potentially 12 million,12000000,,,possible,army_size,current,North Korea,,,potentially 12 million soldiers," +
                        "\"With a roster of potentially 12 million soldiers, many of whom lack combat experience, the deployment could pose risks both for the Russian military’s operational effectiveness and for the North Koreans themselves.\",C3,2024-10-24,2024-11-24,inferred,,,,\r\n", text);
    }

    [Fact]
    public void Citations_leave_the_outlet_empty_where_the_articles_name_none()
    {
        // Two articles with no outlet in their metadata: their file ids are not outlets, and they share one path.
        const string text = "Troops reach the front\n\nAbout 3,000 North Korean soldiers have reached Kursk, the Pentagon said.";
        Document[] documents =
        [
            CorpusLoader.FromText(text, "000_a1b2c3"),
            CorpusLoader.FromText(text, "001_d4e5f6"),
            CorpusLoader.FromText(text, "002_yonhap", new DocumentMetadata(Outlet: "Yonhap")),
        ];
        Export.Write(Extractor.Default.ExtractEach(documents), folder);
        Assert.Equal("origin,via,outlet,mentions\r\nPentagon,,,2\r\nPentagon,,Yonhap,1\r\n", File.ReadAllText(Path.Combine(folder, "citations.csv")));
    }

    [Fact]
    public void Csv_quotes_commas_quotes_and_line_breaks()
    {
        var document = CorpusLoader.FromText("Troops, \"quoted\" and more\n\nAbout 10,000 troops are in Russia, the NIS said.", "doc",
            new DocumentMetadata("A \"title\", with\nbreak", new DateOnly(2024, 10, 25), "Yonhap", "https://example.org/a?b=1,2"));
        Export.Write(Extractor.Default.ExtractEach([document]), folder);
        var rows = File.ReadAllText(Path.Combine(folder, "documents.csv"));
        Assert.Equal("document,title,published,outlet,url,paragraphs,sentences,characters,written_earliest,written_latest,written_precision\r\n" +
                     $"doc,\"A \"\"title\"\", with\nbreak\",2024-10-25,Yonhap,\"https://example.org/a?b=1,2\",1,2,{document.Text.Length},2024-10-25,2024-10-25,day\r\n", rows);
    }

    [Fact]
    public void Json_has_the_same_tables_and_columns_with_typed_values()
    {
        var paths = Export.Write(Seed, folder, ExportFormat.Json);
        Assert.Equal(Export.TableNames.Select(t => Path.Combine(folder, t + ".json")), paths);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "troop_counts.json")));
        var first = json.RootElement[0];
        Assert.Equal(Export.ColumnsOf("troop_counts"), first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(10000, first.GetProperty("value").GetDouble());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("low").ValueKind);
        Assert.Equal("approximate", first.GetProperty("hedge").GetString());
        Assert.Equal(["Lee Seong-kweun", "Park Sun-won", "Yonhap"], first.GetProperty("via").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public void Frames_have_the_csv_columns_and_types()
    {
        var troops = Frames.TroopCounts(Seed);
        Assert.Equal(Export.ColumnsOf("troop_counts"), troops.ColumnKeys);
        Assert.Equal(3, troops.RowCount);
        Assert.Equal(10_000d, troops.GetColumn<double>("value")[0]);
        Assert.False(troops.GetColumn<double>("low").TryGet(0).HasValue, "an empty cell is missing");
        Assert.Equal("army_size", troops.GetColumn<string>("kind")[2]);
        Assert.Equal("Lee Seong-kweun; Park Sun-won; Yonhap", troops.GetColumn<string>("via")[0]);
        Assert.Equal(Export.ColumnsOf("documents"), Frames.Documents(Seed).ColumnKeys);
        Assert.Equal(Export.ColumnsOf("source_mentions"), Frames.SourceMentions(Seed).ColumnKeys);
        Assert.Equal(Seed.Sources.Count, Frames.Sources(Seed).RowCount);
        Assert.Equal(["C1", "C2", "C3"], troops.GetColumn<string>("claim").Values);
        var claims = Frames.Claims(Seed);
        Assert.Equal(Export.ColumnsOf("claims"), claims.ColumnKeys);
        Assert.Equal("Lee Seong-kweun; Park Sun-won; Yonhap", claims.GetColumn<string>("relays")[0]);
    }

    [Fact]
    public void Extract_command_writes_the_tables_and_says_where()
    {
        var (code, stdout) = Analysis.Tests.Extraction.Cli.Run("extract", "--out", folder, "--format", "csv");
        Assert.Equal(0, code);
        foreach (var table in Export.TableNames)
        {
            Assert.True(File.Exists(Path.Combine(folder, table + ".csv")), table);
            Assert.Contains(table + ".csv", stdout);
        }
    }

    [Fact]
    public void Streaming_export_writes_documents_as_they_come()
    {
        var written = new List<string>();
        IEnumerable<DocumentFindings> Stream()
        {
            foreach (var id in new[] { "a", "b" })
            {
                written.Add(id);
                yield return Extractor.Default.Extract(CorpusLoader.FromText("T\n\nAbout 10,000 troops are in Russia, the NIS said.", id));
            }
        }
        Export.Write(Stream(), folder);
        Assert.Equal(["a", "b"], written);
        var sources = File.ReadAllLines(Path.Combine(folder, "sources.csv"));
        Assert.Equal("National Intelligence Service,intelligence,South Korea,2,2,2", sources[1]);
    }
}

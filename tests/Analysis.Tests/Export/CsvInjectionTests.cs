using System.Text;
using System.Text.Json;

namespace Analysis.Tests.Export;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Pipeline;

/// <summary>
/// Articles come from the web: text that a spreadsheet would run as a formula is neutralised in CSV by default
/// (a leading apostrophe, as OWASP's CSV-injection guidance says), written as found with --csv-raw, and JSON keeps it.
/// </summary>
public class CsvInjectionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("analysis-csv-injection-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    // Written for this test: a headline and sentences that start as formulas do.
    private static readonly Document Hostile = CorpusLoader.FromText("""
        =HYPERLINK("http://example.test/x","Troops at the border")

        =cmd|' /C calc'!A0 About 5,000 troops arrived near the border on 3 March 2025, the defence ministry said.

        +1 Officials said about 2,000 soldiers left the camp on 4 March 2025.

        @SUM(1+1) Officials said 300 soldiers were wounded on 5 March 2025.
        """, "hostile", new DocumentMetadata(Published: new DateOnly(2025, 3, 6)));

    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    [Fact]
    public void Cells_that_would_run_as_formulas_get_a_leading_apostrophe_in_every_table()
    {
        Export.Write(Extractor.Default.ExtractEach([Hostile]), folder);

        var cells = new[] { "documents", "events", "troop_counts" }.SelectMany(t => Cells(t)).ToList();
        Assert.DoesNotContain(cells, c => c.Length > 0 && FormulaStarts.Contains(c[0]));
        Assert.Contains("'=HYPERLINK(\"http://example.test/x\",\"Troops at the border\")", Cells("documents"));
        Assert.Contains(Cells("events"), c => c.StartsWith("'=cmd|' /C calc'!A0", StringComparison.Ordinal));
        Assert.Contains(Cells("troop_counts"), c => c.StartsWith("'+1 Officials said", StringComparison.Ordinal));
        Assert.Contains(Cells("troop_counts"), c => c.StartsWith("'@SUM(1+1)", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("=1+2", "'=1+2")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("\tlead", "'\tlead")]
    [InlineData("\rlead", "'\rlead")]
    [InlineData("plain text", "plain text")]
    [InlineData("", "")]
    public void Text_is_neutralised_and_nothing_else_is(string text, string written) =>
        Assert.Equal(written, CsvTableSink.Neutralise(text));

    [Fact]
    public void Numbers_dates_and_the_kits_own_values_are_never_touched()
    {
        Assert.Equal("-5", CsvTableSink.Neutralise(-5.0));
        Assert.Equal("2025-03-06", CsvTableSink.Neutralise(new DateOnly(2025, 3, 6)));
        Assert.Equal("'=a; b", CsvTableSink.Neutralise(new[] { "=a", "b" }));
    }

    [Fact]
    public void Csv_raw_writes_the_text_as_found_and_json_always_does()
    {
        Export.Write(Extractor.Default.ExtractEach([Hostile]), folder, csvRaw: true);
        Assert.Contains("=HYPERLINK(\"http://example.test/x\",\"Troops at the border\")", Cells("documents"));

        Export.Write(Extractor.Default.ExtractEach([Hostile]), folder, ExportFormat.Json);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "documents.json")));
        Assert.Equal("=HYPERLINK(\"http://example.test/x\",\"Troops at the border\")", json.RootElement[0].GetProperty("title").GetString());
    }

    [Fact]
    public void The_extract_command_neutralises_by_default_and_takes_csv_raw()
    {
        using var corpus = new Analysis.Tests.Corpus.TempCorpus();
        corpus.Write("hostile.txt", Hostile.Text);

        Assert.Equal(0, Analysis.Tests.Extraction.Cli.Run("extract", "--corpus", corpus.Folder, "--out", folder).Code);
        Assert.StartsWith("'=HYPERLINK", Cells("documents")[Array.IndexOf(Cells("documents"), "hostile") + 1]);
        Assert.Equal(0, Analysis.Tests.Extraction.Cli.Run("extract", "--corpus", corpus.Folder, "--out", folder, "--csv-raw").Code);
        Assert.StartsWith("=HYPERLINK", Cells("documents")[Array.IndexOf(Cells("documents"), "hostile") + 1]);
    }

    // Every cell of a table's data rows, as a spreadsheet would read them (RFC 4180: quoted cells, doubled quotes).
    private string[] Cells(string table)
    {
        var text = File.ReadAllText(Path.Combine(folder, table + ".csv"));
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (quoted, header) = (false, true);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',' || c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                if (!header) cells.Add(cell.ToString());
                cell.Clear();
                if (c == '\r') i++;
                if (c != ',') header = false;
            }
            else cell.Append(c);
        }
        return cells.ToArray();
    }
}

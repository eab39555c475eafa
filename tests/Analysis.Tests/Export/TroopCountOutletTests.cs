using Deedle;
using System.Text.Json;

namespace Analysis.Tests.Export;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Frames;
using Analysis.Pipeline;

/// <summary>
/// An analyst comparing two outlets' figures, or one outlet's over time, reads troop_counts alone: each figure's outlet and
/// published day are its last two columns (after the dates, so readers by position keep working), with no join on documents.
/// </summary>
public class TroopCountOutletTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "analysis-outlets-" + Guid.NewGuid().ToString("N"));

    private static readonly Findings TwoOutlets = Extractor.Default.Extract(new Corpus("compare", [
        CorpusLoader.FromText("Trump offers more troops\n\nThe U.S. has about 8,000 troops in Poland, mostly on a rotational basis.", "stripes",
            new DocumentMetadata(Outlet: "Stars and Stripes", Published: new DateOnly(2025, 9, 3))),
        CorpusLoader.FromText("Trump offers more troops\n\nThe US has about 10,000 troops in Poland on a rotational basis.", "antiwar",
            new DocumentMetadata(Outlet: "Antiwar.com", Published: new DateOnly(2025, 9, 3))),
        CorpusLoader.FromText("Garrison opens\n\nSome 10,000 U.S. troops are in Poland.", "undated"),
    ], []));

    public void Dispose()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void Csv_rows_end_with_their_documents_outlet_and_published_day()
    {
        Export.Write(TwoOutlets, folder);
        var lines = File.ReadAllLines(Path.Combine(folder, "troop_counts.csv"));
        Assert.EndsWith(",target_earliest,target_latest,outlet,published", lines[0]);
        Assert.Equal(["outlet", "published"], Export.ColumnsOf("troop_counts").TakeLast(2));
        Assert.Single(lines, l => l.StartsWith("stripes,", StringComparison.Ordinal) && l.Contains("8000") && l.EndsWith(",Stars and Stripes,2025-09-03", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("antiwar,", StringComparison.Ordinal) && l.EndsWith(",Antiwar.com,2025-09-03", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("undated,", StringComparison.Ordinal) && l.EndsWith(",,", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_and_frames_carry_the_same_columns()
    {
        Export.Write(TwoOutlets, folder, ExportFormat.Json);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "troop_counts.json")));
        var stripes = json.RootElement.EnumerateArray().Single(r => r.GetProperty("document").GetString() == "stripes");
        Assert.Equal("Stars and Stripes", stripes.GetProperty("outlet").GetString());
        Assert.Equal("2025-09-03", stripes.GetProperty("published").GetString());

        var frame = Frames.TroopCounts(TwoOutlets);
        Assert.Equal(Export.ColumnsOf("troop_counts"), frame.ColumnKeys);
        Assert.Equal([8000.0], frame.FilterRowsBy("outlet", "Stars and Stripes").GetColumn<double>("value").Values);
        Assert.Equal([new DateTime(2025, 9, 3)], frame.FilterRowsBy("outlet", "Antiwar.com").GetColumn<DateTime>("published").Values);
        // WithOutlets, which the troop counts no longer need, leaves them as they are.
        Assert.Equal(frame.ColumnKeys, Frames.WithOutlets(frame, TwoOutlets).ColumnKeys);
    }
}

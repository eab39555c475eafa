using System.Globalization;
using Analysis.Tests.Corpus;

namespace Analysis.Tests.Scale;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Generation;
using Analysis.Pipeline;

/// <summary>
/// <c>extract --shard K/N</c>: a stable split by path whose parts, merged, are the whole corpus's tables.
/// </summary>
public sealed class ShardTests : IDisposable
{
    private readonly TempCorpora folders = new();

    public void Dispose() => folders.Dispose();

    private TempCorpus Folder() => folders.New();

    [Theory]
    [InlineData("2/4", 2, 4)]
    [InlineData("1/1", 1, 1)]
    [InlineData("12/12", 12, 12)]
    public void K_of_N_is_read(string text, int number, int count)
    {
        var shard = Shard.TryParse(text, out var error);
        Assert.Null(error);
        Assert.Equal((number, count), (shard!.Number, shard.Count));
        Assert.Equal(text, shard.ToString());
    }

    [Theory]
    [InlineData("0/4", "K must be from 1 to 4")]
    [InlineData("5/4", "K must be from 1 to 4")]
    [InlineData("1/0", "N must be 1 or more")]
    [InlineData("2", "is not K/N")]
    [InlineData("a/b", "is not K/N")]
    [InlineData("1/2/3", "is not K/N")]
    public void Anything_else_is_refused_with_the_reason(string text, string reason)
    {
        Assert.Null(Shard.TryParse(text, out var error));
        Assert.Contains(reason, error);
    }

    [Fact]
    public void The_command_refuses_a_bad_shard_without_reading_anything()
    {
        var (code, _) = Analysis.Tests.Extraction.Cli.Run("extract", "--shard", "5/4", "--out", Folder().Folder);
        Assert.NotEqual(0, code);
    }

    // The split is a documented function of the path alone (values computed with Python's hashlib).
    [Theory]
    [InlineData("batch000/article_000000.txt", 4, 3)]
    [InlineData("batch000/article_000000.txt", 7, 7)]
    [InlineData("story.txt", 3, 1)]
    [InlineData("a/b.md", 7, 2)]
    public void A_file_part_is_the_sha256_of_its_path_modulo_n(string path, int count, int part)
    {
        Assert.Equal(part, Shard.PartOf(path, count));
        Assert.Equal(part, Shard.PartOf(path.Replace('/', '\\'), count));
    }

    [Fact]
    public void The_parts_hold_each_document_once_and_a_file_keeps_its_part_when_others_are_added()
    {
        var corpus = Folder();
        CorpusGenerator.Write(corpus.Folder, 120 * 1024, seed: 5);
        var whole = CorpusLoader.Stream(corpus.Folder).Documents().Select(d => d.Id).ToList();
        var parts = Enumerable.Range(1, 4).Select(k => CorpusLoader.Stream(corpus.Folder, new Shard(k, 4)).Documents().Select(d => d.Id).ToList()).ToList();

        Assert.All(parts, p => Assert.NotEmpty(p));
        Assert.Equal(whole, parts.SelectMany(p => p).OrderBy(whole.IndexOf));
        Assert.Equal(whole.Count, parts.Sum(p => p.Count));

        Directory.CreateDirectory(corpus.PathOf("new"));
        for (var i = 0; i < 20; i++) File.WriteAllText(corpus.PathOf($"new/extra_{i}.txt"), "Extra\n\nNothing to see.\n");
        var again = Enumerable.Range(1, 4).Select(k => CorpusLoader.Stream(corpus.Folder, new Shard(k, 4)).Documents().Select(d => d.Id).Where(id => !id.StartsWith("new/")).ToList());
        Assert.Equal(parts, again);
    }

    [Fact]
    public void A_part_counts_only_its_files_and_does_not_call_metadata_of_other_parts_missing()
    {
        var corpus = Folder();
        // Two files known to fall in different parts of 2 (see the theory above: story.txt is in part 1).
        var names = Enumerable.Range(0, 40).Select(i => $"s{i}.txt").ToList();
        var inOne = names.First(n => Shard.PartOf(n, 2) == 1);
        var inTwo = names.First(n => Shard.PartOf(n, 2) == 2);
        corpus.Write(inOne, "One\n\nText.\n");
        corpus.Write(inTwo, "Two\n\nMore text.\n");
        var idOne = Path.ChangeExtension(inOne, null);
        var idTwo = Path.ChangeExtension(inTwo, null);
        corpus.Write("manifest.json", $$"""{ "{{idOne}}": { "outlet": "A" }, "{{idTwo}}": { "outlet": "B" }, "gone": { "outlet": "C" } }""");

        var stream = CorpusLoader.Stream(corpus.Folder, new Shard(2, 2));
        var documents = stream.Documents().ToList();

        Assert.Equal([idTwo], documents.Select(d => d.Id));
        Assert.Equal("B", documents[0].Metadata.Outlet);
        Assert.Equal((1, (long)"Two\n\nMore text.\n".Length), (stream.FileCount, stream.TotalBytes));
        var problem = Assert.Single(stream.Problems);
        Assert.Contains("'gone'", problem.Message);
    }

    [Fact]
    public void Four_parts_merged_equal_the_whole_tables()
    {
        var corpus = Folder();
        CorpusGenerator.Write(corpus.Folder, 150 * 1024, seed: 11);
        var whole = Folder();
        Export.Write(CorpusLoader.Stream(corpus.Folder).Extract(Extractor.Default, 2), whole.Folder);
        var parts = Enumerable.Range(1, 4).Select(k =>
        {
            var part = Folder();
            Export.Write(CorpusLoader.Stream(corpus.Folder, new Shard(k, 4)).Extract(Extractor.Default, 2), part.Folder);
            return part.Folder;
        }).ToList();

        var order = CsvRows.Of(Path.Combine(whole.Folder, "documents.csv")).Select(r => r[0]).ToList();
        foreach (var table in new[] { "documents", "troop_counts", "source_mentions", "events" })
        {
            // Per-document tables: the parts' rows, each document's kept together and in order, put in corpus order.
            // troop_counts' claim column is an id given over the part (claims are corpus-wide: recompute them over the
            // merged counts), so it is left out of the comparison.
            var claim = Export.ColumnsOf("troop_counts").ToList().IndexOf("claim");
            var cells = (string[] r) => table == "troop_counts" ? [.. r[..claim], .. r[(claim + 1)..]] : r;
            var merged = parts.SelectMany(p => CsvRows.Of(Path.Combine(p, table + ".csv"))).OrderBy(r => order.IndexOf(r[0])).Select(cells).ToList();
            Assert.Equal(CsvRows.Of(Path.Combine(whole.Folder, table + ".csv")).Select(cells), merged);
        }

        // The sources table is a count over the corpus: the parts' counts add up (a document is in one part).
        var summed = parts.SelectMany(p => CsvRows.Of(Path.Combine(p, "sources.csv")))
            .GroupBy(r => (Source: r[0], Kind: r[1], Country: r[2]))
            .Select(g => new[] { g.Key.Source, g.Key.Kind, g.Key.Country, Sum(g, 3), Sum(g, 4), Sum(g, 5) })
            .OrderByDescending(r => int.Parse(r[4], CultureInfo.InvariantCulture) + int.Parse(r[5], CultureInfo.InvariantCulture))
            .ThenBy(r => r[0], StringComparer.Ordinal)
            .ToList();
        Assert.Equal(CsvRows.Of(Path.Combine(whole.Folder, "sources.csv")), summed);
    }

    private static string Sum(IEnumerable<string[]> rows, int column) =>
        rows.Sum(r => int.Parse(r[column], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
}

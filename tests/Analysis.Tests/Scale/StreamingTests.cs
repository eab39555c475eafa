using Analysis.Tests.Corpus;

namespace Analysis.Tests.Scale;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Generation;
using Analysis.Output;
using Analysis.Pipeline;

/// <summary>
/// Streaming extraction (<see cref="CorpusLoader.Stream"/>, <see cref="CorpusStream.Extract"/>): the
/// same tables, byte for byte, as loading the whole corpus first, whatever the number of threads; the
/// same problems, in the same order, as <see cref="CorpusLoader.Load"/>.
/// </summary>
public sealed class StreamingTests : IDisposable
{
    private readonly TempCorpora folders = new();

    public void Dispose() => folders.Dispose();

    private TempCorpus Folder() => folders.New();

    // The tables only: run.json beside them records when the run started, which differs every time.
    private static Dictionary<string, byte[]> Tables(string folder) =>
        Directory.GetFiles(folder).Where(f => Path.GetFileName(f) != RunRecord.FileName).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

    // The tables as the kit wrote them before streaming: every document loaded, then extracted one by one.
    private Dictionary<string, byte[]> Loaded(string corpus, ExportFormat format)
    {
        var output = Folder();
        Export.Write(Extractor.Default.ExtractEach(CorpusLoader.Load(corpus).Documents), output.Folder, format);
        return Tables(output.Folder);
    }

    private Dictionary<string, byte[]> Streamed(string corpus, ExportFormat format, int threads)
    {
        var output = Folder();
        Export.Write(CorpusLoader.Stream(corpus).Extract(Extractor.Default, threads), output.Folder, format);
        return Tables(output.Folder);
    }

    private static void AssertSameBytes(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        foreach (var (name, bytes) in expected) Assert.True(bytes.SequenceEqual(actual[name]), $"{name} differs");
    }

    [Theory]
    [InlineData(ExportFormat.Csv, 1)]
    [InlineData(ExportFormat.Csv, 2)]
    [InlineData(ExportFormat.Csv, 7)]
    [InlineData(ExportFormat.Json, 3)]
    public void A_generated_corpus_streams_to_the_same_bytes_as_loading_it_whole(ExportFormat format, int threads)
    {
        var corpus = Folder();
        CorpusGenerator.Write(corpus.Folder, 200 * 1024, seed: 9);

        var expected = Loaded(corpus.Folder, format);
        AssertSameBytes(expected, Streamed(corpus.Folder, format, threads));
        Assert.Equal(Export.TableNames.Count, expected.Count);
        Assert.True(expected["troop_counts" + (format == ExportFormat.Csv ? ".csv" : ".json")].Length > 10_000, "the corpus has figures to compare");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void The_seeds_stream_to_the_same_bytes_as_loading_them_whole(int threads)
    {
        var seeds = CorpusLoader.FindDefaultFolder();
        AssertSameBytes(Loaded(seeds, ExportFormat.Csv), Streamed(seeds, ExportFormat.Csv, threads));
    }

    [Fact]
    public void Documents_come_out_in_corpus_order_however_unevenly_they_take_to_extract()
    {
        // Long and short documents interleaved, so later ones finish first on other threads.
        var corpus = Folder();
        var articles = CorpusGenerator.Articles(seed: 12).Take(60).ToList();
        for (var i = 0; i < articles.Count; i++)
        {
            var text = i % 5 == 0 ? articles[i].Text + string.Concat(articles.Take(8).Select(a => a.Text[(a.Text.IndexOf('\n') + 1)..a.Text.IndexOf("Related Sources:", StringComparison.Ordinal)])) : articles[i].Text;
            corpus.Write($"d{i:D3}.txt", text);
        }

        var ids = CorpusLoader.Stream(corpus.Folder).Extract(Extractor.Default, parallelism: 4).Select(f => f.Document.Id).ToList();

        Assert.Equal(Enumerable.Range(0, articles.Count).Select(i => $"d{i:D3}"), ids);
    }

    [Fact]
    public void Bad_files_in_a_streamed_corpus_are_reported_as_the_loader_reports_them()
    {
        var corpus = Folder();
        CorpusGenerator.Write(corpus.Folder, 96 * 1024, seed: 5);
        corpus.Write("a-empty.txt", "");
        corpus.Write("b-blank.txt", "   \n\n  ");
        corpus.Write("c-latin1.txt", [(byte)'T', (byte)'i', (byte)'t', (byte)'l', (byte)'e', (byte)'\n', (byte)'C', 0xE9, (byte)'.', (byte)'\n']);
        corpus.Write("d-scan.png", [0x89, 0x50, 0x4E, 0x47]);
        corpus.Write("e-headline.txt", "Only a headline here\n");
        corpus.Write("story.txt", "Story\nBody one.\n");
        corpus.Write("story.md", "Story again\nBody two.\n");
        corpus.Write(Manifest.FileName, "{ \"missing\": { \"title\": \"Gone\" }, \"a-empty\": { \"title\": \"Empty\" } }");

        var loaded = CorpusLoader.Load(corpus.Folder);
        var stream = CorpusLoader.Stream(corpus.Folder);
        var listed = stream.Problems.ToList();
        var findings = stream.Extract(Extractor.Default, parallelism: 3).ToList();

        Assert.Equal(loaded.Problems, stream.Problems);
        Assert.Equal(loaded.Documents.Select(d => d.Id), findings.Select(f => f.Document.Id));
        // Listing finds the non-article at once; each file's own problems come as it is read; the
        // manifest's entry without a document, at the end.
        Assert.Contains(listed, p => p.File.EndsWith("d-scan.png", StringComparison.Ordinal));
        Assert.DoesNotContain(listed, p => p.File.EndsWith("a-empty.txt", StringComparison.Ordinal));
        Assert.Contains("metadata for 'missing'", stream.Problems[^1].Message);
        foreach (var (file, reason) in new[] { ("a-empty.txt", "is empty"), ("b-blank.txt", "only white space"), ("c-latin1.txt", "not valid UTF-8"),
                     ("d-scan.png", "not an article"), ("e-headline.txt", "no body"), ("story.txt", "same name as story.md") })
            Assert.Contains(stream.Problems, p => p.File.EndsWith(file, StringComparison.Ordinal) && p.Message.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(stream.FileCount, stream.FilesRead);
        Assert.Equal(stream.TotalBytes, stream.BytesRead);
    }

    [Fact]
    public void Streaming_again_finds_the_same_problems_once_not_twice()
    {
        var corpus = Folder();
        corpus.Write("good.txt", "Harbour watch\nShips were counted at dawn.\n");
        corpus.Write("empty.txt", "");
        var stream = CorpusLoader.Stream(corpus.Folder);

        var first = stream.Documents().Select(d => d.Id).ToList();
        var problems = stream.Problems.ToList();
        var second = stream.Extract(Extractor.Default, parallelism: 2).Select(f => f.Document.Id).ToList();

        Assert.Equal(["good"], first);
        Assert.Equal(first, second);
        Assert.Equal(problems, stream.Problems);
        Assert.Single(stream.Problems);
    }

    [Fact]
    public void The_streamed_corpus_counts_what_it_has_read_for_progress()
    {
        var corpus = Folder();
        var written = CorpusGenerator.Write(corpus.Folder, 64 * 1024);
        var stream = CorpusLoader.Stream(corpus.Folder);
        Assert.Equal((written.Files, written.Bytes, 0, 0L), (stream.FileCount, stream.TotalBytes, stream.FilesRead, stream.BytesRead));

        var seen = new List<(int Files, long Bytes)>();
        foreach (var _ in stream.Extract(Extractor.Default, parallelism: 2)) seen.Add((stream.FilesRead, stream.BytesRead));

        Assert.Equal(Enumerable.Range(1, written.Files), seen.Select(s => s.Files));
        Assert.True(seen.Zip(seen.Skip(1)).All(p => p.Second.Bytes > p.First.Bytes), "bytes grow with every document");
        Assert.Equal(written.Bytes, seen[^1].Bytes);
    }
}

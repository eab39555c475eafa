using Analysis.Tests.Corpus;

namespace Analysis.Tests.Scale;

using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Generation;
using Analysis.Pipeline;

/// <summary>
/// The corpus generator: the same seed writes the same bytes, another seed other bytes; the size asked
/// for is what is written; its articles load without a problem and yield exactly the troop counts and
/// sources it planted (real extraction against the generator's ground truth).
/// </summary>
public class GeneratorTests
{
    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Fact]
    public void The_same_seed_writes_identical_bytes_and_another_seed_different_ones()
    {
        using var first = new TempCorpus();
        using var second = new TempCorpus();
        using var other = new TempCorpus();
        CorpusGenerator.Write(first.Folder, 200 * 1024, seed: 7);
        CorpusGenerator.Write(second.Folder, 200 * 1024, seed: 7);
        CorpusGenerator.Write(other.Folder, 200 * 1024, seed: 8);

        var a = Files(first.Folder);
        var b = Files(second.Folder);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, f => Assert.Equal(f.Value, b[f.Key]));
        var c = Files(other.Folder);
        var shared = a.Keys.Intersect(c.Keys).ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, name => Assert.NotEqual(a[name], c[name]));
    }

    [Fact]
    public void Articles_depend_only_on_seed_and_index_so_a_larger_corpus_starts_with_the_smaller()
    {
        var alone = CorpusGenerator.Article(3, 41);
        var inSequence = CorpusGenerator.Articles(3).Skip(41).First();
        Assert.Equal(alone.Text, inSequence.Text);
        Assert.Equal("batch000/article_000041.txt", alone.Path);
        Assert.NotEqual(alone.Text, CorpusGenerator.Article(3, 42).Text);
    }

    [Theory]
    [InlineData(64 * 1024)]
    [InlineData(1024 * 1024)]
    [InlineData(3 * 1024 * 1024 + 17)]
    public void The_size_asked_for_is_written_within_one_article(long bytes)
    {
        using var corpus = new TempCorpus();
        var written = CorpusGenerator.Write(corpus.Folder, bytes);

        var sizes = Directory.GetFiles(corpus.Folder, "*.txt", SearchOption.AllDirectories).Select(f => new FileInfo(f).Length).ToList();
        Assert.Equal(written.Files, sizes.Count);
        Assert.Equal(written.Bytes, sizes.Sum());
        Assert.InRange(written.Bytes, bytes, bytes + sizes.Max());
        // "A few KB each", like the seed (3.4 KB).
        Assert.InRange(sizes.Average(), 1500, 5000);
    }

    [Fact]
    public void More_than_a_thousand_articles_go_into_batches_of_a_thousand()
    {
        using var corpus = new TempCorpus();
        var written = CorpusGenerator.Write(corpus.Folder, 3 * 1024 * 1024);
        Assert.True(written.Files > CorpusGenerator.FilesPerFolder, $"{written.Files} files");
        var batches = Directory.GetDirectories(corpus.Folder).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(Enumerable.Range(0, (written.Files + CorpusGenerator.FilesPerFolder - 1) / CorpusGenerator.FilesPerFolder).Select(i => $"batch{i:D3}"), batches);
        Assert.All(Directory.GetDirectories(corpus.Folder), d => Assert.InRange(Directory.GetFiles(d).Length, 1, CorpusGenerator.FilesPerFolder));
    }

    [Fact]
    public void Generated_articles_load_without_problems_in_the_seed_format()
    {
        using var corpus = new TempCorpus();
        var written = CorpusGenerator.Write(corpus.Folder, 512 * 1024, seed: 2);
        var loaded = corpus.Load();

        Assert.Empty(loaded.Problems);
        Assert.Equal(written.Files, loaded.Documents.Count);
        Assert.All(loaded.Documents, d =>
        {
            Assert.True(d.HasHeadline, d.Id);
            Assert.InRange(d.Paragraphs.Count, 6, 10);
            Assert.DoesNotContain(d.Paragraphs, p => p.Text.Contains("Related Sources", StringComparison.Ordinal));
        });
        Assert.Contains(loaded.Documents, d => d.RelatedSources.Count > 0);
        Assert.Contains(loaded.Documents, d => d.RelatedSources.Count == 0);
    }

    [Fact]
    public void Extraction_finds_exactly_the_troop_counts_the_generator_planted_and_its_sources()
    {
        var figures = 0;
        var ranges = 0;
        var earlier = 0;
        foreach (var article in CorpusGenerator.Articles(seed: 4).Take(150))
        {
            var findings = Extractor.Default.Extract(CorpusLoader.FromText(article.Text, article.Path));

            var expected = article.Figures.Select(f => (f.Value, f.Low, f.High, f.Status, (string?)f.Source)).Order().ToList();
            var actual = findings.TroopCounts.Select(t => (t.Value, t.Low, t.High, t.Status, t.AttributedTo)).Order().ToList();
            Assert.Equal(expected, actual);
            Assert.Subset(findings.SourceMentions.Select(m => m.Source).ToHashSet(), article.Sources.ToHashSet());
            figures += article.Figures.Count;
            ranges += article.Figures.Count(f => f.Value is null);
            earlier += article.Figures.Count(f => f.Status == EstimateStatus.Earlier);
        }
        // The comparison covers every kind of figure the generator writes.
        Assert.True(figures > 500 && ranges > 20 && earlier > 20, $"{figures} figures, {ranges} ranges, {earlier} earlier");
    }

    [Theory]
    [InlineData("100MB", 100L * 1024 * 1024)]
    [InlineData("400 mb", 400L * 1024 * 1024)]
    [InlineData("1.5GB", 1536L * 1024 * 1024)]
    [InlineData("64KB", 64L * 1024)]
    [InlineData("10m", 10L * 1024 * 1024)]
    [InlineData("2048", 2048L)]
    [InlineData(" 1.5 GiB ", 1536L * 1024 * 1024)]
    [InlineData("3 b", 3L)]
    public void Sizes_are_read_as_people_type_them(string text, long bytes)
    {
        Assert.True(ByteSize.TryParse(text, out var parsed));
        Assert.Equal(bytes, parsed);
        Assert.Equal(bytes, ByteSize.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("MB")]
    [InlineData("ten MB")]
    [InlineData("-5MB")]
    [InlineData("5TB")]
    [InlineData("1.MB")]
    [InlineData("12 kbx")]
    [InlineData("1.5.2 MB")]
    [InlineData(null)]
    public void Other_text_is_not_a_size(string? text)
    {
        Assert.False(ByteSize.TryParse(text, out _));
        if (text is not null) Assert.Throws<FormatException>(() => ByteSize.Parse(text));
    }
}

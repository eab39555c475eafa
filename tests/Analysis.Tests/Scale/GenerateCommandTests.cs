using Analysis.Tests.Corpus;

namespace Analysis.Tests.Scale;

using Analysis.Corpus;
using Analysis.Generation;
using Analysis.Output;

/// <summary><c>analysis generate</c> and <c>analysis extract --threads</c>, run in process.</summary>
public class GenerateCommandTests
{
    [Fact]
    public void Generate_writes_the_size_asked_for_with_the_seed_and_extract_reads_it_on_any_thread_count()
    {
        using var corpus = new TempCorpus();
        using var one = new TempCorpus();
        using var three = new TempCorpus();
        var folder = Path.Combine(corpus.Folder, "generated");

        var (code, stdout) = Analysis.Tests.Extraction.Cli.Run("generate", "--size", "96KB", "--out", folder, "--seed", "4");

        Assert.Equal(0, code);
        Assert.Contains("seed 4", stdout);
        var files = Directory.GetFiles(folder, "*.txt", SearchOption.AllDirectories);
        Assert.InRange(files.Sum(f => new FileInfo(f).Length), 96 * 1024, 96 * 1024 + 8 * 1024);
        Assert.Equal(CorpusGenerator.Article(4, 0).Text, File.ReadAllText(Path.Combine(folder, "batch000", "article_000000.txt")));

        Assert.Equal(0, Analysis.Tests.Extraction.Cli.Run("extract", "--corpus", folder, "--out", one.Folder, "--threads", "1").Code);
        var (threeCode, threeOut) = Analysis.Tests.Extraction.Cli.Run("extract", "--corpus", folder, "--out", three.Folder, "--threads", "3");
        Assert.Equal(0, threeCode);
        Assert.Contains($"Extracted {files.Length} document(s)", threeOut);
        foreach (var table in Directory.GetFiles(one.Folder).Where(f => Path.GetFileName(f) != RunRecord.FileName))
            Assert.Equal(File.ReadAllBytes(table), File.ReadAllBytes(Path.Combine(three.Folder, Path.GetFileName(table))));
    }

    [Fact]
    public void Generate_refuses_a_folder_that_already_holds_files()
    {
        using var corpus = new TempCorpus();
        corpus.Write("mine.txt", "Mine\nKeep this.\n");

        var (code, _) = Analysis.Tests.Extraction.Cli.Run("generate", "--size", "10KB", "--out", corpus.Folder);

        Assert.Equal(1, code);
        Assert.Equal(["mine.txt"], Directory.GetFiles(corpus.Folder).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("--size", "lots")]
    [InlineData("--size", "0")]
    public void Generate_rejects_a_size_it_cannot_read(string option, string value)
    {
        using var corpus = new TempCorpus();
        var (code, _) = Analysis.Tests.Extraction.Cli.Run("generate", option, value, "--out", Path.Combine(corpus.Folder, "g"));
        Assert.NotEqual(0, code);
        Assert.False(Directory.Exists(Path.Combine(corpus.Folder, "g")));
    }
}

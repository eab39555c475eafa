using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace Analysis.Tests.Corpus;

using Analysis.Corpus;
using Analysis.Export;

/// <summary>
/// Big inputs load whole and right. How fast is the benchmark's business (bench/run, bench/Analysis.Benchmarks
/// `stages`), not a test's: the times are printed here only to be seen.
/// </summary>
public class ScaleTests(ITestOutputHelper output)
{
    [Fact]
    public void A_50_MB_article_on_one_line_loads_with_every_sentence()
    {
        const string unit = "Column 7 moved north by 3.5 km, said Gen. Ri. Dr. Kim of the U.S. Army disagreed! Was it true? ";
        var builder = new StringBuilder("Huge dump\n", 50 * 1024 * 1024 + unit.Length);
        var units = 0;
        for (; builder.Length < 50 * 1024 * 1024; units++) builder.Append(unit);
        using var corpus = new TempCorpus();
        corpus.Write("huge.txt", builder.ToString());
        builder.Clear();

        var clock = Stopwatch.StartNew();
        var loaded = corpus.Load();
        clock.Stop();
        output.WriteLine($"{new FileInfo(corpus.PathOf("huge.txt")).Length / 1e6:F1} MB, {units} units: loaded in {clock.Elapsed.TotalSeconds:F2} s");

        Assert.Empty(loaded.Problems);
        var document = Assert.Single(loaded.Documents);
        var body = Assert.Single(document.Paragraphs);
        // Each unit is three sentences: "... Gen. Ri." / "Dr. Kim ... disagreed!" / "Was it true?"
        Assert.Equal(3 * units, body.Sentences.Count);
        Assert.Equal("Column 7 moved north by 3.5 km, said Gen. Ri.", body.Sentences[0].Text);
        Assert.Equal(document.Text[body.Sentences[^1].Start..body.Sentences[^1].End], body.Sentences[^1].Text);
    }

    [Fact]
    public void A_50_MB_line_without_any_sentence_end_or_space_loads_as_one_sentence()
    {
        var text = "T\n" + new string('x', 50 * 1024 * 1024);
        using var corpus = new TempCorpus();
        corpus.Write("run.txt", text);

        var clock = Stopwatch.StartNew();
        var document = Assert.Single(corpus.Load().Documents);
        output.WriteLine($"50 MB without punctuation: {clock.Elapsed.TotalSeconds:F2} s");

        Assert.Equal(text.Length - 2, Assert.Single(document.Paragraphs[0].Sentences).Text.Length);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_skipped_without_being_read()
    {
        using var corpus = new TempCorpus();
        var path = corpus.PathOf("dump.txt");
        // A sparse file: its length is over the limit, yet it costs no disk and no time to make.
        using (var stream = File.Create(path)) stream.SetLength(CorpusLoader.MaxFileBytes + 1);

        var problem = Assert.Single(corpus.Load().Problems);

        Assert.Equal((path, ProblemAction.Skipped), (problem.File, problem.Action));
        Assert.Contains("64 MB limit", problem.Message);
    }

    [Fact]
    public void Ten_thousand_tiny_files_in_nested_folders_all_load()
    {
        using var corpus = new TempCorpus();
        for (var i = 0; i < 10_000; i++)
            corpus.Write($"batch{i % 10}/item{i:D5}.txt", $"Brief {i}\nUnit {i} reported in. All quiet.\n");

        var clock = Stopwatch.StartNew();
        var loaded = corpus.Load();
        clock.Stop();
        output.WriteLine($"10,000 files: loaded in {clock.Elapsed.TotalSeconds:F2} s");

        Assert.Empty(loaded.Problems);
        Assert.Equal(10_000, loaded.Documents.Count);
        Assert.Equal(10_000, loaded.Documents.Select(d => d.Id).Distinct().Count());
        Assert.Equal("batch0/item00000", loaded.Documents[0].Id);
        Assert.All(loaded.Documents, d => Assert.Equal(2, d.Paragraphs[0].Sentences.Count));
    }
}

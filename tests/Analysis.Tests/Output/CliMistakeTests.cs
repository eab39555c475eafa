using Analysis.Tests.Corpus;

namespace Analysis.Tests.Output;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Frames;
using Analysis.Generation;
using Analysis.Output;
using Analysis.Pipeline;

/// <summary>
/// Command-line mistakes through the real process (#16): each is one line on stderr naming the path
/// and what is wrong, exit code 2, no stack trace, and nothing written.
/// </summary>
public sealed class CliMistakeTests : IDisposable
{
    private readonly TempCorpus work = new();

    public CliMistakeTests()
    {
        work.Write("corpus/harbour.txt", "Harbour watch\n\nAbout 1,500 North Korean troops landed at the port, officials said.\n");
        work.Write("notes.pdf", "%PDF-1.4");
    }

    public void Dispose() => work.Dispose();

    private string Corpus => work.PathOf("corpus");

    private void AssertMistake((int Exit, string Out, string Error) result, params string[] said)
    {
        Assert.True(result.Exit == 2, $"exit {result.Exit}\n{result.Out}\n{result.Error}");
        var line = Assert.Single(result.Error.TrimEnd().Split('\n'));
        Assert.StartsWith("error: ", line);
        foreach (var words in said) Assert.Contains(words, line);
        Assert.DoesNotContain("   at ", result.Out + result.Error);
        // Nothing written: the folder holds what the test put there, and no temporary.
        Assert.Equal(["corpus", "notes.pdf"], Directory.GetFileSystemEntries(work.Folder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void A_missing_corpus_folder() =>
        AssertMistake(CliProcess.Run("extract", "--corpus", work.PathOf("nope"), "--out", work.PathOf("tables")), work.PathOf("nope"), "no such folder");

    [Fact]
    public void A_file_that_is_not_an_article_given_as_the_corpus() =>
        AssertMistake(CliProcess.Run("report", "--corpus", work.PathOf("notes.pdf"), "--out", work.PathOf("r.html")), "notes.pdf", "is a file but not an article");

    [Fact]
    public void An_out_file_in_a_folder_that_cannot_be_made() =>
        AssertMistake(CliProcess.Run("report", "--corpus", Corpus, "--out", Path.Combine(work.PathOf("notes.pdf"), "report.html")), "notes.pdf is a file, not a folder");

    [Fact]
    public void An_out_file_where_the_system_lets_nothing_be_written() =>
        AssertMistake(CliProcess.Run("report", "--corpus", Corpus, "--out", "/proc/analysis-test/report.html"), "/proc/analysis-test/report.html", "cannot create files in /proc/analysis-test");

    [Fact]
    public void A_report_out_that_is_an_existing_folder() =>
        AssertMistake(CliProcess.Run("report", "--corpus", Corpus, "--out", Corpus), Corpus, "is a folder");

    [Fact]
    public void An_extract_out_that_is_an_existing_file() =>
        AssertMistake(CliProcess.Run("extract", "--corpus", Corpus, "--out", work.PathOf("notes.pdf")), "notes.pdf", "is a file, not a folder");

    [Fact]
    public void An_extract_out_folder_holding_other_files_is_not_replaced() =>
        AssertMistake(CliProcess.Run("extract", "--corpus", Corpus, "--out", work.Folder), "holds 'corpus'", "empty or new folder");

    [Theory]
    [InlineData("report", "--foo", "--foo: no such option")]
    [InlineData("extract", "--threads", "0", "--threads must be 1 or more")]
    [InlineData("extract", "--format", "xlsx", "xlsx")]
    [InlineData("extract", "--shard", "5/4", "K must be from 1 to 4")]
    public void An_option_the_command_does_not_take_is_one_line_not_the_help(params string[] argsThenSaid)
    {
        var args = argsThenSaid[..^1];
        AssertMistake(CliProcess.Run([.. args, "--corpus", Corpus, "--out", work.PathOf("out")]), argsThenSaid[^1], "--help");
    }

    [Fact]
    public void A_dev_set_that_does_not_exist() =>
        AssertMistake(CliProcess.Run("evaluate", "--devset", work.PathOf("missing.json")), work.PathOf("missing.json"), "no such file");

    [Fact]
    public void A_single_article_file_is_a_corpus_of_one()
    {
        var (exit, stdout, stderr) = CliProcess.Run("extract", "--corpus", work.PathOf("corpus/harbour.txt"), "--out", work.PathOf("tables"));

        Assert.True(exit == 0, stderr);
        Assert.Contains("Extracted 1 document(s)", stdout);
        var loaded = Kit.LoadTables(work.PathOf("tables"));
        Assert.Equal("harbour", loaded.Documents.GetColumn<string>("document").Values.Single());
        Assert.Contains(1500.0, loaded.TroopCounts.GetColumn<double>("value").Values);
    }

    [Fact]
    public void The_corpus_may_be_given_as_the_argument()
    {
        var (exit, stdout, stderr) = CliProcess.Run("extract", Corpus, "--out", work.PathOf("tables"));

        Assert.True(exit == 0, stderr);
        Assert.Contains("Extracted 1 document(s)", stdout);
        Assert.Contains(1500.0, Kit.LoadTables(work.PathOf("tables")).TroopCounts.GetColumn<double>("value").Values);
    }

    [Fact]
    public void The_corpus_given_both_as_argument_and_option() =>
        AssertMistake(CliProcess.Run("report", Corpus, "--corpus", Corpus, "--out", work.PathOf("r.html")), "given twice", "give it once");

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 3)]
    public void An_empty_corpus_is_a_warning_and_fails_under_strict(bool strict, int exitCode)
    {
        Directory.CreateDirectory(work.PathOf("empty"));

        var (exit, _, stderr) = CliProcess.Run(["extract", "--corpus", work.PathOf("empty"), "--out", work.PathOf("tables"), .. strict ? new[] { "--strict" } : []]);

        Assert.Equal(exitCode, exit);
        Assert.StartsWith($"warning: no article was loaded from {work.PathOf("empty")}", stderr);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Fact]
    public void Help_names_the_command_as_users_type_it()
    {
        var (exit, stdout, _) = CliProcess.Run("--help");

        Assert.Equal(0, exit);
        Assert.Contains("Usage:\n  analysis [command] [options]", stdout.ReplaceLineEndings("\n"));
        Assert.DoesNotContain("Analysis.Cli", stdout);
    }
}

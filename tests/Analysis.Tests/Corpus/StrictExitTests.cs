namespace Analysis.Tests.Corpus;

using Analysis.Corpus;
using Analysis.Tests.Output;

/// <summary>
/// The CLI's problems section and --strict, through a real `analysis extract` process: problems go
/// to stderr either way; only --strict turns them into exit code 3.
/// </summary>
public class StrictExitTests
{
    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 3)]
    public void Problems_are_listed_on_stderr_and_only_strict_makes_the_exit_code_3(bool strict, int exitCode)
    {
        using var corpus = new TempCorpus();
        using var output = new TempCorpus();
        corpus.Write("good.txt", "Harbour watch\nShips were counted at dawn.\n");
        corpus.Write("empty.txt", "");
        corpus.Write("scan.png", [0x89, 0x50, 0x4E, 0x47]);

        var (exit, stdout, stderr) = CliProcess.Run(["extract", "--corpus", corpus.Folder, "--out", output.Folder, .. strict ? new[] { "--strict" } : []]);

        Assert.Equal(exitCode, exit);
        Assert.Contains("Problems (2)", stderr);
        Assert.Contains("empty.txt: is empty (0 bytes) (skipped)", stderr);
        Assert.Contains("scan.png: is not an article", stderr);
        Assert.Equal(strict, stderr.Contains("--strict"));
        Assert.DoesNotContain("Problems", stdout);
        Assert.NotEmpty(Directory.GetFiles(output.Folder)); // the work is done either way
    }

    [Fact]
    public void A_clean_corpus_prints_no_problems_section_even_under_strict()
    {
        using var corpus = new TempCorpus();
        using var output = new TempCorpus();
        corpus.Write("good.txt", "Harbour watch\nShips were counted at dawn.\n");

        var (exit, _, stderr) = CliProcess.Run("extract", "--corpus", corpus.Folder, "--out", output.Folder, "--strict");

        Assert.Equal(0, exit);
        Assert.DoesNotContain("Problems", stderr);
    }
}

using Analysis.Tests.Corpus;
using FsCheck.Xunit;

namespace Analysis.Tests.Properties;

using Analysis.Corpus;

/// <summary>
/// Any bytes in an article file: the load finishes, the file is either loaded or skipped with one
/// problem, no problem is repeated, and what loads is sound. (A loaded file can have two different
/// problems, e.g. read as Windows-1252 and without a body.)
/// </summary>
[Properties(Arbitrary = [typeof(HostileArbitraries)], MaxTest = 500)]
public class LoaderProperties
{
    [Property]
    public void Loading_a_file_of_any_bytes_never_throws_and_reports_each_problem_once(byte[]? bytes, HostileText text)
    {
        using var corpus = new TempCorpus();
        var junk = corpus.Write("bytes.txt", bytes ?? []);
        var hostile = corpus.Write("text.md", text.Text);

        var loaded = corpus.Load();

        Assert.Equal(loaded.Problems.Count, loaded.Problems.Distinct().Count());
        foreach (var file in new[] { junk, hostile })
            if (loaded.Problems.Any(p => p.File == file && p.Action == ProblemAction.Skipped))
                Assert.Single(loaded.Problems, p => p.File == file);
        Assert.All(loaded.Documents, DocumentInvariants.Check);
        // A file is either loaded or reported as skipped, never neither.
        foreach (var file in new[] { junk, hostile })
            Assert.True(loaded.Documents.Any(d => d.Path == file) ^ loaded.Problems.Any(p => p.File == file && p.Action == ProblemAction.Skipped),
                $"{Path.GetFileName(file)} neither loaded nor reported as skipped");
    }
}

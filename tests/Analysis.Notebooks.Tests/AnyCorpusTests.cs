using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Analysis.Notebooks.Tests;

/// <summary>
/// The notebooks hold on any corpus, after any build: each runs on a corpus of three dated articles the test writes
/// (through ANALYSIS_CORPUS, as in VS Code, and through <c>analysis notebooks --corpus</c>), and the library they load
/// is the one every build configuration writes.
/// </summary>
[Collection(NotebookCollection.Name)]
public partial class AnyCorpusTests
{
    public static TheoryData<string> Notebooks() => StoryNotebookTests.Notebooks();

    [Theory]
    [MemberData(nameof(Notebooks))]
    public async Task Runs_top_to_bottom_on_another_corpus_and_shows_that_corpus(string name)
    {
        using var corpus = new SecondCorpus();
        using var variable = new CorpusVariable(corpus.Folder);

        var run = await NotebookRunner.RunAsync(Path.Combine(Repo.Root, "notebooks", name));

        Assert.True(run.Succeeded, run.FirstFailure?.ToString());
        Assert.All(run.CodeCells, c => Assert.DoesNotContain(c.Outputs, o => o.Kind is OutputKind.Error or OutputKind.StandardError));
        foreach (var cell in run.CodeCells.Where(c => ChartCall().IsMatch(c.Source)))
        {
            var chart = Assert.Single(cell.ValuesOf("text/html"), h => h.Contains("Plotly.newPlot"));
            Assert.Contains("\"title\":{\"text\":", chart);
        }
        // What the notebook shows comes from this corpus, not from the seed.
        var shown = string.Concat(run.CodeCells.SelectMany(c => c.ValuesOf("text/html").Concat(c.ValuesOf("text/plain"))).Append(string.Concat(run.CodeCells.Select(c => c.StandardOutput))));
        Assert.DoesNotContain("Seong-kweun", shown);
        Assert.Contains("6,000", shown);
    }

    [Fact]
    public void The_notebooks_load_the_library_from_the_folder_every_configuration_builds_into()
    {
        var setup = File.ReadAllText(Path.Combine(Repo.Root, "notebooks", "setup.csx"));
        var library = Regex.Matches(setup, "^#r \"(?<path>[^\"]+/Analysis.dll)\"", RegexOptions.Multiline).Single().Groups["path"].Value;
        var referenced = Path.GetFullPath(Path.Combine(Repo.Root, "notebooks", library));

        foreach (var configuration in new[] { "Debug", "Release" })
            Assert.Equal(referenced, TargetPath(configuration));
        // The other DLLs the script references sit in the same folder (the library copies its dependencies there).
        foreach (Match r in Regex.Matches(setup, "^#r \"(?<path>[^\"]+)\"", RegexOptions.Multiline))
            Assert.Equal(Path.GetDirectoryName(referenced), Path.GetDirectoryName(Path.GetFullPath(Path.Combine(Repo.Root, "notebooks", r.Groups["path"].Value))));
    }

    private static string TargetPath(string configuration)
    {
        var start = new ProcessStartInfo("dotnet", ["msbuild", Path.Combine(Repo.Root, "src", "Analysis", "Analysis.csproj"), "-getProperty:TargetPath", $"-p:Configuration={configuration}", "-nologo"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, output + process.StandardError.ReadToEnd());
        return output.Trim();
    }

    [GeneratedRegex(@"\bCharts?\.")]
    private static partial Regex ChartCall();
}

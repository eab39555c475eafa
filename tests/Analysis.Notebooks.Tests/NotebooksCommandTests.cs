using System.Text.Json.Nodes;

namespace Analysis.Notebooks.Tests;

/// <summary><c>analysis notebooks</c>, run in process as the command line would run it.</summary>
[Collection(NotebookCollection.Name)]
public class NotebooksCommandTests
{
    [Fact]
    public void Executes_every_notebook_and_writes_executed_copies_with_charts_and_no_errors()
    {
        using var temp = new TempFolder();
        var besideNotebooks = Path.Combine(Repo.Root, "notebooks", "out", "extended-report.html");
        var before = File.Exists(besideNotebooks) ? File.GetLastWriteTimeUtc(besideNotebooks) : (DateTime?)null;

        var (code, stdout, stderr) = Run("notebooks", "--out", temp.Path);

        Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Contains($"Executed {NotebookFolder.Notebooks(Path.Combine(Repo.Root, "notebooks")).Count} notebook(s)", stdout);
        // What a notebook writes (05's report) goes with the executed copies, not into notebooks/out.
        Assert.True(File.Exists(Path.Combine(temp.Path, "extended-report.html")));
        // 05's report is of the corpus read with its additions, not of the illustrative article it writes in a cell: a
        // report is read as reporting, and on a user's own corpus that article would stand among its documents.
        var extended = File.ReadAllText(Path.Combine(temp.Path, "extended-report.html"));
        Assert.DoesNotContain("more North Korean troops have reached the front", extended);
        Assert.DoesNotContain("my-article", extended);
        Assert.Equal(before, File.Exists(besideNotebooks) ? File.GetLastWriteTimeUtc(besideNotebooks) : null);
        var copies = Directory.GetFiles(temp.Path, "*.ipynb").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(NotebookFolder.Notebooks(Path.Combine(Repo.Root, "notebooks")).Select(p => Path.GetFileName(p)), copies);
        foreach (var copy in Directory.GetFiles(temp.Path, "*.ipynb"))
        {
            var cells = JsonNode.Parse(File.ReadAllText(copy))!["cells"]!.AsArray();
            var outputs = cells.Where(c => (string?)c!["cell_type"] == "code").SelectMany(c => c!["outputs"]!.AsArray()).ToList();
            Assert.DoesNotContain(outputs, o => (string?)o!["output_type"] == "error" || (string?)o!["name"] == "stderr");
            Assert.Contains(outputs, o => o!["data"]?["text/html"]?.ToJsonString().Contains("analysis-chart") == true);
            Assert.All(cells.Where(c => (string?)c!["cell_type"] == "code"), c => Assert.NotNull(c!["execution_count"]));
        }
    }

    [Fact]
    public void Stops_at_a_failing_cell_and_names_the_notebook_the_cell_and_the_error()
    {
        using var temp = new TempFolder();
        var previous = temp.File("failing.ipynb");
        File.WriteAllText(previous, "the copy of an earlier run");

        var (code, stdout, stderr) = Run("notebooks", Repo.TestNotebook("failing.ipynb"), Repo.TestNotebook("basics.ipynb"), "--out", temp.Path);

        Assert.Equal(1, code);
        Assert.DoesNotContain("Wrote", stdout + stderr); // a failed run is not announced as a result
        Assert.Contains("failing.ipynb: cell 3 failed:", stderr);
        Assert.Contains("the cell broke on purpose", stderr);
        Assert.Contains("later notebooks were not run", stderr);
        Assert.False(File.Exists(Path.Combine(temp.Path, "basics.ipynb")));
        Assert.Equal("the copy of an earlier run", File.ReadAllText(previous)); // a failed run replaces no result (#20)
    }

    [Fact]
    public void Corpus_points_every_notebook_at_another_folder()
    {
        using var temp = new TempFolder();
        using var corpus = new SecondCorpus();
        var before = Environment.GetEnvironmentVariable(CorpusVariable.Name);

        var (code, stdout, stderr) = Run("notebooks", "--corpus", corpus.Folder, "--out", temp.Path);

        Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
        Assert.Contains($"Executed {NotebookFolder.Notebooks(Path.Combine(Repo.Root, "notebooks")).Count} notebook(s)", stdout);
        var first = File.ReadAllText(Path.Combine(temp.Path, "01-getting-started.ipynb"));
        Assert.Contains(SecondCorpus.Titles[0], first);
        Assert.DoesNotContain("Seong-kweun", first);
        Assert.Equal(before, Environment.GetEnvironmentVariable(CorpusVariable.Name)); // set for the run only
    }

    [Fact]
    public void A_corpus_folder_that_does_not_exist_is_one_line_and_no_run()
    {
        using var temp = new TempFolder();
        var missing = temp.File("no-such-corpus");

        var (code, stdout, stderr) = Run("notebooks", "--corpus", missing, "--out", temp.File("out"));

        Assert.Equal(2, code);
        Assert.Equal($"error: --corpus {missing}: no such folder.", stderr.Trim());
        Assert.DoesNotContain("Wrote", stdout);
    }

    [Fact]
    public void A_file_that_is_not_a_notebook_is_named_with_what_is_wrong()
    {
        using var temp = new TempFolder();
        var broken = temp.File("broken.ipynb");
        File.WriteAllText(broken, "{ \"cells\": [ ");

        var (code, _, stderr) = Run("notebooks", broken, "--out", temp.File("out"));

        Assert.Equal(2, code);
        Assert.StartsWith($"error: {broken}: not a readable .ipynb notebook:", stderr);
        Assert.DoesNotContain("   at ", stderr); // no stack trace
    }

    [Fact]
    public void To_app_writes_one_file_based_app_per_notebook()
    {
        using var temp = new TempFolder();

        var (code, stdout, _) = Run("notebooks", "--to", "app", "--out", temp.Path);

        Assert.Equal(0, code);
        Assert.Equal(6, Directory.GetFiles(temp.Path, "*.cs").Length);
        Assert.Contains("(run: dotnet run ", stdout);
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var entry = System.Reflection.Assembly.Load("Analysis.Cli").EntryPoint!;
        var (outWriter, errWriter) = (new StringWriter(), new StringWriter());
        var (originalOut, originalErr) = (Console.Out, Console.Error);
        Console.SetOut(outWriter);
        Console.SetError(errWriter);
        try
        {
            var result = entry.Invoke(null, [args]);
            var code = result is Task<int> task ? task.GetAwaiter().GetResult() : (int)result!;
            return (code, outWriter.ToString(), errWriter.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalErr);
        }
    }
}

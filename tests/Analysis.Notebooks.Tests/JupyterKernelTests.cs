using System.Text.Json.Nodes;

namespace Analysis.Notebooks.Tests;

/// <summary>
/// The notebooks as a Jupyter user runs them: `scripts/setup-kernel.sh --jupyter` registers the kit's kernel as the
/// `.net-csharp` kernelspec the notebooks declare, and `jupyter nbconvert --to notebook --execute` runs every
/// notebook in notebooks/ with it. No cell may fail or write to standard error (a compiler warning lands there),
/// and every chart cell must draw its chart.
/// </summary>
[Collection(NotebookCollection.Name)]
public class JupyterKernelTests(JupyterKernelTests.ExecutedNotebooks executed) : IClassFixture<JupyterKernelTests.ExecutedNotebooks>
{
    [Fact]
    public void The_kit_kernelspec_runs_the_kit_kernel_under_its_own_display_name()
    {
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(executed.Jupyter.SpecDir, "kernel.json")))!;
        var argv = spec["argv"]!.AsArray().Select(a => (string)a!).ToList();

        Assert.Equal(["bash", Path.Combine(Repo.Root, "scripts", "kernel.sh")], argv.Take(2));
        Assert.Contains("jupyter", argv);
        Assert.Contains("{connection_file}", argv);
        Assert.Contains("Analysis", (string?)spec["display_name"]);
        Assert.Equal("C#", (string?)spec["language"]);
    }

    [Theory]
    [MemberData(nameof(StoryNotebookTests.Notebooks), MemberType = typeof(StoryNotebookTests))]
    public void Runs_in_Jupyter_with_no_error_no_standard_error_and_a_chart_in_every_chart_cell(string name)
    {
        var path = Path.Combine(executed.OutDir, name);
        Assert.True(File.Exists(path), $"nbconvert wrote no executed copy of {name}:\n{executed.Log}");
        var cells = JsonNode.Parse(File.ReadAllText(path))!["cells"]!.AsArray()
            .Select((c, i) => (Index: i, Cell: c!)).Where(c => (string?)c.Cell["cell_type"] == "code").ToList();
        Assert.NotEmpty(cells);

        foreach (var (index, cell) in cells)
        {
            var source = Text(cell["source"]);
            var outputs = cell["outputs"]!.AsArray().Select(o => o!).ToList();
            Assert.True(cell["execution_count"] is not null, $"{name}, cell {index + 1} was not executed:\n{source}");
            foreach (var output in outputs)
            {
                var type = (string?)output["output_type"];
                Assert.False(type == "error",
                    $"{name}, cell {index + 1} failed in Jupyter:\n{source}\n{output["ename"]}: {output["evalue"]}");
                Assert.False(type == "stream" && (string?)output["name"] == "stderr",
                    $"{name}, cell {index + 1} wrote to standard error in Jupyter:\n{source}\n{Text(output["text"])}");
            }
            if (StoryNotebookTests.ChartCall().IsMatch(source))
            {
                Assert.True(outputs.Any(o => Text(o["data"]?["text/html"]) is var html && html.Contains("Plotly.newPlot") && html.Contains("analysis-chart")),
                    $"{name}, cell {index + 1} calls a chart builder but shows no chart in Jupyter:\n{source}");
            }
        }
    }

    /// <summary>A notebook field that Jupyter writes either as one string or as a list of lines.</summary>
    private static string Text(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        _ => (string?)node ?? "",
    };

    /// <summary>
    /// Every notebook, executed once by nbconvert in one run (one Python start; each notebook in its own kernel, as
    /// Jupyter runs them, so no notebook leans on another's state), with the kernelspec installed by the script.
    /// </summary>
    public sealed class ExecutedNotebooks : IAsyncLifetime
    {
        public JupyterSandbox Jupyter { get; } = new();
        public string OutDir => Jupyter.File("executed");
        public string Log { get; private set; } = "";

        public async Task InitializeAsync()
        {
            await Jupyter.InstallKitKernelspecAsync();
            var notebooks = NotebookFolder.Notebooks(Path.Combine(Repo.Root, "notebooks"));
            // --allow-errors: a failing cell is recorded in that notebook's copy (and reported by its test) while the
            // other notebooks still run. Timeouts above the defaults (30 s a cell, 60 s to start) for a busy machine,
            // and a bound on the whole run well inside CI's budget.
            var run = await Jupyter.RunAsync("jupyter",
                ["nbconvert", "--to", "notebook", "--execute", "--allow-errors", "--output-dir", OutDir,
                 "--ExecutePreprocessor.timeout=300", "--ExecutePreprocessor.startup_timeout=180", .. notebooks],
                TimeSpan.FromMinutes(8));
            Log = $"jupyter nbconvert exited {run.ExitCode}:\n{run.StandardError}";
        }

        public Task DisposeAsync()
        {
            Jupyter.Dispose();
            return Task.CompletedTask;
        }
    }
}

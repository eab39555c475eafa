namespace Analysis.Notebooks.Tests;

using Analysis.Report;

[Collection(NotebookCollection.Name)]
public class NotebookRunnerTests
{
    [Fact]
    public async Task Runs_every_code_cell_and_collects_what_each_produced()
    {
        var progress = new List<CellProgress>();
        var run = await NotebookRunner.RunAsync(Repo.TestNotebook("basics.ipynb"), progress: new SyncProgress<CellProgress>(progress.Add));

        Assert.True(run.Succeeded, run.FirstFailure?.ToString());
        Assert.Equal([CellKind.Markdown, CellKind.Code, CellKind.Code, CellKind.Code, CellKind.Markdown], run.Cells.Select(c => c.Kind));
        Assert.All(run.CodeCells, c => Assert.Equal(CellStatus.Succeeded, c.Status));
        Assert.Equal([1, 2, 3], run.CodeCells.Select(c => c.ExecutionCount!.Value));

        var first = run.Cells[1];
        Assert.Equal("hello from the runner\n", first.StandardOutput);
        Assert.Contains(first.Outputs, o => o.Kind == OutputKind.StandardOutput);
        Assert.Contains(first.ValuesOf("text/html"), html => html.Contains("<pre>3</pre>"));

        // display(...) and the cell's value, in order; a variable from the cell before is still there.
        var second = run.Cells[2];
        Assert.Equal([OutputKind.Display, OutputKind.ReturnValue], second.Outputs.Select(o => o.Kind));
        Assert.Equal("<b>bold</b>", second.Outputs[0].Text("text/html"));
        Assert.Contains("<pre>5</pre>", second.Outputs[1].Text("text/html"));

        // Relative paths resolve against the notebook's folder.
        Assert.Equal("True\n", run.Cells[3].StandardOutput);

        // Progress: a start and an end for each code cell, numbered among code cells.
        Assert.Equal(6, progress.Count);
        Assert.Equal([1, 1, 2, 2, 3, 3], progress.Select(p => p.CodeCellNumber));
        Assert.All(progress, p => Assert.Equal(3, p.CodeCellCount));
        Assert.Equal([true, false, true, false, true, false], progress.Select(p => p.Running));
    }

    [Fact]
    public async Task Restores_the_working_directory_after_the_run()
    {
        var before = Directory.GetCurrentDirectory();
        await NotebookRunner.RunAsync(Repo.TestNotebook("basics.ipynb"));
        Assert.Equal(before, Directory.GetCurrentDirectory());
    }

    [Fact]
    public async Task A_failing_cell_is_reported_with_notebook_cell_and_error_and_stops_the_run()
    {
        var path = Repo.TestNotebook("failing.ipynb");
        var run = await NotebookRunner.RunAsync(path);

        Assert.False(run.Succeeded);
        var failure = run.FirstFailure!;
        Assert.Equal(path, failure.NotebookPath);
        Assert.Equal(2, failure.CellIndex);
        Assert.Equal(3, failure.CellNumber);
        Assert.Contains("the cell broke on purpose", failure.Error);
        Assert.Contains($"{path}: cell 3 failed:", failure.ToString());

        Assert.Equal(CellStatus.Succeeded, run.Cells[1].Status);
        Assert.Equal(CellStatus.Failed, run.Cells[2].Status);
        Assert.Contains(run.Cells[2].Outputs, o => o.Kind == OutputKind.Error);
        Assert.Equal(CellStatus.NotRun, run.Cells[3].Status);
        Assert.Null(run.Cells[3].ExecutionCount);
    }

    [Fact]
    public async Task A_compile_error_names_line_and_column_and_the_run_can_go_on()
    {
        using var temp = new TempFolder();
        var path = temp.File("compile-error.ipynb");
        await File.WriteAllTextAsync(path, NotebookJson.Create(
            NotebookJson.Code("int number = \"not a number\";"),
            NotebookJson.Code("Console.WriteLine(\"still runs\");")));

        var run = await NotebookRunner.RunAsync(path, new NotebookRunOptions { StopOnFirstFailure = false });

        Assert.Equal(0, run.FirstFailure!.CellIndex);
        Assert.Contains("(1,14): error CS0029", run.FirstFailure.Error);
        Assert.Single(run.Cells[0].Errors);
        Assert.Equal("still runs\n", run.Cells[1].StandardOutput);
    }

    [Fact]
    public async Task A_cell_that_runs_too_long_fails_with_a_timeout()
    {
        using var temp = new TempFolder();
        var path = temp.File("slow.ipynb");
        await File.WriteAllTextAsync(path, NotebookJson.Create(
            NotebookJson.Code("await Task.Delay(TimeSpan.FromSeconds(30), Microsoft.DotNet.Interactive.KernelInvocationContext.Current.CancellationToken);")));

        var run = await NotebookRunner.RunAsync(path, new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(1) });

        Assert.Contains("timed out", run.FirstFailure!.Error);
        Assert.True(run.Cells[0].Elapsed < TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Formatters_one_notebook_registers_do_not_leak_into_the_next()
    {
        using var temp = new TempFolder();
        var registers = temp.File("registers.ipynb");
        var displays = temp.File("displays.ipynb");
        await File.WriteAllTextAsync(registers, NotebookJson.Create(
            NotebookJson.Code("Microsoft.DotNet.Interactive.Formatting.Formatter.Register<int>((int i, System.IO.TextWriter w) => w.Write(\"custom\"), \"text/html\");\n42")));
        await File.WriteAllTextAsync(displays, NotebookJson.Create(NotebookJson.Code("42")));

        var first = await NotebookRunner.RunAsync(registers);
        var second = await NotebookRunner.RunAsync(displays);

        Assert.True(first.Succeeded, first.FirstFailure?.ToString());
        Assert.Equal("custom", Assert.Single(first.Cells[0].ValuesOf("text/html")));
        Assert.Contains("<pre>42</pre>", Assert.Single(second.Cells[0].ValuesOf("text/html")));
    }

    [Fact]
    public async Task A_file_that_is_not_a_notebook_throws_with_its_path()
    {
        using var temp = new TempFolder();
        var path = temp.File("broken.ipynb");
        await File.WriteAllTextAsync(path, "{ this is not json");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => NotebookRunner.RunAsync(path));
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public async Task The_shared_setup_script_brings_in_the_library_with_charts_and_frames_as_html()
    {
        var run = await NotebookRunner.RunAsync(Repo.TestNotebook("plotly-deedle.ipynb"));

        Assert.True(run.Succeeded, run.FirstFailure?.ToString());
        var chart = Assert.Single(run.Cells[2].ValuesOf("text/html"));
        Assert.Contains("Plotly.newPlot", chart);
        Assert.Contains("Test chart", chart);
        var frame = Assert.Single(run.Cells[3].ValuesOf("text/html"));
        Assert.Contains("Letter", frame);
    }
}

/// <summary>Reports on the calling thread (Progress&lt;T&gt; posts to the thread pool, too late to assert on).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}

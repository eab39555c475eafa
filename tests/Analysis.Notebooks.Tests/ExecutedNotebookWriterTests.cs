using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace Analysis.Notebooks.Tests;

// Inside the namespace: outside it, the name Notebook would be the kit's Analysis.Notebook namespace.
using Notebook = Microsoft.DotNet.Interactive.Documents.Jupyter.Notebook;

[Collection(NotebookCollection.Name)]
public class ExecutedNotebookWriterTests
{
    [Fact]
    public async Task The_executed_copy_is_the_notebook_with_outputs_in_nbformat_4()
    {
        var source = Repo.TestNotebook("basics.ipynb");
        var run = await NotebookRunner.RunAsync(source);
        using var temp = new TempFolder();
        var copy = temp.File("out/basics.ipynb");

        await ExecutedNotebookWriter.WriteAsync(run, copy);

        var original = JsonNode.Parse(await File.ReadAllTextAsync(source))!;
        var written = JsonNode.Parse(await File.ReadAllTextAsync(copy))!;
        Assert.Equal(4, (int)written["nbformat"]!);
        Assert.True(JsonNode.DeepEquals(original["metadata"], written["metadata"]));
        var cells = written["cells"]!.AsArray();
        Assert.Equal(original["cells"]!.AsArray().Count, cells.Count);
        for (var i = 0; i < cells.Count; i++)
        {
            // Sources and markdown are untouched; only code cells gain outputs and a count.
            Assert.True(JsonNode.DeepEquals(original["cells"]![i]!["source"], cells[i]!["source"]));
            if ((string?)cells[i]!["cell_type"] == "markdown") Assert.Null(cells[i]!["outputs"]);
        }

        var first = cells[1]!;
        Assert.Equal(1, (int)first["execution_count"]!);
        var outputs = first["outputs"]!.AsArray();
        Assert.Equal("stream", (string?)outputs[0]!["output_type"]);
        Assert.Equal("stdout", (string?)outputs[0]!["name"]);
        Assert.Equal("hello from the runner\n", (string?)outputs[0]!["text"]);
        Assert.Equal("execute_result", (string?)outputs[1]!["output_type"]);
        Assert.Equal(1, (int)outputs[1]!["execution_count"]!);
        Assert.Contains("<pre>3</pre>", (string?)outputs[1]!["data"]!["text/html"]);
        Assert.NotNull(outputs[1]!["metadata"]);

        var display = cells[2]!["outputs"]![0]!;
        Assert.Equal("display_data", (string?)display["output_type"]);
        Assert.Equal("<b>bold</b>", (string?)display["data"]!["text/html"]);
    }

    [Fact]
    public async Task The_executed_copy_reads_back_with_the_same_outputs_and_runs_again()
    {
        var run = await NotebookRunner.RunAsync(Repo.TestNotebook("basics.ipynb"));
        using var temp = new TempFolder();
        var copy = temp.File("basics.ipynb");
        await ExecutedNotebookWriter.WriteAsync(run, copy);

        // .NET Interactive's own reader (what the Polyglot Notebooks tooling uses) sees the outputs.
        var document = Notebook.Parse(await File.ReadAllTextAsync(copy), new KernelInfoCollection { new("csharp", "C#") });
        Assert.Equal(run.Cells.Count, document.Elements.Count);
        Assert.IsType<TextElement>(document.Elements[1].Outputs[0]);
        Assert.IsType<ReturnValueElement>(document.Elements[1].Outputs[1]);
        Assert.IsType<DisplayElement>(document.Elements[2].Outputs[0]);
        Assert.Equal(run.Cells.Select(c => c.Outputs.Count), document.Elements.Select(e => e.Outputs.Count));

        // Outputs already in a notebook do not disturb a new run (in the copy's folder, basics.ipynb exists too).
        var again = await NotebookRunner.RunAsync(copy);
        Assert.True(again.Succeeded, again.FirstFailure?.ToString());
        Assert.Equal(run.Cells.Select(c => c.Outputs.Count), again.Cells.Select(c => c.Outputs.Count));
        Assert.Equal(ExecutedNotebookWriter.ToJson(again), await File.ReadAllTextAsync(copy));
    }

    [Fact]
    public async Task A_failed_cell_is_written_as_an_error_output_and_cells_not_run_have_no_count()
    {
        var run = await NotebookRunner.RunAsync(Repo.TestNotebook("failing.ipynb"));

        var cells = JsonNode.Parse(ExecutedNotebookWriter.ToJson(run))!["cells"]!.AsArray();

        var error = Assert.Single(cells[2]!["outputs"]!.AsArray())!;
        Assert.Equal("error", (string?)error["output_type"]);
        Assert.Contains("the cell broke on purpose", (string?)error["evalue"]);
        Assert.NotEmpty(error["traceback"]!.AsArray());
        Assert.Null(cells[3]!["execution_count"]);
        Assert.Empty(cells[3]!["outputs"]!.AsArray());
    }
}

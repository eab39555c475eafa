using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysis.Notebooks;

/// <summary>
/// Writes an executed copy of a notebook: the original file with each code cell's outputs and execution count
/// filled in, as nbformat 4 JSON that VS Code and Jupyter open.
/// </summary>
/// <remarks>
/// The original JSON is edited rather than re-serialized so metadata, cell ids and markdown survive byte for
/// byte; only <c>outputs</c> and <c>execution_count</c> of code cells change.
/// </remarks>
public static class ExecutedNotebookWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static async Task WriteAsync(NotebookRun run, string path, CancellationToken ct = default)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null) Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(path, ToJson(run), ct).ConfigureAwait(false);
    }

    public static string ToJson(NotebookRun run)
    {
        var notebook = JsonNode.Parse(run.SourceJson)?.AsObject()
            ?? throw new InvalidOperationException($"{run.NotebookPath}: the run holds no notebook JSON.");
        var cells = notebook["cells"]?.AsArray()
            ?? throw new InvalidDataException($"{run.NotebookPath}: no cells array.");
        if (cells.Count != run.Cells.Count)
        {
            throw new InvalidDataException(
                $"{run.NotebookPath}: the run has {run.Cells.Count} cells but the file has {cells.Count}.");
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell || (string?)cell["cell_type"] != "code") continue;
            var result = run.Cells[i];
            cell["execution_count"] = result.ExecutionCount;
            cell["outputs"] = new JsonArray(result.Outputs.Select(o => ToOutput(o, result.ExecutionCount)).ToArray<JsonNode?>());
        }

        return notebook.ToJsonString(Indented) + "\n";
    }

    private static JsonObject ToOutput(CellOutput output, int? executionCount) => output.Kind switch
    {
        OutputKind.StandardOutput => Stream("stdout", output),
        OutputKind.StandardError => Stream("stderr", output),
        OutputKind.Error => new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = "Error",
            ["evalue"] = PlainText(output),
            ["traceback"] = new JsonArray(PlainText(output).Split('\n').Select(l => (JsonNode?)JsonValue.Create(l.TrimEnd('\r'))).ToArray()),
        },
        OutputKind.ReturnValue => new JsonObject
        {
            ["output_type"] = "execute_result",
            ["execution_count"] = executionCount,
            ["data"] = Bundle(output),
            ["metadata"] = new JsonObject(),
        },
        _ => new JsonObject
        {
            ["output_type"] = "display_data",
            ["data"] = Bundle(output),
            ["metadata"] = new JsonObject(),
        },
    };

    private static JsonObject Stream(string name, CellOutput output) => new()
    {
        ["output_type"] = "stream",
        ["name"] = name,
        ["text"] = PlainText(output),
    };

    private static string PlainText(CellOutput output) => string.Concat(output.Data.Select(d => d.Value));

    // nbformat: JSON mime types (application/json, application/*+json) hold JSON, every other one text.
    private static JsonObject Bundle(CellOutput output)
    {
        var data = new JsonObject();
        foreach (var item in output.Data)
        {
            data[item.MimeType] = IsJson(item.MimeType) && TryParse(item.Value) is { } json ? json : JsonValue.Create(item.Value);
        }
        return data;
    }

    private static bool IsJson(string mimeType) =>
        mimeType.StartsWith("application/", StringComparison.Ordinal)
        && (mimeType.EndsWith("/json", StringComparison.Ordinal) || mimeType.EndsWith("+json", StringComparison.Ordinal));

    private static JsonNode? TryParse(string text)
    {
        try { return JsonNode.Parse(text); }
        catch (JsonException) { return null; }
    }
}

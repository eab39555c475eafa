using System.Text.Json;
using Deedle;

namespace Analysis.Frames;

using Analysis.Output;

/// <summary>
/// The tables of a finished run read back as frames (<c>Kit.LoadTables("out/tables")</c>), once
/// their record <c>run.json</c> has been checked: a folder whose tables are not byte for byte those
/// the run wrote (cut, edited, half-written, mixed with another run's) is refused, naming the table,
/// and nothing is read from it. Frames have the tables' columns; numbers are read as numbers.
/// </summary>
public sealed class RunTables
{
    private readonly IReadOnlyDictionary<string, Frame<int, string>> frames;

    private RunTables(RunRecord run, IReadOnlyDictionary<string, Frame<int, string>> frames)
    {
        Run = run;
        this.frames = frames;
    }

    /// <summary>The record of the run that wrote the tables.</summary>
    public RunRecord Run { get; }

    /// <summary>The names of the tables, in the record's order.</summary>
    public IReadOnlyList<string> Names => Run.Tables.Select(t => t.Name).ToArray();

    /// <summary>A table by name ("troop_counts").</summary>
    public Frame<int, string> this[string table] => frames.TryGetValue(table, out var frame)
        ? frame
        : throw new KeyNotFoundException($"No table '{table}' in this run; tables: {string.Join(", ", Names)}.");

    public Frame<int, string> Documents => this["documents"];
    public Frame<int, string> TroopCounts => this["troop_counts"];
    public Frame<int, string> SourceMentions => this["source_mentions"];
    public Frame<int, string> Sources => this["sources"];
    public Frame<int, string> Events => this["events"];

    /// <summary>Checks <c>run.json</c> against the tables of <paramref name="folder"/>, then reads them.</summary>
    public static RunTables Load(string folder)
    {
        var full = Path.GetFullPath(folder);
        var run = RunRecord.ReadVerified(full);
        var frames = new Dictionary<string, Frame<int, string>>(StringComparer.Ordinal);
        foreach (var table in run.Tables)
        {
            var path = Path.Combine(full, table.File);
            frames[table.Name] = Path.GetExtension(path).ToLowerInvariant() switch
            {
                ".csv" => ReadCsv(path),
                ".json" => ReadJson(path),
                var other => throw new InvalidDataException($"{path}: tables in {other} files cannot be read back as frames (csv and json can)."),
            };
        }
        return new RunTables(run, frames);
    }

    // Every row is used to infer a column's type, so a text value deep in the file does not break a
    // column guessed numeric from its first rows. Only an empty cell is missing ("NA" is text here).
    private static Frame<int, string> ReadCsv(string path) =>
        Frame.ReadCsv(path, hasHeaders: true, inferTypes: true, inferRows: 0, missingValues: [""]);

    // A JSON table is an array of objects with the CSV's columns: numbers become double columns,
    // lists are joined by "; " as in the CSV, null is missing.
    private static Frame<int, string> ReadJson(string path)
    {
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        var rows = json.RootElement.EnumerateArray().ToList();
        var columns = rows.Count > 0 ? rows[0].EnumerateObject().Select(p => p.Name).ToList() : [];
        var frame = Frame.FromRowKeys(Enumerable.Range(0, rows.Count));
        foreach (var column in columns)
        {
            var cells = rows.Select(r => r.GetProperty(column)).ToList();
            if (cells.All(c => c.ValueKind is JsonValueKind.Number or JsonValueKind.Null))
                frame.AddColumn(column, Present(cells, c => c.GetDouble()));
            else
                frame.AddColumn(column, Present(cells, Text));
        }
        return frame;
    }

    private static Series<int, T> Present<T>(List<JsonElement> cells, Func<JsonElement, T> value) =>
        new(cells.Select((c, i) => (c, i)).Where(x => x.c.ValueKind != JsonValueKind.Null).Select(x => KeyValuePair.Create(x.i, value(x.c))));

    private static string Text(JsonElement cell) => cell.ValueKind switch
    {
        JsonValueKind.String => cell.GetString()!,
        JsonValueKind.Array => string.Join("; ", cell.EnumerateArray().Select(Text)),
        _ => cell.GetRawText(),
    };
}

using System.Collections;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Analysis.Export;

/// <summary>
/// A table as a JSON array of objects with the CSV's column names. Numbers stay numbers, nulls stay
/// null, lists are arrays; enums and dates are written as in the CSV. Rows are written as they come.
/// </summary>
internal sealed class JsonTableSink : ITableSink
{
    private readonly FileStream stream;
    private readonly Utf8JsonWriter json;
    private readonly IReadOnlyList<string> columns;

    public JsonTableSink(string path, IReadOnlyList<string> columns)
    {
        Path = path;
        this.columns = columns;
        stream = File.Create(path);
        // Text is escaped for JSON, not for HTML: consumers that put it in a page encode it there.
        json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartArray();
    }

    public string Path { get; }

    public void WriteRow(object?[] row)
    {
        json.WriteStartObject();
        for (var i = 0; i < columns.Count; i++)
        {
            json.WritePropertyName(columns[i]);
            WriteValue(row[i]);
        }
        json.WriteEndObject();
        if (json.BytesPending > 64 * 1024) json.Flush();
    }

    private void WriteValue(object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string s: json.WriteStringValue(s); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case double d: json.WriteNumberValue(d); break;
            case bool b: json.WriteBooleanValue(b); break;
            case IEnumerable list:
                json.WriteStartArray();
                foreach (var item in list) WriteValue(item);
                json.WriteEndArray();
                break;
            default: json.WriteStringValue(Cell.Format(value)); break;
        }
    }

    public void Dispose()
    {
        json.WriteEndArray();
        json.Flush();
        json.Dispose();
        stream.Dispose();
    }
}

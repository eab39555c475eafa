using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Analysis.Corpus;

/// <summary>
/// Adds entries to a <c>manifest.json</c> text without disturbing the rest of it: comments, order,
/// layout and other entries stay as they are. A new id's entry is added at the end; an existing
/// entry gets only the fields it lacks (what a person wrote is never overwritten), and only that
/// entry's text is rewritten. Fields are written in the manifest's order (title, published, outlet, url, author).
/// </summary>
public static class ManifestWriter
{
    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    // Written with Utf8JsonWriter, not JsonSerializer: file-based apps (notebooks/apps) run with reflection-based serialization off.
    private static readonly JsonWriterOptions WriteOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The manifest text with <paramref name="entries"/> merged in, and for each id the fields it was given.
    /// Null when <paramref name="existing"/> is not a JSON object (the manifest must be fixed first; nothing is merged).
    /// </summary>
    public static string? Merge(string? existing, IReadOnlyList<(string Id, DocumentMetadata Metadata)> entries, out Dictionary<string, IReadOnlyList<string>> added)
    {
        added = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        existing ??= "{\n}\n";
        var bytes = Encoding.UTF8.GetBytes(existing);
        var spans = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
        int open, lastValueEnd = -1;
        try
        {
            var reader = new Utf8JsonReader(bytes, ReaderOptions);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            open = (int)reader.TokenStartIndex;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var id = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                lastValueEnd = (int)reader.BytesConsumed;
                spans[id] = (start, lastValueEnd); // the last of a repeated id is the one the loader uses
            }
            if (reader.TokenType != JsonTokenType.EndObject) return null;
            while (reader.Read()) { } // the rest must be valid too
        }
        catch (JsonException)
        {
            return null;
        }

        var edits = new List<(int At, int Length, string Text)>();
        var appended = new StringBuilder();
        foreach (var (id, metadata) in entries)
        {
            var fields = Fields(metadata);
            if (spans.TryGetValue(id, out var span))
            {
                if (span.End == 0) continue; // added by this merge already
                var node = JsonNode.Parse(bytes.AsSpan(span.Start, span.End - span.Start), documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                if (node is not JsonObject entry) continue;
                var missing = fields.Where(f => entry[f.Key] is null || entry[f.Key] is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s)).ToList();
                if (missing.Count == 0) continue;
                foreach (var (key, value) in missing) entry[key] = JsonValue.Create(value);
                edits.Add((span.Start, span.End - span.Start, Indent(Write(w => entry.WriteTo(w)))));
                added[id] = missing.Select(f => f.Key).ToList();
            }
            else
            {
                var entry = new JsonObject();
                foreach (var (key, value) in fields) entry[key] = JsonValue.Create(value);
                appended.Append(appended.Length == 0 ? "\n  " : ",\n  ")
                    .Append(Write(w => w.WriteStringValue(id))).Append(": ").Append(Indent(Write(w => entry.WriteTo(w))));
                spans[id] = (0, 0);
                added[id] = fields.Select(f => f.Key).ToList();
            }
        }
        if (appended.Length > 0)
        {
            if (lastValueEnd < 0)
            {
                // An empty object: just inside its opening brace.
                edits.Add((open + 1, 0, appended + (bytes[open + 1] == (byte)'}' ? "\n" : "")));
            }
            else
            {
                // After the last entry, its comma and a comment on its line ("…}, // the seed"): a comma goes right
                // after the entry's value, since after a line comment it would be part of the comment.
                var at = SkipBlanks(bytes, lastValueEnd);
                var hasComma = at < bytes.Length && bytes[at] == (byte)',';
                if (hasComma) at = SkipBlanks(bytes, at + 1);
                else edits.Add((lastValueEnd, 0, ","));
                if (at + 1 < bytes.Length && bytes[at] == (byte)'/' && bytes[at + 1] == (byte)'/')
                    while (at < bytes.Length && bytes[at] is not ((byte)'\n' or (byte)'\r')) at++;
                edits.Add((at, 0, appended.ToString()));
            }
        }
        var result = new List<byte>(bytes);
        // From the end, so each edit's offset still holds; at one offset, the later edit goes first (it lands after).
        foreach (var (at, length, text) in edits.Select((e, i) => (e, i)).OrderByDescending(x => x.e.At).ThenByDescending(x => x.i).Select(x => x.e))
        {
            result.RemoveRange(at, length);
            result.InsertRange(at, Encoding.UTF8.GetBytes(text));
        }
        return Encoding.UTF8.GetString(result.ToArray());
    }

    private static List<(string Key, string Value)> Fields(DocumentMetadata metadata)
    {
        var fields = new List<(string, string?)>
        {
            ("title", metadata.Title),
            ("published", metadata.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("outlet", metadata.Outlet),
            ("url", metadata.Url),
            ("author", metadata.Author),
        };
        return fields.Where(f => !string.IsNullOrWhiteSpace(f.Item2)).Select(f => (f.Item1, f.Item2!)).ToList();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriteOptions)) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static int SkipBlanks(byte[] bytes, int at)
    {
        while (at < bytes.Length && bytes[at] is (byte)' ' or (byte)'\t') at++;
        return at;
    }

    // An entry's object, indented to sit one level inside the manifest's object.
    private static string Indent(string json) => json.Replace("\n", "\n  ");
}

using System.Text;
using System.Text.Json;

namespace Analysis.Corpus;

/// <summary>
/// The optional metadata sidecar, <c>manifest.json</c> in the corpus folder: one object per
/// document, keyed by the document id (its file name without extension), each with any of
/// <c>title</c>, <c>published</c> (a day as <see cref="PublishedDate"/> reads it), <c>outlet</c>, <c>url</c> and <c>author</c> (strings; null means
/// absent). Comments and trailing commas are allowed. A document with no entry simply has no
/// metadata: that is not a problem. Anything wrong is reported as a <see cref="LoadProblem"/> with
/// the manifest line it is on, the rest of the manifest still applies, and the documents load regardless.
/// </summary>
public static class Manifest
{
    public const string FileName = "manifest.json";

    internal static readonly string[] Keys = ["title", "published", "outlet", "url", "author"];

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static IReadOnlyDictionary<string, DocumentMetadata> Read(string path, ICollection<LoadProblem> problems) =>
        ReadEntries(path, problems).ToDictionary(e => e.Key, e => e.Value.Metadata, StringComparer.Ordinal);

    /// <summary>One document's metadata and the manifest line its entry starts on.</summary>
    internal sealed record Entry(DocumentMetadata Metadata, int Line);

    /// <summary>
    /// The manifest's entries by id, its problems added to <paramref name="problems"/>. With <paramref name="only"/>,
    /// the entry of that one document: the others are not read, and their problems are not the run's.
    /// </summary>
    internal static Dictionary<string, Entry> ReadEntries(string path, ICollection<LoadProblem> problems, string? only = null)
    {
        var result = new Dictionary<string, Entry>(StringComparer.Ordinal);
        if (!File.Exists(path)) return result;

        byte[] json;
        try
        {
            // Read as text first so a BOM (UTF-8 or UTF-16) is honoured; the reader wants UTF-8.
            json = Encoding.UTF8.GetBytes(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new LoadProblem(path, null, $"metadata cannot be read ({e.Message}); documents load without it", ProblemAction.LoadedWithFallback));
            return result;
        }

        // Validate the whole file first: a syntax error anywhere means none of it is trusted.
        try
        {
            using var _ = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } n ? (int)n + 1 : (int?)null;
            problems.Add(new LoadProblem(path, line, $"metadata is not valid JSON ({FirstSentence(e.Message)}); documents load without it", ProblemAction.LoadedWithFallback));
            return result;
        }

        var reader = new Utf8JsonReader(json, ReaderOptions);
        var lines = new LineIndex(json);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            problems.Add(new LoadProblem(path, lines.Of(reader.TokenStartIndex), "metadata must be a JSON object keyed by document id; documents load without it", ProblemAction.LoadedWithFallback));
            return result;
        }
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var id = reader.GetString()!;
            var line = lines.Of(reader.TokenStartIndex);
            reader.Read();
            if (only is not null && id != only)
            {
                reader.Skip();
                continue;
            }
            if (ReadEntry(ref reader, path, id, lines, problems) is not { } metadata) continue;
            if (result.ContainsKey(id))
                problems.Add(new LoadProblem(path, line, $"metadata for '{id}' appears more than once; the last entry is used", ProblemAction.LoadedWithFallback));
            result[id] = new Entry(metadata, line);
        }
        return result;
    }

    // Reads the value at the reader (an entry's object), leaving the reader on its last token.
    private static DocumentMetadata? ReadEntry(ref Utf8JsonReader reader, string path, string id, LineIndex lines, ICollection<LoadProblem> problems)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            problems.Add(new LoadProblem(path, lines.Of(reader.TokenStartIndex), $"metadata for '{id}' must be an object; ignored", ProblemAction.Skipped));
            reader.Skip();
            return null;
        }
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var line = lines.Of(reader.TokenStartIndex);
            reader.Read();
            if (!Keys.Contains(key))
                problems.Add(new LoadProblem(path, line, $"unknown key '{key}' in metadata for '{id}' (known: {string.Join(", ", Keys)}); ignored", ProblemAction.LoadedWithFallback));
            else if (reader.TokenType == JsonTokenType.Null) { }
            else if (reader.TokenType != JsonTokenType.String)
                problems.Add(new LoadProblem(path, line, $"'{key}' for '{id}' must be a string, not {reader.TokenType}; ignored", ProblemAction.LoadedWithFallback));
            else if (reader.GetString() is not { } value || string.IsNullOrWhiteSpace(value))
                problems.Add(new LoadProblem(path, line, $"'{key}' for '{id}' is blank; ignored", ProblemAction.LoadedWithFallback));
            else if (key == "published" && !PublishedDate.TryParse(value, out _))
                problems.Add(new LoadProblem(path, line, $"published date '{value}' for '{id}' {PublishedDate.Unread(value)}; left empty", ProblemAction.LoadedWithFallback));
            else
                values[key] = value;
            reader.Skip();
        }
        DateOnly? published = values.TryGetValue("published", out var date) && PublishedDate.TryParse(date, out var d) ? d : null;
        return new DocumentMetadata(values.GetValueOrDefault("title"), published, values.GetValueOrDefault("outlet"), values.GetValueOrDefault("url"),
            values.GetValueOrDefault("author"));
    }

    private static string FirstSentence(string message) => message.Split(". ")[0].TrimEnd('.');
}

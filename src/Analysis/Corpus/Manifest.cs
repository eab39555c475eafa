using System.Globalization;
using System.Text.Json;

namespace Analysis;

/// <summary>
/// The optional metadata sidecar, <c>manifest.json</c> in the corpus folder: one object per
/// document, keyed by the document id (its file name without extension), each with any of
/// <c>title</c>, <c>published</c> (yyyy-MM-dd), <c>outlet</c> and <c>url</c>. Comments are allowed.
/// Anything wrong is reported as a <see cref="LoadProblem"/>; the documents load regardless.
/// </summary>
public static class Manifest
{
    public const string FileName = "manifest.json";

    private static readonly string[] Keys = ["title", "published", "outlet", "url"];

    public static IReadOnlyDictionary<string, DocumentMetadata> Read(string path, ICollection<LoadProblem> problems)
    {
        var result = new Dictionary<string, DocumentMetadata>(StringComparer.Ordinal);
        if (!File.Exists(path)) return result;

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            var line = e is JsonException { LineNumber: { } n } ? (int)n + 1 : (int?)null;
            problems.Add(new LoadProblem(path, line, $"metadata is not valid JSON ({FirstSentence(e.Message)}); documents load without it", ProblemAction.LoadedWithFallback));
            return result;
        }

        using (json)
        {
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new LoadProblem(path, null, "metadata must be a JSON object keyed by document id; documents load without it", ProblemAction.LoadedWithFallback));
                return result;
            }
            foreach (var entry in json.RootElement.EnumerateObject())
                if (ReadEntry(path, entry, problems) is { } metadata) result[entry.Name] = metadata;
        }
        return result;
    }

    private static DocumentMetadata? ReadEntry(string path, JsonProperty entry, ICollection<LoadProblem> problems)
    {
        if (entry.Value.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new LoadProblem(path, null, $"metadata for '{entry.Name}' must be an object; ignored", ProblemAction.Skipped));
            return null;
        }
        string? Text(string key) =>
            entry.Value.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

        foreach (var key in entry.Value.EnumerateObject().Select(p => p.Name).Where(k => !Keys.Contains(k)))
            problems.Add(new LoadProblem(path, null, $"unknown key '{key}' in metadata for '{entry.Name}' (known: {string.Join(", ", Keys)}); ignored", ProblemAction.LoadedWithFallback));

        DateOnly? published = null;
        if (Text("published") is { } date)
        {
            if (DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) published = d;
            else problems.Add(new LoadProblem(path, null, $"published date '{date}' for '{entry.Name}' is not a date (yyyy-MM-dd); left empty", ProblemAction.LoadedWithFallback));
        }
        return new DocumentMetadata(Text("title"), published, Text("outlet"), Text("url"));
    }

    private static string FirstSentence(string message) => message.Split(". ")[0].TrimEnd('.');
}

using System.Text.Json;

namespace Analysis.Evaluation;

using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// A development set: passages annotated by hand with the troop counts and sources they should yield,
/// read from a JSON file (<c>{"items": [{"id", "style", "text", "figures": [{"value", "low", "high",
/// "hedge", "kind", "status", "subject", "attributed_to", "via"}], "sources": [...], "headline": false}]}</c>, enum values in
/// snake_case). The kit's own lives in the test project (tests/Analysis.Tests/Extraction/DevSet.json);
/// an analyst can write one for their own articles and run <c>analysis evaluate --devset FILE</c>.
/// </summary>
public sealed class DevSet
{
    public DevSet(IReadOnlyList<DevSetItem> items) => Items = items;

    public IReadOnlyList<DevSetItem> Items { get; }

    public static DevSet Load(string path) => FromJson(File.ReadAllText(path));

    public static DevSet FromJson(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var items = new List<DevSetItem>();
        foreach (var item in document.RootElement.GetProperty("items").EnumerateArray())
        {
            var id = Text(item, "id") ?? throw new FormatException("A dev-set item without an id.");
            var figures = item.TryGetProperty("figures", out var fs)
                ? fs.EnumerateArray().Select(f => new ExpectedFigure(
                    Number(f, "value"), Number(f, "low"), Number(f, "high"),
                    EnumNames.Parse<Hedge>(Text(f, "hedge") ?? "exact"),
                    EnumNames.Parse<TroopKind>(Text(f, "kind") ?? "other"),
                    EnumNames.Parse<EstimateStatus>(Text(f, "status") ?? "current"),
                    Text(f, "subject"), Text(f, "attributed_to"),
                    f.TryGetProperty("via", out var via) ? via.EnumerateArray().Select(v => v.GetString()!).ToArray() : [])).ToArray()
                : [];
            var sources = item.TryGetProperty("sources", out var ss) ? ss.EnumerateArray().Select(s => s.GetString()!).ToArray() : [];
            var headline = item.TryGetProperty("headline", out var h) && h.ValueKind == JsonValueKind.True;
            items.Add(new DevSetItem(id, Text(item, "style") ?? "", Text(item, "text") ?? "", figures, sources, headline));
        }
        return new DevSet(items);
    }

    /// <summary>Runs <paramref name="extractor"/> (default: <see cref="Extractor.Default"/>) on every passage and scores it.</summary>
    public Evaluation Evaluate(Extractor? extractor = null) => Evaluation.Of(this, extractor ?? Extractor.Default);

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}

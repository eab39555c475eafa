using System.Globalization;
using System.Text.Json;

namespace Analysis.Evaluation;

using Analysis.Corpus;

using Analysis.Extraction;
using Analysis.Pipeline;

/// <summary>
/// A development set: passages annotated by hand with the troop counts and sources they should yield,
/// read from a JSON file (<c>{"items": [{"id", "story", "style", "split", "published", "text", "figures":
/// [{"value", "low", "high", "hedge", "kind", "status", "subject", "attributed_to", "via", "tags",
/// "as_of", "target"}], "events": [{"anchor", "earliest", "latest", "precision"}], "sources": [...],
/// "tags": [...], "headline": false}]}</c>, enum values in snake_case, dates yyyy-MM-dd). The kit's own
/// live in the test project (tests/Analysis.Tests/Extraction/DevSet*.json); an analyst can write one
/// for their own articles and run <c>analysis evaluate --devset FILE</c>.
/// </summary>
public sealed class DevSet
{
    /// <summary>The split rules are tuned on; an item with no "split" belongs to it.</summary>
    public const string Dev = "dev";

    /// <summary>The split kept aside, scored once at the end of a piece of work.</summary>
    public const string HeldOut = "heldout";

    /// <summary>Every item, whatever its split (for <see cref="Only"/>).</summary>
    public const string All = "all";

    public DevSet(IReadOnlyList<DevSetItem> items) => Items = items;

    public IReadOnlyList<DevSetItem> Items { get; }

    /// <summary>The items of one split: <see cref="Dev"/>, <see cref="HeldOut"/> or <see cref="All"/>.</summary>
    public DevSet Only(string split) => split switch
    {
        All => this,
        Dev or HeldOut => new DevSet(Items.Where(i => i.Split == split).ToArray()),
        _ => throw new ArgumentException($"Unknown split '{split}': use {Dev}, {HeldOut} or {All}.", nameof(split)),
    };

    public static DevSet Load(string path)
    {
        try
        {
            return FromJson(File.ReadAllText(path));
        }
        catch (Exception e) when (e is FormatException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }

    public static DevSet FromJson(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var items = new List<DevSetItem>();
        foreach (var item in document.RootElement.GetProperty("items").EnumerateArray())
        {
            var id = Text(item, "id") ?? throw new FormatException("A dev-set item without an id.");
            try
            {
                items.Add(Item(item, id));
            }
            catch (Exception e) when (e is FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"item '{id}': {e.Message}", e);
            }
        }
        return new DevSet(items);
    }

    private static DevSetItem Item(JsonElement item, string id)
    {
        var figures = item.TryGetProperty("figures", out var fs) ? fs.EnumerateArray().Select(Figure).ToArray() : [];
        var split = Text(item, "split") ?? Dev;
        if (split is not (Dev or HeldOut)) throw new FormatException($"split '{split}' is neither {Dev} nor {HeldOut}.");
        return new DevSetItem(id, Text(item, "style") ?? "", Text(item, "text") ?? "", figures, Strings(item, "sources"),
            item.TryGetProperty("headline", out var h) && h.ValueKind == JsonValueKind.True)
        {
            Story = Text(item, "story") ?? "",
            Split = split,
            Published = Day(Text(item, "published")),
            Tags = Strings(item, "tags"),
            Events = item.TryGetProperty("events", out var es)
                ? es.EnumerateArray().Select(e => new ExpectedEvent(Text(e, "anchor") ?? throw new FormatException("an event without an anchor."), DateOf(e))).ToArray()
                : [],
        };
    }

    private static ExpectedFigure Figure(JsonElement f) =>
        new(Number(f, "value"), Number(f, "low"), Number(f, "high"),
            EnumNames.Parse<Hedge>(Text(f, "hedge") ?? "exact"),
            EnumNames.Parse<TroopKind>(Text(f, "kind") ?? "other"),
            EnumNames.Parse<EstimateStatus>(Text(f, "status") ?? "current"),
            Text(f, "subject"), Text(f, "attributed_to"), Strings(f, "via"))
        {
            Tags = Strings(f, "tags"),
            AsOf = f.TryGetProperty("as_of", out var asOf) && asOf.ValueKind == JsonValueKind.Object ? DateOf(asOf) : null,
            Target = f.TryGetProperty("target", out var target) && target.ValueKind == JsonValueKind.Object ? DateOf(target) : null,
        };

    private static ExpectedDate? DateOf(JsonElement e)
    {
        var earliest = Day(Text(e, "earliest"));
        var latest = Day(Text(e, "latest"));
        if (earliest is null && latest is null) return null;
        if (earliest > latest) throw new FormatException($"a date from {earliest:yyyy-MM-dd} to the earlier {latest:yyyy-MM-dd}.");
        return new ExpectedDate(earliest, latest ?? earliest, Text(e, "precision") ?? (earliest is null ? "on_or_before" : earliest == latest ? "day" : "interval"));
    }

    /// <summary>
    /// Runs <paramref name="extractor"/> (default: <see cref="Extractor.Default"/>) on every passage and scores it. A
    /// passage a step fails on scores as finding nothing, and the failure is listed (<see cref="Evaluation.Failures"/>).
    /// </summary>
    public Evaluation Evaluate(Extractor? extractor = null)
    {
        var chosen = extractor ?? Extractor.Default;
        var failures = new List<string>();
        var evaluation = Evaluation.Of(this, document =>
        {
            if (!chosen.TryExtract(document, out var found, out var failure)) failures.Add(failure!.Message);
            return found;
        });
        return evaluation with { Failures = failures };
    }

    /// <summary>Scores what <paramref name="extract"/> finds in each passage (a test can hand-make the findings).</summary>
    public Evaluation Evaluate(Func<Document, DocumentFindings> extract) => Evaluation.Of(this, extract);

    private static DateOnly? Day(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
        : throw new FormatException($"'{text}' is not a date (yyyy-MM-dd).");

    private static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(s => s.GetString()!).ToArray() : [];

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
}

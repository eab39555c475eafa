using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;

namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// The sources the kit knows by name, with their aliases, kinds and countries. The default is the
/// data file shipped with the library (Data/sources.json); a notebook extends it in one call,
/// <c>SourceGazetteer.Default.Add("Kyiv Post", SourceKind.Outlet, "Ukraine")</c>, which returns a new
/// gazetteer (the default never changes under other users).
/// Matching: an alias matches as a whole word sequence, exactly, except that its first letter may
/// have either case ("the Pentagon", "Intercepted audio"); a leading "The" is optional.
/// </summary>
public sealed class SourceGazetteer
{
    private const string ResourceName = "Analysis.Data.sources.json";

    private static readonly Lazy<SourceGazetteer> DefaultInstance = new(LoadEmbedded);

    private readonly Dictionary<string, GazetteerEntry> bySurface;
    private readonly Lazy<GazetteerMatcher> matcher;

    public SourceGazetteer(IEnumerable<GazetteerEntry> entries)
    {
        // Later entries win: a user's entry replaces a shipped one with the same name or alias.
        var list = new List<GazetteerEntry>();
        foreach (var entry in entries)
        {
            list.RemoveAll(e => string.Equals(e.Name, entry.Name, StringComparison.OrdinalIgnoreCase));
            list.Add(entry);
        }
        Entries = list;
        bySurface = new Dictionary<string, GazetteerEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in list)
            foreach (var surface in entry.Surfaces)
                bySurface[Normalize(surface)] = entry;
        matcher = new Lazy<GazetteerMatcher>(() => new GazetteerMatcher(SurfacesInOrder.ToArray()));
    }

    /// <summary>The gazetteer shipped with the library.</summary>
    public static SourceGazetteer Default => DefaultInstance.Value;

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>A gazetteer with these entries added (replacing entries of the same name).</summary>
    public SourceGazetteer With(params GazetteerEntry[] entries) => new(Entries.Concat(entries));

    /// <summary>A gazetteer with one more source: <c>Add("Kyiv Post", SourceKind.Outlet, "Ukraine", "the Post")</c>.</summary>
    public SourceGazetteer Add(string name, SourceKind kind, string? country, params string[] aliases) =>
        With(new GazetteerEntry(name, kind, country, aliases));

    /// <summary>The entry a name or alias stands for ("NIS", "the Pentagon", "Putin"), ignoring case.</summary>
    public bool TryResolve(string surface, [NotNullWhen(true)] out GazetteerEntry? entry) =>
        bySurface.TryGetValue(Normalize(surface), out entry);

    public GazetteerEntry? Resolve(string surface) => TryResolve(surface, out var entry) ? entry : null;

    /// <summary>Every non-overlapping mention of a known source in text[start..end), longest first.</summary>
    public IEnumerable<(TextSpan Span, GazetteerEntry Entry)> Find(string text, int start, int end)
    {
        foreach (var span in matcher.Value.Find(text, start, end))
            if (TryResolve(text[span.Start..span.End], out var entry)) yield return (span, entry);
    }

    public static SourceGazetteer FromJson(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        var entries = new List<GazetteerEntry>();
        foreach (var item in document.RootElement.GetProperty("sources").EnumerateArray())
        {
            var name = item.GetProperty("name").GetString() ?? throw new FormatException("A source without a name.");
            var kind = EnumNames.Parse<SourceKind>(item.GetProperty("kind").GetString());
            var country = item.TryGetProperty("country", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            var aliases = item.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array
                ? a.EnumerateArray().Select(x => x.GetString()).OfType<string>().ToArray()
                : [];
            entries.Add(new GazetteerEntry(name, kind, country, aliases));
        }
        return new SourceGazetteer(entries);
    }

    public static SourceGazetteer Load(string path) => FromJson(File.ReadAllText(path));

    public override string ToString() => $"{Entries.Count} sources, {bySurface.Count} names";

    private static SourceGazetteer LoadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The library was built without its {ResourceName} resource.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }

    private static string Normalize(string surface)
    {
        // The same spacing and apostrophes as SourceFinder's names (which returns normal text as is, uncopied).
        var s = SourceFinder.Normalize(surface);
        return s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;
    }

    /// <summary>
    /// Every surface, longest first so "Yonhap News Agency" wins over "Yonhap": the order the
    /// matcher tries them in (<see cref="GazetteerMatcher.Pattern"/> is the one regex it equals).
    /// </summary>
    internal IEnumerable<string> SurfacesInOrder =>
        bySurface.Keys.OrderByDescending(s => s.Length).ThenBy(s => s, StringComparer.Ordinal);
}

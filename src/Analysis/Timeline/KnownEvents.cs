using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Analysis.Timeline;

using Analysis.Corpus;

/// <summary>
/// The gazetteer of known dated events (anchors such as "the BRICS summit") and of the actors events
/// name (countries, people). The defaults ship as Data/events.json; a notebook extends them in one
/// call, e.g. <c>KnownEvents.Default.Add("Party congress", new(2026, 2, 1), new(2026, 2, 3), "party congress")</c>.
/// Instances are immutable: <c>Add</c> returns a new gazetteer, so the defaults never change under
/// another cell's feet.
/// </summary>
public sealed class KnownEvents
{
    private const string ResourceName = "Analysis.Data.events.json";
    private static readonly Lazy<KnownEvents> DefaultInstance = new(LoadDefault);

    private readonly Lazy<IReadOnlyList<(Regex Pattern, Regex Prefilter, KnownEvent Event)>> eventPatterns;
    private readonly Lazy<Regex?> anyEventWord;
    private readonly Lazy<IReadOnlyList<(Regex Pattern, KnownActor Actor)>> actorPatterns;

    public KnownEvents(IEnumerable<KnownEvent> events, IEnumerable<KnownActor>? actors = null)
    {
        Events = events.ToArray();
        Actors = (actors ?? []).ToArray();
        foreach (var e in Events)
            if (e.End < e.Start) throw new ArgumentException($"Known event '{e.Name}' ends ({e.End:yyyy-MM-dd}) before it starts ({e.Start:yyyy-MM-dd}).");
        eventPatterns = new(() => Events.Select(e => (AliasPattern(e.Aliases.Append(e.Name), ignoreCase: true), WordPrefilter(e.Aliases.Append(e.Name), ignoreCase: true), e)).ToArray());
        actorPatterns = new(() => Actors.Select(a => (ActorPattern(a), a)).ToArray());
        // Null (no such search) when an event has no word to look for: its pattern is empty and matches anywhere.
        anyEventWord = new(() => Events.Count > 0 && Events.All(e => e.Aliases.Append(e.Name).Any(a => !string.IsNullOrWhiteSpace(a)))
            ? WordPrefilter(Events.SelectMany(e => e.Aliases.Append(e.Name)), ignoreCase: true)
            : null);
    }

    /// <summary>The events and actors shipped with the kit (Data/events.json).</summary>
    public static KnownEvents Default => DefaultInstance.Value;

    public static KnownEvents Empty { get; } = new([], []);

    public IReadOnlyList<KnownEvent> Events { get; }
    public IReadOnlyList<KnownActor> Actors { get; }

    /// <summary>This gazetteer plus more events.</summary>
    public KnownEvents Add(params KnownEvent[] events) => new(Events.Concat(events), Actors);

    /// <summary>This gazetteer plus one event from <paramref name="start"/> to <paramref name="end"/> (inclusive), named by its aliases.</summary>
    public KnownEvents Add(string name, DateOnly start, DateOnly end, params string[] aliases) =>
        Add(new KnownEvent(name, start, end, aliases));

    /// <summary>This gazetteer plus an actor (a country, a person) named by its aliases.</summary>
    public KnownEvents AddActor(string name, params string[] aliases) =>
        new(Events, Actors.Append(new KnownActor(name, aliases)));

    public KnownEvents AddActor(KnownActor actor) => new(Events, Actors.Append(actor));

    /// <summary>Reads a gazetteer in the format of Data/events.json.</summary>
    public static KnownEvents Load(string path) => Parse(File.ReadAllText(path));

    public static KnownEvents Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = document.RootElement;
        var events = new List<KnownEvent>();
        if (root.TryGetProperty("events", out var eventArray))
            foreach (var e in eventArray.EnumerateArray())
                events.Add(new KnownEvent(
                    Required(e, "name"),
                    ParseDate(e, "start"),
                    e.TryGetProperty("end", out _) ? ParseDate(e, "end") : ParseDate(e, "start"),
                    Strings(e, "aliases"),
                    e.TryGetProperty("place", out var place) ? place.GetString() : null));
        var actors = new List<KnownActor>();
        if (root.TryGetProperty("actors", out var actorArray))
            foreach (var a in actorArray.EnumerateArray())
                actors.Add(new KnownActor(Required(a, "name"), Strings(a, "aliases"), Strings(a, "demonyms")));
        return new KnownEvents(events, actors);
    }

    /// <summary>Every mention of a known event in <paramref name="text"/>, in text order (longest alias wins where two overlap).</summary>
    public IReadOnlyList<(KnownEvent Event, TextSpan Span)> FindEvents(string text)
    {
        // Most texts name no event: one search for the words of all events rules them all out at once.
        if (Events.Count == 0 || AnyEventWord?.IsMatch(text) == false) return [];
        var found = new List<(KnownEvent Event, TextSpan Span)>();
        foreach (var (pattern, prefilter, knownEvent) in eventPatterns.Value)
            if (prefilter.IsMatch(text))
                foreach (var m in pattern.EnumerateMatches(text))
                    found.Add((knownEvent, new TextSpan(m.Index, m.Index + m.Length)));
        return SpanOverlaps.WithoutOverlaps(found, f => f.Span);
    }

    /// <summary>The canonical names of the actors <paramref name="text"/> names, in order of first mention.</summary>
    public IReadOnlyList<(string Actor, TextSpan Span)> FindActors(string text)
    {
        var found = new List<(string Actor, TextSpan Span)>();
        foreach (var (pattern, actor) in actorPatterns.Value)
            // Where and how long only: no Match objects.
            foreach (var m in pattern.EnumerateMatches(text))
                found.Add((actor.Name, new TextSpan(m.Index, m.Index + m.Length)));
        return SpanOverlaps.WithoutOverlaps(found, f => f.Span);
    }

    /// <summary>The <see cref="WordPrefilter"/> of all events' aliases at once, or null when an event has no word.</summary>
    internal Regex? AnyEventWord => anyEventWord.Value;

    public override string ToString() => $"{Events.Count} known events, {Actors.Count} known actors";

    // An alias matches as whole words; its spaces match any run of white space (hard-wrapped text).
    private static string Words(string alias) =>
        @"(?<![\p{L}\p{N}])" + string.Join(@"\s+", alias.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word)) + @"(?![\p{L}\p{N}])";

    private static string Word(string word) => Regex.Escape(word).Replace("'", "['’]");

    internal static Regex AliasPattern(IEnumerable<string> aliases, bool ignoreCase) =>
        new(string.Join("|", aliases.Where(a => !string.IsNullOrWhiteSpace(a)).OrderByDescending(a => a.Length).Select(Words)),
            (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>
    /// A cheap test that <see cref="AliasPattern"/> cannot match where it fails: it looks for one word of
    /// each alias (the longest), written as the alias pattern writes it and with the same options, so a
    /// match of an alias is always a match of its word. The alias pattern, case-insensitive, stops at
    /// every letter that could start an alias ("s" of "summit"); this one is a plain search for words.
    /// </summary>
    internal static Regex WordPrefilter(IEnumerable<string> aliases, bool ignoreCase) =>
        new(string.Join("|", aliases.Where(a => !string.IsNullOrWhiteSpace(a))
                .Select(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length)!)
                .Distinct().OrderByDescending(w => w.Length).Select(Word)),
            (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Names are matched with their capitals (so "US" is not "us"); a demonym only before a word for people or institutions.
    private static Regex ActorPattern(KnownActor actor)
    {
        var names = actor.Aliases.Append(actor.Name).Where(a => !string.IsNullOrWhiteSpace(a)).OrderByDescending(a => a.Length).Select(Words);
        var demonyms = (actor.Demonyms ?? []).OrderByDescending(d => d.Length)
            .Select(d => Words(d) + @"(?=\s+(?:[\p{L}-]+\s+)?(?i:" + ActorNouns + @")\b)");
        // Compiled: built from data at run time, so it cannot be source-generated, and it runs on every sentence.
        return new Regex(string.Join("|", names.Concat(demonyms)), RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    private const string ActorNouns =
        "troops|soldiers|forces|military|army|navy|officials?|officers?|commanders?|generals?|lawmakers|legislators|" +
        "media|government|leader|leadership|president|minister|ministry|defen[cs]e|intelligence|authorities|regime|" +
        "diplomats?|embassy|envoy|delegation|spokes(?:man|woman|person)|side|units?|personnel|counterparts?";

    private static string Required(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.GetString() is { Length: > 0 } s ? s : throw new FormatException($"A known event or actor has no '{key}'.");

    private static DateOnly ParseDate(JsonElement e, string key)
    {
        var text = Required(e, key);
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new FormatException($"'{key}' of a known event is '{text}', not a date (yyyy-MM-dd).");
    }

    private static IReadOnlyList<string> Strings(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Select(x => x.GetString()).OfType<string>().ToArray()
            : [];

    private static KnownEvents LoadDefault()
    {
        using var stream = typeof(KnownEvents).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The kit's known-events gazetteer ({ResourceName}) is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}

using System.Globalization;
using System.Text.Json;

namespace Analysis.Vocabulary;

using Analysis.Corpus;

/// <summary>
/// Reads one lexicon file (JSON; comments and trailing commas allowed):
/// <code>
/// {
///   "words":     { "troop_nouns": ["troops", "soldiers"], "all_nouns": ["{troop_nouns}", "personnel"] },
///   "patterns":  { "troop_noun": "\\b{troop_nouns}\\b" },
///   "settings":  { "toll_troop_word_reach": 40 },
///   "countries": [ { "name": "Finland", "demonyms": ["Finnish"], "aliases": ["Helsinki"] } ],
///   "sources":   [ { "name": "Yle", "kind": "outlet", "country": "Finland", "aliases": ["Yleisradio"] } ] (a person may add "role": "lawmaker"),
///   "events":    [ { "name": "Vilnius summit", "start": "2023-07-11", "end": "2023-07-12", "aliases": ["NATO summit in Vilnius"] } ],
///   "actors":    [ { "name": "Kim Jong Un", "aliases": ["Kim Jong-un"] } ]
/// }
/// </code>
/// Every section is optional; "about" is free text. A word list includes another by an item "{name}". Anything else is a <see cref="LexiconException"/> naming the
/// file and the line.
/// </summary>
internal static class LexiconReader
{
    private static readonly string[] Sections = ["about", "words", "patterns", "settings", "countries", "sources", "events", "actors"];

    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static Lexicon Read(byte[] utf8, string file)
    {
        var lines = new LineIndex(utf8);
        if (utf8.All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            throw new LexiconException(new(file, 1), "the lexicon is empty: write a JSON object, e.g. { \"words\": { … } }");
        Node root;
        try
        {
            var reader = new Utf8JsonReader(utf8, Options);
            reader.Read();
            root = ReadNode(ref reader, lines);
        }
        catch (JsonException e)
        {
            throw new LexiconException(new(file, e.LineNumber is { } n ? (int)n + 1 : 1), $"not valid JSON ({e.Message.Split(". ")[0].TrimEnd('.')})");
        }
        var at = (Node n) => new LexiconOrigin(file, n.Line);
        if (root.Fields is not { } sections) throw new LexiconException(at(root), "a lexicon is a JSON object of sections (words, patterns, settings, countries, sources, events, actors)");

        var words = new List<WordList>();
        var patterns = new List<PatternEntry>();
        var settings = new List<(string Name, int Value)>();
        var countries = new List<CountryEntry>();
        var sources = new List<SourceEntry>();
        var events = new List<EventEntry>();
        var actors = new List<ActorEntry>();
        foreach (var (section, node) in sections)
        {
            switch (section)
            {
                case "about": break;
                case "words":
                    foreach (var (name, list) in Object(node, at, "words"))
                        words.Add(new WordList(Name(name, list, at), Strings(list, at, $"word list '{name}'"), at(list)));
                    break;
                case "patterns":
                    foreach (var (name, text) in Object(node, at, "patterns"))
                        patterns.Add(new PatternEntry(Name(name, text, at), text.Text ?? throw new LexiconException(at(text), $"pattern '{name}' must be a string (a regular expression)"), at(text)));
                    break;
                case "settings":
                    foreach (var (name, value) in Object(node, at, "settings"))
                        settings.Add((Name(name, value, at), value.Number ?? throw new LexiconException(at(value), $"setting '{name}' must be a whole number")));
                    break;
                case "countries":
                    foreach (var e in Entries(node, at, section))
                        countries.Add(new CountryEntry(Required(e, "name", at), List(e, "demonyms", at), List(e, "aliases", at), at(e)));
                    break;
                case "sources":
                    foreach (var e in Entries(node, at, section))
                        sources.Add(new SourceEntry(Required(e, "name", at), Required(e, "kind", at), Optional(e, "country", at), List(e, "aliases", at), at(e), Optional(e, "role", at)));
                    break;
                case "events":
                    foreach (var e in Entries(node, at, section))
                    {
                        var name = Required(e, "name", at);
                        var start = Date(e, "start", at);
                        var end = Field(e, "end") is null ? start : Date(e, "end", at);
                        if (end < start) throw new LexiconException(at(e), $"event '{name}' ends ({end:yyyy-MM-dd}) before it starts ({start:yyyy-MM-dd})");
                        events.Add(new EventEntry(name, start, end, Optional(e, "place", at), List(e, "aliases", at), at(e)));
                    }
                    break;
                case "actors":
                    foreach (var e in Entries(node, at, section))
                        actors.Add(new ActorEntry(Required(e, "name", at), List(e, "aliases", at), at(e)));
                    break;
                default:
                    throw new LexiconException(at(node), $"unknown section '{section}' (known: {string.Join(", ", Sections)})");
            }
        }
        return new Lexicon(words, patterns, countries, sources, events, actors, [file]) { Settings = settings.ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal) };
    }

    private static string Name(string name, Node node, Func<Node, LexiconOrigin> at) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? name
            : throw new LexiconException(at(node), $"'{name}' is not a name: use letters, digits and _, starting with a letter (it is written {{{name}}} in patterns)");

    // A name given twice in one file would be merged without a word: the second is most likely a copy left behind.
    private static IEnumerable<(string Name, Node Value)> Object(Node node, Func<Node, LexiconOrigin> at, string section)
    {
        var fields = node.Fields ?? throw new LexiconException(at(node), $"'{section}' must be an object of named entries");
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, value) in fields)
            if (!lines.TryAdd(name, value.Line))
                throw new LexiconException(at(value), $"'{name}' is in '{section}' twice (lines {lines[name]} and {value.Line})");
        return fields;
    }

    private static IEnumerable<Node> Entries(Node node, Func<Node, LexiconOrigin> at, string section) =>
        (node.Items ?? throw new LexiconException(at(node), $"'{section}' must be an array of objects"))
        .Select(e => e.Fields is not null ? e : throw new LexiconException(at(e), $"each entry of '{section}' must be an object"));

    private static IReadOnlyList<string> Strings(Node node, Func<Node, LexiconOrigin> at, string what) =>
        (node.Items ?? throw new LexiconException(at(node), $"{what} must be an array of strings"))
        .Select(i => i.Text is { Length: > 0 } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : throw new LexiconException(at(i), $"{what} must hold non-blank strings"))
        .ToArray();

    private static Node? Field(Node entry, string key) =>
        entry.Fields!.FirstOrDefault(f => f.Name == key).Value;

    private static string Required(Node entry, string key, Func<Node, LexiconOrigin> at) =>
        Optional(entry, key, at) ?? throw new LexiconException(at(entry), $"an entry needs \"{key}\"");

    private static string? Optional(Node entry, string key, Func<Node, LexiconOrigin> at) =>
        Field(entry, key) switch
        {
            null => null,
            { IsNull: true } => null,
            { Text: { } s } when !string.IsNullOrWhiteSpace(s) => s.Trim(),
            var other => throw new LexiconException(at(other), $"\"{key}\" must be a non-blank string"),
        };

    private static IReadOnlyList<string> List(Node entry, string key, Func<Node, LexiconOrigin> at) =>
        Field(entry, key) is { } list ? Strings(list, at, $"\"{key}\"") : [];

    private static DateOnly Date(Node entry, string key, Func<Node, LexiconOrigin> at) =>
        DateOnly.TryParseExact(Required(entry, key, at), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new LexiconException(at(Field(entry, key)!), $"\"{key}\" must be a date, yyyy-MM-dd");

    // A JSON value with the line it starts on: just enough of a tree to name lines in problems.
    private sealed record Node(int Line, string? Text = null, List<(string Name, Node Value)>? Fields = null, List<Node>? Items = null, bool IsNull = false,
        int? Number = null);

    private static Node ReadNode(ref Utf8JsonReader reader, LineIndex lines)
    {
        var line = lines.Of(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var fields = new List<(string, Node)>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var name = reader.GetString()!;
                    reader.Read();
                    fields.Add((name, ReadNode(ref reader, lines)));
                }
                return new Node(line, Fields: fields);
            case JsonTokenType.StartArray:
                var items = new List<Node>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    items.Add(ReadNode(ref reader, lines));
                return new Node(line, Items: items);
            case JsonTokenType.String:
                return new Node(line, Text: reader.GetString());
            case JsonTokenType.Null:
                return new Node(line, IsNull: true);
            case JsonTokenType.Number:
                return new Node(line, Number: reader.TryGetInt32(out var number) ? number : null);
            default:
                return new Node(line);
        }
    }
}

using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace Analysis.Vocabulary;

using Analysis.Corpus;

/// <summary>
/// The words a story is told in, as data: named word lists (troop nouns, reporting verbs, hedges…), named patterns
/// that compose them by reference, countries with their demonyms and capitals, the sources reporting cites, known
/// dated events and the people who act in them. The kit's defaults are the embedded files
/// <c>src/Analysis/Data/lexicon/*.json</c>; a corpus brings additions in <c>lexicon.json</c> beside its articles
/// (or <c>--lexicon FILE</c>), merged over them with <see cref="Merge"/>. Immutable: merging returns a new lexicon.
/// </summary>
public sealed partial class Lexicon
{
    /// <summary>The name of a corpus's own lexicon, beside its articles.</summary>
    public const string FileName = CorpusFiles.LexiconFileName;

    private const string ResourcePrefix = "Analysis.Data.lexicon.";
    private static readonly Lazy<Lexicon> DefaultInstance = new(LoadDefault);

    private readonly Dictionary<string, WordList> words;
    private readonly Dictionary<string, PatternEntry> patterns;
    private readonly ConcurrentDictionary<string, string> expanded = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> included = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string, RegexOptions), Regex> compiled = new();
    private bool toIL;

    internal Lexicon(IEnumerable<WordList> words, IEnumerable<PatternEntry> patterns, IReadOnlyList<CountryEntry> countries,
        IReadOnlyList<SourceEntry> sources, IReadOnlyList<EventEntry> events, IReadOnlyList<ActorEntry> actors, IReadOnlyList<string> files)
    {
        this.words = new(StringComparer.Ordinal);
        foreach (var list in words)
            this.words[list.Name] = this.words.TryGetValue(list.Name, out var earlier) ? Union(earlier, list) : list;
        this.patterns = new(StringComparer.Ordinal);
        foreach (var pattern in patterns) this.patterns[pattern.Name] = pattern;
        Countries = countries;
        Sources = sources;
        Events = events;
        Actors = actors;
        Files = files;
    }

    /// <summary>The kit's vocabulary: every embedded <c>Data/lexicon/*.json</c>, merged in file-name order.</summary>
    public static Lexicon Default => DefaultInstance.Value;

    public static Lexicon Empty { get; } = new([], [], [], [], [], [], []);

    /// <summary>The files this lexicon was read from, in merge order (embedded ones as <c>Data/lexicon/NAME.json</c>).</summary>
    public IReadOnlyList<string> Files { get; }

    public IReadOnlyCollection<string> WordListNames => words.Keys;
    public IReadOnlyCollection<string> PatternNames => patterns.Keys;

    /// <summary>The named numbers of the rules (how far a cue may stand from a figure, in characters or words), each with why
    /// that value beside it in the data: <c>"settings": { "toll_troop_word_reach": 40 }</c>.</summary>
    internal IReadOnlyDictionary<string, int> Settings { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);
    public IReadOnlyList<CountryEntry> Countries { get; }
    public IReadOnlyList<SourceEntry> Sources { get; }
    public IReadOnlyList<EventEntry> Events { get; }
    public IReadOnlyList<ActorEntry> Actors { get; }

    /// <summary>Reads one lexicon file; a <see cref="LexiconException"/> names the file and line of what is wrong.</summary>
    public static Lexicon Load(string path) => Read(path).Checked();

    /// <summary>Reads a lexicon from JSON text; <paramref name="file"/> names it in problems.</summary>
    public static Lexicon Parse(string json, string file = FileName) => LexiconReader.Read(Encoding.UTF8.GetBytes(json), file).Checked();

    /// <summary>
    /// The vocabulary a corpus is read with: the defaults, then the corpus folder's own <c>lexicon.json</c> when it
    /// has one, then <paramref name="extra"/> (a <c>--lexicon</c> file), each merged over the ones before it. A
    /// malformed corpus lexicon is a problem added to <paramref name="problems"/> (the defaults are used without it,
    /// as a malformed manifest is); a malformed <paramref name="extra"/>, which the user named, is an exception.
    /// </summary>
    public static Lexicon ForCorpus(string? folder, string? extra = null, ICollection<LoadProblem>? problems = null)
    {
        var lexicon = Default;
        if (folder is not null && Directory.Exists(folder) && Path.Combine(folder, FileName) is var own && File.Exists(own))
        {
            try
            {
                // Checked merged: a corpus pattern may name the kit's word lists.
                lexicon = lexicon.Merge(Read(own)).Checked();
            }
            catch (LexiconException e) when (problems is not null)
            {
                problems.Add(new LoadProblem(own, e.Origin.Line, $"{e.Problem}; the kit's own vocabulary is used without this file", ProblemAction.LoadedWithFallback));
            }
        }
        return extra is null ? lexicon : lexicon.Merge(Read(extra)).Checked();
    }

    private static Lexicon Read(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LexiconException(new(path, 1), $"cannot be read ({e.Message})");
        }
        return LexiconReader.Read(bytes, path);
    }

    /// <summary>
    /// This lexicon with <paramref name="additions"/> over it: word lists gain the added phrases; a pattern, event,
    /// source, actor or setting of the same name is replaced; a country of the same name gains the added demonyms and aliases.
    /// </summary>
    public Lexicon Merge(Lexicon additions) => new(
        words.Values.Concat(additions.words.Values),
        patterns.Values.Concat(additions.patterns.Values),
        Countries.Where(c => additions.Countries.All(a => a.Name != c.Name))
            .Concat(additions.Countries.Select(a => Countries.FirstOrDefault(c => c.Name == a.Name) is { } c
                ? a with { Demonyms = c.Demonyms.Concat(a.Demonyms).Distinct().ToArray(), Aliases = c.Aliases.Concat(a.Aliases).Distinct().ToArray() }
                : a)).ToArray(),
        Replace(Sources, additions.Sources, s => s.Name),
        Replace(Events, additions.Events, e => e.Name),
        Replace(Actors, additions.Actors, a => a.Name),
        Files.Concat(additions.Files).ToArray())
    {
        Settings = MergedSettings(Settings, additions.Settings),
    };

    // A loop, not Concat/GroupBy/ToDictionary: the same dictionary (keys in first-seen order, the last value of each),
    // without the LINQ grouping over KeyValuePair<string, int> that no precompiled image holds (about 20 methods
    // JIT-compiled at every start, the default lexicon being merged from ten files).
    private static Dictionary<string, int> MergedSettings(IReadOnlyDictionary<string, int> earlier, IReadOnlyDictionary<string, int> added)
    {
        var merged = new Dictionary<string, int>(earlier.Count + added.Count, StringComparer.Ordinal);
        foreach (var (name, value) in earlier) merged[name] = value;
        foreach (var (name, value) in added) merged[name] = value;
        return merged;
    }

    /// <summary>
    /// The phrases of word list <paramref name="name"/>, with the lists it includes by <c>"{other}"</c> in their
    /// place; an error naming the lists there are if there is none.
    /// </summary>
    public IReadOnlyList<string> Words(string name) =>
        words.TryGetValue(name, out var list) ? Include(list, [])
        : throw new KeyNotFoundException($"The lexicon has no word list '{name}' (it has: {string.Join(", ", words.Keys.Order(StringComparer.Ordinal))}).");

    /// <summary>
    /// The "key<paramref name="separator"/>value" entries of word list <paramref name="name"/> ("AA=Anadolu Agency",
    /// "Marine Corps|United States"), split at the first separator; entries without a key before one are skipped.
    /// </summary>
    public IEnumerable<(string Key, string Value)> Pairs(string name, char separator)
    {
        foreach (var pair in Words(name))
            if (pair.IndexOf(separator) is var at and > 0) yield return (pair[..at], pair[(at + 1)..]);
    }

    /// <summary>The words of list <paramref name="name"/> as a set a span can be looked up in without a string (one token against a list).</summary>
    public WordSet WordLookup(string name, StringComparer comparer) => new(Words(name), comparer);

    /// <summary>Setting <paramref name="name"/>; an error naming the settings there are if there is none.</summary>
    public int Setting(string name) =>
        Settings.TryGetValue(name, out var value) ? value
        : throw new KeyNotFoundException($"The lexicon has no setting '{name}' (it has: {string.Join(", ", Settings.Keys.Order(StringComparer.Ordinal))}).");

    /// <summary>Pattern <paramref name="name"/> with every <c>{name}</c> in it replaced by what it refers to.</summary>
    public string Pattern(string name) =>
        patterns.TryGetValue(name, out var pattern) ? Expand(pattern, [])
        : throw new KeyNotFoundException($"The lexicon has no pattern '{name}' (it has: {string.Join(", ", patterns.Keys.Order(StringComparer.Ordinal))}).");

    /// <summary>Pattern <paramref name="name"/> compiled, once per lexicon and options.</summary>
    public Regex Regex(string name, RegexOptions options = RegexOptions.IgnoreCase) =>
        compiled.GetOrAdd((name, options), key => new Regex(Pattern(key.Item1), key.Item2 | RegexOptions.CultureInvariant | (toIL ? RegexOptions.Compiled : 0)));

    /// <summary>
    /// This lexicon with its patterns compiled to IL: about 1 CPU second more at start, about 0.1 CPU second less per MB
    /// of articles (measured on the generated corpus), so worth it for corpora past some 16 MB (<c>analysis extract</c>
    /// decides from the listed size). Interpreted, the default, one article is read in a fraction of a second.
    /// </summary>
    public Lexicon CompiledToIL() =>
        new(words.Values, patterns.Values, Countries, Sources, Events, Actors, Files) { toIL = true, Settings = Settings };

    /// <summary>Word list <paramref name="name"/> as a regular expression: its phrases as alternatives, longest first.</summary>
    public string Alternation(string name) => Alternation(Words(name));

    /// <summary>Phrases as a regular expression that matches any of them, longest first, with any run of spaces
    /// between words and either apostrophe.</summary>
    public static string Alternation(IEnumerable<string> phrases) =>
        "(?:" + string.Join("|", phrases.Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)
            .Select(Literal)) + ")";

    // One Replace for the apostrophes, not a string per character: the kit's patterns expand some thousands of phrases
    // when the lexicon is read, at every start.
    private static string Literal(string phrase) =>
        System.Text.RegularExpressions.Regex.Escape(phrase.Replace('’', '\''))
            .Replace("\\ ", "\\s+").Replace("'", "['’]");

    // Every pattern expands and compiles: a lexicon with a broken reference or regex is refused when it is read,
    // with the line of the pattern, not when a document first needs it. The regex built to check a pattern is kept as
    // the one asked for with no options (the same construction), so a component asking for it does not build it again.
    private Lexicon Checked()
    {
        foreach (var list in words.Values) Include(list, []);
        foreach (var pattern in patterns.Values)
        {
            var text = Expand(pattern, []);
            Regex regex;
            try { regex = new Regex(text, RegexOptions.CultureInvariant); }
            catch (ArgumentException e) { throw new LexiconException(pattern.Origin, $"pattern '{pattern.Name}' is not a valid regular expression ({e.Message})"); }
            if (!toIL) compiled.TryAdd((pattern.Name, RegexOptions.None), regex);
        }
        return this;
    }

    // The kit's own files: every reference is resolved as in Checked, but the patterns are not built to be checked, since
    // the components build those they use when the extractor is made (with their options) and a one-article run would
    // otherwise build each pattern twice, some of them (parts only referenced by others) for nothing: about 40 regex
    // constructions at every start. That the embedded patterns are valid regular expressions is a test
    // (LexiconTests.The_kits_own_patterns_are_valid_regular_expressions), so a broken one fails the build's tests, not a run.
    private Lexicon ReferencesChecked()
    {
        foreach (var list in words.Values) Include(list, []);
        foreach (var pattern in patterns.Values) Expand(pattern, []);
        return this;
    }

    /// <summary>Builds every pattern as <see cref="Checked"/> does, for the test of the embedded lexicon (which is read without it).</summary>
    internal IEnumerable<(PatternEntry Pattern, string Problem)> InvalidPatterns()
    {
        foreach (var pattern in patterns.Values)
        {
            string? problem = null;
            try { _ = new Regex(Expand(pattern, []), RegexOptions.CultureInvariant); }
            catch (ArgumentException e) { problem = e.Message; }
            if (problem is not null) yield return (pattern, problem);
        }
    }

    private string Expand(PatternEntry pattern, List<string> path)
    {
        if (expanded.TryGetValue(pattern.Name, out var done)) return done;
        if (path.Contains(pattern.Name))
            throw new LexiconException(pattern.Origin, $"pattern '{pattern.Name}' refers to itself ({string.Join(" → ", path.Append(pattern.Name))})");
        path.Add(pattern.Name);
        // Match by match (what Regex.Replace with an evaluator does), without Replace's generic callback machinery,
        // which is JIT-compiled at every start.
        var text = new StringBuilder(pattern.Text.Length * 4);
        var copied = 0;
        for (var m = Reference().Match(pattern.Text); m.Success; m = m.NextMatch())
        {
            text.Append(pattern.Text, copied, m.Index - copied);
            copied = m.Index + m.Length;
            var name = m.Groups["name"].Value;
            if (words.TryGetValue(name, out var list)) text.Append(Alternation(Include(list, [])));
            else if (patterns.TryGetValue(name, out var inner)) text.Append("(?:").Append(Expand(inner, path)).Append(')');
            else throw new LexiconException(pattern.Origin, $"pattern '{pattern.Name}' refers to {{{name}}}, which is neither a word list nor a pattern");
        }
        text.Append(pattern.Text, copied, pattern.Text.Length - copied);
        path.RemoveAt(path.Count - 1);
        return expanded[pattern.Name] = text.ToString();
    }

    // A list names another by an item "{other}", so a verb a corpus adds to "reporting_verbs" reaches every list
    // built on it, and the data says which lists are subsets of which instead of repeating their words.
    private IReadOnlyList<string> Include(WordList list, List<string> path)
    {
        if (included.TryGetValue(list.Name, out var done)) return done;
        if (!list.Phrases.Any(p => IncludedName(p) is not null)) return list.Phrases;
        if (path.Contains(list.Name))
            throw new LexiconException(list.Origin, $"word list '{list.Name}' includes itself ({string.Join(" → ", path.Append(list.Name))})");
        path.Add(list.Name);
        var phrases = new List<string>();
        foreach (var item in list.Phrases)
        {
            if (IncludedName(item) is not { } name) phrases.Add(item);
            else if (words.TryGetValue(name, out var inner)) phrases.AddRange(Include(inner, path));
            else throw new LexiconException(list.Origin, $"word list '{list.Name}' includes {{{name}}}, which is not a word list");
        }
        path.RemoveAt(path.Count - 1);
        return included[list.Name] = phrases.Distinct(StringComparer.Ordinal).ToArray();
    }

    // "{name}" as a whole item, where a name starts with a letter: the same names a pattern refers to.
    private static string? IncludedName(string item) =>
        item.Length > 2 && item[0] == '{' && item[^1] == '}' && char.IsAsciiLetter(item[1])
        && !item.AsSpan(2, item.Length - 3).ContainsAnyExcept(ListNameChars) ? item[1..^1] : null;

    private static readonly System.Buffers.SearchValues<char> ListNameChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    // {name}, where a name starts with a letter: {0,60} stays a quantifier, \{ a literal brace, and \p{Lu} or \P{L} a
    // Unicode category.
    [GeneratedRegex(@"(?<!\\|\\[pP])\{(?<name>[A-Za-z][A-Za-z0-9_]*)\}")]
    private static partial Regex Reference();

    private static WordList Union(WordList earlier, WordList added) =>
        added with { Phrases = earlier.Phrases.Concat(added.Phrases).Distinct(StringComparer.Ordinal).ToArray() };

    private static T[] Replace<T>(IReadOnlyList<T> earlier, IReadOnlyList<T> added, Func<T, string> name) =>
        earlier.Where(e => added.All(a => name(a) != name(e))).Concat(added).ToArray();

    private static Lexicon LoadDefault()
    {
        var assembly = typeof(Lexicon).Assembly;
        var lexicon = Empty;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            lexicon = lexicon.Merge(LexiconReader.Read(memory.ToArray(), "Data/lexicon/" + resource[ResourcePrefix.Length..]));
        }
        return lexicon.ReferencesChecked();
    }

    public override string ToString() =>
        $"Lexicon: {words.Count} word lists, {patterns.Count} patterns, {Countries.Count} countries, {Sources.Count} sources, {Events.Count} events, {Actors.Count} actors ({string.Join(", ", Files)})";
}

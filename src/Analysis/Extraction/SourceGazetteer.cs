using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// The sources the kit knows by name, with their aliases, kinds and countries: the "sources" section of a
/// <see cref="Lexicon"/> (the kit's is <c>Data/lexicon/sources.json</c>; a corpus adds its own in
/// <c>lexicon.json</c>). A notebook extends it in one call,
/// <c>SourceGazetteer.Default.Add("Kyiv Post", SourceKind.Outlet, "Ukraine")</c>, which returns a new
/// gazetteer (the default never changes under other users).
/// Matching: an alias matches as a whole word sequence, exactly, except that its first letter may
/// have either case ("the Pentagon", "Intercepted audio"); a leading "The" is optional. An acronym of four letters or more
/// matches in title case too, as British and agency copy writes one it says as a word ("Nato", "Unifil", "Monusco"), save
/// those whose title case is a word or a name of its own (word_like_acronyms: "Shape", "Rand").
/// </summary>
public sealed class SourceGazetteer
{
    private static readonly ConditionalWeakTable<Lexicon, SourceGazetteer> ByLexicon = new();

    private readonly Dictionary<string, GazetteerEntry> bySurface;
    private readonly Dictionary<string, GazetteerEntry> bySpelling;
    private readonly Dictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> bySpellingSpan;
    private readonly Lazy<PhraseMatcher> matcher;

    // The acronyms not matched in title case (word_like_acronyms).
    private readonly IReadOnlySet<string> wordLikeAcronyms;

    public SourceGazetteer(IEnumerable<GazetteerEntry> entries, IEnumerable<string>? wordLikeAcronyms = null)
    {
        this.wordLikeAcronyms = (wordLikeAcronyms ?? []).ToHashSet(StringComparer.Ordinal);
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
        bySpelling = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var entry in list)
            foreach (var surface in entry.Surfaces)
                bySpelling.TryAdd(Transliterated(surface), entry);
        bySpellingSpan = bySpelling.GetAlternateLookup<ReadOnlySpan<char>>();
        // Case-sensitive, with both cases of each surface's first letter: "the Pentagon", "Intercepted audio", not "nis". Every
        // spelling of a surface is matched, not only the key's ("British defence intelligence" beside "British Defence Intelligence").
        var surfaces = list.SelectMany(e => e.Surfaces).Select(Normalize).Distinct(StringComparer.Ordinal).ToArray();
        matcher = new Lazy<PhraseMatcher>(() => new PhraseMatcher(surfaces.SelectMany(s => FirstLetterCases(s).Concat(TitleCase(s)).Select(v => new LabelledPhrase(s, v))), ignoreCase: false));
    }

    /// <summary>The gazetteer of the kit's own vocabulary (<see cref="Lexicon.Default"/>).</summary>
    public static SourceGazetteer Default => For(Lexicon.Default);

    /// <summary>The gazetteer of <paramref name="lexicon"/>'s sources, built once per lexicon.</summary>
    public static SourceGazetteer For(Lexicon lexicon) => ByLexicon.GetValue(lexicon, l => new SourceGazetteer(l.Sources.Select(Entry),
        l.WordListNames.Contains("word_like_acronyms") ? l.Words("word_like_acronyms") : null));

    private static GazetteerEntry Entry(SourceEntry source) =>
        new(source.Name,
            EnumNames.TryParse<SourceKind>(source.Kind, out var kind) ? kind
                : throw new LexiconException(source.Origin, $"source '{source.Name}' has kind '{source.Kind}', which is not one of {string.Join(", ", Enum.GetValues<SourceKind>().Select(k => EnumNames.ToSnake(k)))}"),
            source.Country, source.Aliases, source.Role);

    private static IEnumerable<string> FirstLetterCases(string surface) =>
        char.IsLetter(surface[0])
            ? new[] { char.ToUpperInvariant(surface[0]) + surface[1..], char.ToLowerInvariant(surface[0]) + surface[1..] }.Distinct(StringComparer.Ordinal)
            : [surface];

    // "UNIFIL" -> "Unifil": an acronym of four capitals or more, said as a word, that is no word_like_acronyms entry.
    private IEnumerable<string> TitleCase(string surface) =>
        surface.Length >= 4 && surface.All(char.IsAsciiLetterUpper) && !wordLikeAcronyms.Contains(surface) ? [surface[0] + surface[1..].ToLowerInvariant()] : [];

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>A gazetteer with these entries added (replacing entries of the same name).</summary>
    public SourceGazetteer With(params GazetteerEntry[] entries) => new(Entries.Concat(entries), wordLikeAcronyms);

    /// <summary>A gazetteer with one more source: <c>Add("Kyiv Post", SourceKind.Outlet, "Ukraine", "the Post")</c>.</summary>
    public SourceGazetteer Add(string name, SourceKind kind, string? country, params string[] aliases) =>
        With(new GazetteerEntry(name, kind, country, aliases));

    /// <summary>The entry a name or alias stands for ("NIS", "the Pentagon", "Putin"), ignoring case.</summary>
    public bool TryResolve(string surface, [NotNullWhen(true)] out GazetteerEntry? entry) =>
        bySurface.TryGetValue(Normalize(surface), out entry);

    /// <summary>
    /// The entry a name stands for, spelled as any of its surfaces is or with other hyphens, spaces and apostrophes
    /// ("Kim Jong-Un", "Kim Jongun", "Choe Son-hui" are "Kim Jong Un", "Choe Son Hui"), ignoring case.
    /// </summary>
    public bool TryResolveSpelling(string name, [NotNullWhen(true)] out GazetteerEntry? entry)
    {
        if (TryResolve(name, out entry)) return true;
        // Most names are short: their spelling is written on the stack and looked up without a string.
        var normal = Normalize(name);
        Span<char> buffer = normal.Length <= 128 ? stackalloc char[normal.Length] : new char[normal.Length];
        return bySpellingSpan.TryGetValue(buffer[..Spelling(normal, buffer, transliterated: true)], out entry);
    }

    /// <summary>A name's letters and digits, lower case, a letter with a diacritic as its base letter: what two spellings of
    /// one person's name within a document have in common ("Kim Jong-un", "Kim Jong Un"; "Micheál", "Micheal"). Not "y"
    /// and "i" nor doubled letters: "Philip Davis" and "Phillip Davis", "Lynn Tran" and "Linn Tran" may be two people.</summary>
    internal static string Spelling(string name)
    {
        var normal = Normalize(name);
        var buffer = new char[normal.Length];
        return new string(buffer, 0, Spelling(normal, buffer, transliterated: false));
    }

    private static string Transliterated(string name)
    {
        var normal = Normalize(name);
        var buffer = new char[normal.Length];
        return new string(buffer, 0, Spelling(normal, buffer, transliterated: true));
    }

    // The letters and digits of a normalized name, lower case, written to `into`; how many there are. A letter with a
    // diacritic is its base letter; when `transliterated` (a name matched against the gazetteer, whose person is one:
    // "Zelenski", "Zelenskyy", "Volodimir"), "y" is also "i" and a letter written twice is written once, and the letters
    // German, French, Spanish and Polish copy write for one sound of a Slavic name are one: "w" is "v" ("Wladimir"),
    // "j" is "i" ("Sergej"), "sch" is "sh" ("Schoigu"), "ou" is "u" ("Boudanov"), "gu" before "e" or "i" is "g" ("Serguéi").
    private static int Spelling(string normal, Span<char> into, bool transliterated)
    {
        var n = 0;
        foreach (var c in normal)
        {
            if (!char.IsLetterOrDigit(c)) continue;
            var folded = char.ToLowerInvariant(c < 128 ? c : BaseLetter(c));
            if (transliterated)
            {
                folded = folded switch { 'y' or 'j' => 'i', 'w' => 'v', 'ł' => 'l', _ => folded };
                // The letter before decides: "sc"+"h" is "sh", "o"+"u" is "u", "gu"+"e"/"i" is "g"+"e"/"i".
                if (n > 1 && folded == 'h' && into[n - 1] == 'c' && into[n - 2] == 's') n--;
                else if (n > 0 && folded == 'u' && into[n - 1] == 'o') n--;
                else if (n > 1 && folded is 'e' or 'i' && into[n - 1] == 'u' && into[n - 2] == 'g') n--;
                if (n > 0 && into[n - 1] == folded && char.IsLetter(folded)) continue;
            }
            into[n++] = folded;
        }
        return n;
    }

    // "í": "i"; a letter with no decomposition stays itself.
    private static char BaseLetter(char c)
    {
        var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
        return decomposed.Length > 0 && char.IsLetter(decomposed[0]) ? decomposed[0] : c;
    }

    public GazetteerEntry? Resolve(string surface) => TryResolve(surface, out var entry) ? entry : null;

    /// <summary>Every non-overlapping mention of a known source in text[start..end), longest first.</summary>
    public IEnumerable<(TextSpan Span, GazetteerEntry Entry)> Find(string text, int start, int end)
    {
        // No substring search for the names' first words before the matcher: its own walk over the sentence's tokens
        // (shared with the other matchers, each token tested by one bit of its filter) is the cheaper test.
        var last = -1;
        foreach (var hit in matcher.Value.Find(text, start, end))
        {
            // One surface may be found under several labels (spellings that normalize alike): the first is enough.
            if (hit.Span.Start < last || !Bounded(text, start, end, hit.Span)) continue;
            if (bySurface.TryGetValue(hit.Label, out var entry))
            {
                last = hit.Span.End;
                yield return (hit.Span, entry);
            }
        }
    }

    // A surface is a whole name: not glued to a word, an apostrophe or a hyphen before it, nor to a word or a hyphen
    // after it; a possessive after it is fine ("the NIS's estimate", "Yonhap'"), "Rodong's" too, but not "NIS'ed".
    private static bool Bounded(string text, int start, int end, TextSpan span)
    {
        if (span.Start > start && (IsWord(text[span.Start - 1]) || text[span.Start - 1] is '\'' or '’' or '-')) return false;
        if (span.End >= end) return true;
        var next = text[span.End];
        if (IsWord(next) || next == '-') return false;
        // A name that ends in a digit ("France 2", "Europe 1") ends where its number does, not inside a longer one
        // ("France 2,500", "Europe 1.5 million"): in a list of countries' shares the country is no channel.
        if (char.IsAsciiDigit(text[span.End - 1]) && next is ',' or '.' && span.End + 1 < end && char.IsAsciiDigit(text[span.End + 1])) return false;
        return !(next is '\'' or '’' && span.End + 2 < end && IsWord(text[span.End + 1]) && IsWord(text[span.End + 2]));
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>A gazetteer read from a lexicon file's "sources" section (other sections are ignored).</summary>
    public static SourceGazetteer FromJson(string json) => new(Lexicon.Parse(json, "sources.json").Sources.Select(Entry));

    public static SourceGazetteer Load(string path) => new(Lexicon.Load(path).Sources.Select(Entry));

    public override string ToString() => $"{Entries.Count} sources, {bySurface.Count} names";

    private static string Normalize(string surface)
    {
        // The same spacing and apostrophes as SourceFinder's names (which returns normal text as is, uncopied).
        var s = SourceText.Normalize(surface);
        return s.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? s[4..] : s;
    }
}

using System.Runtime.CompilerServices;

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// The countries of a lexicon (<see cref="Lexicon.Countries"/>) and the words that name them: names, demonyms,
/// capitals and other aliases ("North Korean", "Pyongyang", "DPRK", "Seoul's"). Used to say whose troops a figure
/// counts and which country a group of officials speaks for. <see cref="CountriesComponent"/> writes what it finds
/// in each sentence as the <see cref="Layers.Countries"/> layer, which later components read. Names are matched as whole words, case-sensitive
/// ("US" is the country, "us" a pronoun), with an optional possessive ("Russia's", "Russia’s").
/// </summary>
internal sealed class Countries
{
    private static readonly ConditionalWeakTable<Lexicon, Countries> Cache = new();

    // The label of a region's name among the countries' names: a match that names no country.
    private const string RegionLabel = "";

    private readonly PhraseMatcher matcher;
    private readonly Dictionary<string, CountryEntry> entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> adjectives = new(StringComparer.Ordinal);
    private readonly WordSet adjectiveLookup;
    private readonly Dictionary<string, string> adjectiveOf = new(StringComparer.Ordinal);

    private Countries(Lexicon lexicon)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var country in lexicon.Countries)
        {
            entries[country.Name] = country;
            foreach (var surface in country.Surfaces) byName.TryAdd(surface.Replace('’', '\''), country.Name);
            foreach (var demonym in country.Demonyms) adjectives.Add(demonym.Replace('’', '\''));
            adjectiveOf[country.Name] = country.Demonyms.Count > 0 ? country.Demonyms[0] : country.Name;
        }
        // A region's name is matched too, under no country's label, so that "Central American" is not read as "American".
        var regions = lexicon.Words("region_names").Select(r => new LabelledPhrase(RegionLabel, r));
        matcher = new PhraseMatcher(byName.Select(n => new LabelledPhrase(n.Value, n.Key)).Concat(regions), ignoreCase: false);
        adjectiveLookup = adjectives.ToWordSet();
    }

    /// <summary>The countries of <paramref name="lexicon"/>, built once per lexicon.</summary>
    public static Countries For(Lexicon lexicon) => Cache.GetValue(lexicon, l => new Countries(l));

    /// <summary>The lexicon's country of that name, or null.</summary>
    public CountryEntry? Named(string name) => entries.GetValueOrDefault(name);

    /// <summary>Every country named in text[start..end), in order, with the span of its name and its possessive ("Russia's").</summary>
    public IReadOnlyList<CountryMention> Find(string text, int start, int end)
    {
        List<CountryMention>? found = null;
        // One walk of the sentence's tokens (read once per thread and shared with the later matchers): a name starts
        // only at a token, and a token that opens no name costs one filter bit.
        var matches = matcher.Find(text, start, end);
        for (var i = 0; i < matches.Count; i++) Add(matches[i]);
        return found ?? (IReadOnlyList<CountryMention>)[];

        void Add(PhraseMatch match)
        {
            if (match.Label.Length == 0) return;
            var (from, to) = (match.Span.Start, match.Span.End);
            // A name inside a dotted abbreviation or a snake_case word is not one ("x.US", "_US").
            if (from > start && text[from - 1] is '.' or '_') return;
            if (to < end && text[to] == '_') return;
            var spanEnd = to;
            if (to < end && text[to] is '\'' or '’')
            {
                var s = to + 1 < end && text[to + 1] == 's' ? 2 : 1;
                // "Russia's", "Russia'": the possessive is kept only when no word goes on after it ("Russia'st").
                if (to + s >= end || !IsWord(text[to + s])) spanEnd = to + s;
            }
            var name = text.AsSpan(from, to - from);
            var demonym = name.Contains('’') ? adjectives.Contains(name.ToString().Replace('’', '\'')) : adjectiveLookup.Contains(name);
            (found ??= []).Add(new CountryMention(match.Span, new TextSpan(from, spanEnd), entries[match.Label], demonym));
        }
    }

    /// <summary>The adjective a group of officials is named with: "South Korean", "U.S.".</summary>
    public string Adjective(string country) => adjectiveOf.TryGetValue(country, out var adjective) ? adjective : country;

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';
}

using System.Runtime.CompilerServices;

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// The countries of a lexicon (<see cref="Lexicon.Countries"/>) and the words that name them: names, demonyms,
/// capitals and other aliases ("North Korean", "Pyongyang", "DPRK", "Seoul's"). Used to say whose troops a figure
/// counts and which country a group of officials speaks for. Names are matched as whole words, case-sensitive
/// ("US" is the country, "us" a pronoun), with an optional possessive ("Russia's", "Russia’s").
/// </summary>
internal sealed class Countries
{
    private static readonly ConditionalWeakTable<Lexicon, Countries> Cache = new();

    private readonly PhraseMatcher matcher;
    private readonly Dictionary<string, string> byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> adjectives = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> adjectiveOf = new(StringComparer.Ordinal);

    private Countries(Lexicon lexicon)
    {
        foreach (var country in lexicon.Countries)
        {
            foreach (var surface in country.Surfaces) byName.TryAdd(surface.Replace('’', '\''), country.Name);
            foreach (var demonym in country.Demonyms) adjectives.Add(demonym.Replace('’', '\''));
            adjectiveOf[country.Name] = country.Demonyms.Count > 0 ? country.Demonyms[0] : country.Name;
        }
        matcher = new PhraseMatcher(byName.Select(n => (n.Value, n.Key)), ignoreCase: false);
    }

    /// <summary>The countries of <paramref name="lexicon"/>, built once per lexicon.</summary>
    public static Countries For(Lexicon lexicon) => Cache.GetValue(lexicon, l => new Countries(l));

    /// <summary>Whether text[span] names the country as an adjective ("North Korean troops"), not a place ("to Russia").</summary>
    public bool IsAdjective(string text, TextSpan span) => adjectives.Contains(text[span.Start..span.End].Replace('’', '\''));

    /// <summary>Every country named in text[start..end), in order, with the span of its name and whether it is possessive ("Russia's").</summary>
    public IEnumerable<(TextSpan Span, string Country, bool Possessive)> Find(string text, int start, int end)
    {
        foreach (var match in matcher.Find(text, start, end))
        {
            var (from, to) = (match.Span.Start, match.Span.End);
            // A name inside a dotted abbreviation or a snake_case word is not one ("x.US", "_US").
            if (from > start && text[from - 1] is '.' or '_') continue;
            if (to < end && text[to] == '_') continue;
            var possessive = false;
            if (to < end && text[to] is '\'' or '’')
            {
                var s = to + 1 < end && text[to + 1] == 's' ? 2 : 1;
                // "Russia's", "Russia'": the possessive is kept only when no word goes on after it ("Russia'st").
                if (to + s >= end || !IsWord(text[to + s])) (to, possessive) = (to + s, true);
            }
            yield return (new TextSpan(from, to), match.Label, possessive);
        }
    }

    public bool TryResolve(string name, out string country) =>
        byName.TryGetValue(StripPossessive(name), out country!);

    /// <summary>The adjective a group of officials is named with: "South Korean", "U.S.".</summary>
    public string Adjective(string country) => adjectiveOf.TryGetValue(country, out var adjective) ? adjective : country;

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static string StripPossessive(string name)
    {
        name = name.Replace('’', '\'');
        return name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2] : name.TrimEnd('\'');
    }
}

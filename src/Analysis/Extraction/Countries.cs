using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// The countries of this story and the words that name them: nouns, adjectives, capitals and
/// demonyms ("North Korean", "Pyongyang", "DPRK", "Seoul's"). Used to say whose troops a figure
/// counts and which country a group of officials speaks for.
/// </summary>
internal static partial class Countries
{
    private static readonly (string Country, string Adjective, string[] Names)[] Table =
    [
        ("North Korea", "North Korean", ["North Korea", "North Korean", "North Koreans", "N. Korea", "N. Korean", "Pyongyang", "DPRK", "KPA", "Korean People's Army", "Democratic People's Republic of Korea"]),
        ("South Korea", "South Korean", ["South Korea", "South Korean", "South Koreans", "S. Korea", "S. Korean", "Seoul", "ROK", "Republic of Korea"]),
        ("Russia", "Russian", ["Russia", "Russian", "Russians", "Moscow", "Kremlin", "Russian Federation"]),
        ("Ukraine", "Ukrainian", ["Ukraine", "Ukrainian", "Ukrainians", "Kyiv", "Kiev"]),
        ("United States", "U.S.", ["United States", "U.S.", "US", "USA", "American", "Americans", "Washington"]),
        ("China", "Chinese", ["China", "Chinese", "Beijing"]),
        ("Japan", "Japanese", ["Japan", "Japanese", "Tokyo"]),
        ("United Kingdom", "British", ["United Kingdom", "Britain", "British", "UK", "U.K.", "London"]),
        ("Belarus", "Belarusian", ["Belarus", "Belarusian", "Minsk"]),
        ("Iran", "Iranian", ["Iran", "Iranian", "Tehran"]),
    ];

    private static readonly Dictionary<string, string> ByName = Table
        .SelectMany(t => t.Names.Select(n => (Name: n, t.Country)))
        .ToDictionary(x => x.Name, x => x.Country, StringComparer.Ordinal);

    private static readonly Regex Matcher = new(
        @"(?<![\w.])(?<c>" + string.Join("|", ByName.Keys.OrderByDescending(k => k.Length).Select(k => Regex.Escape(k).Replace("'", "['’]"))) + @")(?<poss>['’]s?)?(?![\w])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    // Names looked up by the span of text they are matched in (no substring for names without ’).
    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> ByNameSpan = ByName.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pattern <see cref="Find"/> reads the text with (for tests: Find gives its matches).</summary>
    internal static Regex Pattern => Matcher;

    private static readonly HashSet<string> Adjectives = new(Table.Select(t => t.Adjective).Concat(["North Korean", "South Korean", "N. Korean", "S. Korean", "American"]), StringComparer.Ordinal);

    /// <summary>Whether text[span] names the country as an adjective ("North Korean troops"), not a place ("to Russia").</summary>
    public static bool IsAdjective(string text, TextSpan span) => Adjectives.Contains(text[span.Start..span.End].Replace('’', '\''));

    /// <summary>Every country named in text[start..end), in order, with the span of its name and whether it is possessive ("Russia's").</summary>
    public static IEnumerable<(TextSpan Span, string Country, bool Possessive)> Find(string text, int start, int end)
    {
        // Only where each match is, not its groups: no Match objects (a country is named in nearly every
        // sentence). The possessive is the ' or ’ and the s after it at the end: no name ends in either.
        for (var from = start; NextMatch(text, start, end, from) is var (index, length) && length > 0; from = index + length)
        {
            var found = text.AsSpan(index, length);
            var possessive = found[^1] is '\'' or '’' ? 1 : found.Length > 1 && found[^1] == 's' && found[^2] is '\'' or '’' ? 2 : 0;
            var name = found[..^possessive];
            // Matching is case-sensitive: "US" is the country, "us" a pronoun.
            if (name.Contains('’') ? ByName.TryGetValue(name.ToString().Replace('’', '\''), out var country) : ByNameSpan.TryGetValue(name, out country))
                yield return (new TextSpan(index, index + length), country, possessive > 0);
        }
    }

    // The first match in text[start..end) from `from` on, as Match(text, start, end - start) and its
    // NextMatch find them (nothing outside the range is seen), or length 0. Matches are never empty.
    private static (int Index, int Length) NextMatch(string text, int start, int end, int from)
    {
        foreach (var m in Matcher.EnumerateMatches(text.AsSpan(start, end - start), from - start))
            return (start + m.Index, m.Length);
        return (0, 0);
    }

    public static bool TryResolve(string name, out string country) =>
        ByName.TryGetValue(StripPossessive(name), out country!);

    /// <summary>The adjective a group of officials is named with: "South Korean", "U.S.".</summary>
    public static string Adjective(string country) => Table.First(t => t.Country == country).Adjective;

    private static string StripPossessive(string name)
    {
        name = name.Replace('’', '\'');
        return name.EndsWith("'s", StringComparison.Ordinal) ? name[..^2] : name.TrimEnd('\'');
    }
}

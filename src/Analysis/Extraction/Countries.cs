using System.Text.RegularExpressions;

namespace Analysis;

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

    // The groups by number, looked up once: by name, every match would look them up again.
    private static readonly int NameGroup = Matcher.GroupNumberFromName("c");
    private static readonly int PossessiveGroup = Matcher.GroupNumberFromName("poss");

    private static readonly HashSet<string> Adjectives = new(Table.Select(t => t.Adjective).Concat(["North Korean", "South Korean", "N. Korean", "S. Korean", "American"]), StringComparer.Ordinal);

    /// <summary>Whether text[span] names the country as an adjective ("North Korean troops"), not a place ("to Russia").</summary>
    public static bool IsAdjective(string text, TextSpan span) => Adjectives.Contains(text[span.Start..span.End].Replace('’', '\''));

    /// <summary>Every country named in text[start..end), in order, with the span of its name and whether it is possessive ("Russia's").</summary>
    public static IEnumerable<(TextSpan Span, string Country, bool Possessive)> Find(string text, int start, int end)
    {
        for (var m = Matcher.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            var name = m.Groups[NameGroup].Value.Replace('’', '\'');
            // Matching is case-sensitive: "US" is the country, "us" a pronoun.
            if (ByName.TryGetValue(name, out var country))
                yield return (new TextSpan(m.Index, m.Index + m.Length), country, m.Groups[PossessiveGroup].Success);
        }
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

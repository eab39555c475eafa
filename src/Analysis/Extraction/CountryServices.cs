namespace Analysis.Extraction;

using Analysis.Corpus;
using static SourceText;

/// <summary>
/// A country's armed service by its proper name: "the U.S. Navy said", "the US Army", "the American Navy", "the Indian
/// Army" (a demonym or a country's name, then a service of armed_services in capitals), named as the country's service
/// ("U.S. Navy", "Indian Army") whatever the copy's spelling of the country. Candidates of priority 2, as groups are.
/// </summary>
internal sealed class CountryServices(Countries countryWords, ArmedServices armedServices)
{
    public void Add(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        foreach (var c in countries)
        {
            if (c.Country is not { } country || c.Possessive) continue;
            var p = SkipWhiteSpace(s, c.Span.End);
            if (p == c.Span.End || p >= s.Length || !char.IsAsciiLetterUpper(s[p])) continue;
            // One or two capitalised words: "Army", "Air Force".
            var e = WordEnd(s, p);
            var name = TwoWords(s, e) is var e2 and > 0 && armedServices.TryGet(s.AsSpan(p, e2 - p), out var two) && two.Length > 0 && char.IsUpper(two[0]) ? (e2, two)
                : armedServices.TryGet(s.AsSpan(p, e - p), out var one) && one.Length > 0 && char.IsUpper(one[0]) && char.IsUpper(s[p]) ? (e, one)
                : default;
            if (name.Item2 is not { } service) continue;
            // "the U.S. Army officials": a group of the service, which GroupFinder reads.
            candidates.Add(new(2, new SourceRef(new TextSpan(start + c.Span.Start, start + name.Item1), $"{countryWords.Adjective(country)} {service}",
                SourceKind.Military, country, CitationRole.Mentioned, "military")));
        }
    }

    // Where a second capitalised word after `at` ends ("Air Force"), or -1.
    private static int TwoWords(string s, int at) =>
        at < s.Length && s[at] == ' ' && at + 1 < s.Length && char.IsAsciiLetterUpper(s[at + 1]) ? WordEnd(s, at + 1) : -1;
}

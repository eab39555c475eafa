namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// A country's armed service by its proper name: "the U.S. Navy said", "the US Army", "the American Navy", "the Indian
/// Army" (a demonym or a country's name, then a service of armed_services in capitals), and by a lower-case service of
/// lower_case_services after the country's adjective or possessive ("the Nigerian navy said", "India's air force"), named as
/// the country's service ("U.S. Navy", "Indian Army", "Nigerian Navy") whatever the copy's spelling of the country.
/// Candidates of priority 2, as groups are.
/// </summary>
internal sealed class CountryServices(Lexicon lexicon, Countries countryWords, ArmedServices armedServices)
{
    private readonly PhraseTable lowerCaseServices =
        new(lexicon.Words("lower_case_services").Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());

    public void Add(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        foreach (var c in countries)
        {
            if (c.Country is not { } country) continue;
            var p = SkipWhiteSpace(s, c.Span.End);
            if (p == c.Span.End || p >= s.Length) continue;
            var name = char.IsAsciiLetterUpper(s[p]) ? (c.Possessive ? default : ProperService(s, p))
                : c.IsAdjectiveOfGroup(s) ? LowerCaseService(s, p) : default;
            if (name.Item2 is not { } service) continue;
            // "the U.S. Army officials": a group of the service, which GroupFinder reads.
            candidates.Add(new(2, new SourceRef(new TextSpan(start + c.Span.Start, start + name.Item1), $"{countryWords.Adjective(country)} {service}",
                SourceKind.Military, country, CitationRole.Mentioned, "military")));
        }
    }

    // One or two capitalised words at `p` that name a service ("Army", "Air Force"): where they end and the service's name.
    private (int End, string? Service) ProperService(string s, int p)
    {
        var e = WordEnd(s, p);
        return TwoWords(s, e) is var e2 and > 0 && armedServices.TryGet(s.AsSpan(p, e2 - p), out var two) && two.Length > 0 && char.IsUpper(two[0]) ? (e2, two)
            : armedServices.TryGet(s.AsSpan(p, e - p), out var one) && one.Length > 0 && char.IsUpper(one[0]) ? (e, one)
            : default;
    }

    // A lower-case service of lower_case_services at `p` ("navy", "air force"): where it ends and the service's name ("Navy").
    private (int End, string? Service) LowerCaseService(string s, int p) =>
        PhraseAt(s, p, lowerCaseServices, wholeWord: true) is var e and > 0 && armedServices.TryGet(s[p..e], out var service) ? (e, service) : default;

    // Where a second capitalised word after `at` ends ("Air Force"), or -1.
    private static int TwoWords(string s, int at) =>
        at < s.Length && s[at] == ' ' && at + 1 < s.Length && char.IsAsciiLetterUpper(s[at + 1]) ? WordEnd(s, at + 1) : -1;
}

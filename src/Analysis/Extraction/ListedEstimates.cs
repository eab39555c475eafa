namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Estimates of several countries named by their adjectives in one list before one noun: "according to South Korean, Ukrainian
/// and Western estimates", "U.S. and Ukrainian estimates put": each adjective's estimates are a source of their own, named as the
/// text names them ("South Korean estimates", "Ukrainian estimates", "Western estimates"), the first the list's voice, the others
/// its partners, as "U.S. and South Korean officials" are two groups. The list names several estimates, not a country's word: one
/// adjective alone ("according to Ukrainian estimates") stays the country's (CountryBodies). The nouns are listed_estimate_heads.
/// </summary>
internal sealed class ListedEstimates(Lexicon lexicon, Countries countryWords)
{
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> heads = lexicon.WordLookup("listed_estimate_heads", StringComparer.Ordinal);

    public void Add(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        var listed = new List<CountryName>();
        foreach (var adjective in countries)
        {
            if (!(adjective.IsDemonym || adjective.IsGroupAdjective) || adjective.Possessive) { listed.Clear(); continue; }
            if (listed.Count > 0 && ListItemAfter(s, listed[^1].Span.End) != adjective.Span.Start) listed.Clear();
            listed.Add(adjective);
            var headStart = SkipWhiteSpace(s, adjective.Span.End);
            if (headStart == adjective.Span.End || listed.Count < 2) continue;
            var headEnd = WordEnd(s, headStart);
            if (headEnd == headStart || !heads.Contains(s.AsSpan(headStart, headEnd - headStart))) continue;
            // The list's last item follows "and": "South Korean, Ukrainian estimates" are two readings.
            if (!JoinedByAnd(s, listed[^2].Span.End, adjective.Span.Start)) { listed.Clear(); continue; }
            var head = s[headStart..headEnd];
            SourceRef Named(CountryName c, int from) => new(new TextSpan(start + from, start + headEnd),
                $"{(c.Country is { } country ? countryWords.Adjective(country) : Normalize(s[c.Span.Start..c.Span.End]))} {head}",
                SourceKind.Other, c.Country, CitationRole.Mentioned, head, IsGroup: true);
            candidates.Add(new(1, Named(listed[0], listed[0].Span.Start))
            {
                Partner = Named(adjective, adjective.Span.Start),
                MorePartners = listed.Count > 2 ? listed.GetRange(1, listed.Count - 2).Select(b => Named(b, b.Span.Start)).ToArray() : null,
            });
            listed.Clear();
        }
    }
}

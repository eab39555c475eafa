namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Estimates of several countries named by their adjectives in one list before one noun: "according to South Korean, Ukrainian
/// and Western estimates", "U.S. and Ukrainian estimates put": each adjective's estimates are a source of their own, the first the
/// list's voice, the others its partners, as "U.S. and South Korean officials" are two groups. An estimate credited to a country is
/// that country's word, listed or alone ("Ukrainian estimates": Ukraine, as CountryBodies names one adjective's), so a listed
/// country is named by the country; a listed word that names no country keeps the text's words ("Western estimates"). The nouns
/// are listed_estimate_heads.
/// </summary>
internal sealed class ListedEstimates(Lexicon lexicon, Countries countryWords)
{
    private readonly WordSet heads = lexicon.WordLookup("listed_estimate_heads", StringComparer.Ordinal);
    // "intelligence estimates from": a body's estimates credited to countries listed after the phrase, each country's own body
    // ("intelligence estimates from Oslo, Rome and Madrid": Norwegian, Italian and Spanish intelligence).
    private readonly (string Phrase, string Body)[] bodyEstimatePhrases =
        lexicon.Pairs("listed_estimate_owners", '|').Select(p => (p.Key, p.Value)).ToArray();

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
            SourceRef Named(CountryName c, int from) => c.Country is { } country
                // (its role noun the list's head, not "government": a list not cited still claims its words, so no other reading of
                // them, "Israeli and Turkish" as an unknown name, takes them)
                ? new(new TextSpan(start + from, start + headEnd), country, SourceKind.Government, country, CitationRole.Mentioned, head)
                : new(new TextSpan(start + from, start + headEnd), $"{Normalize(s[c.Span.Start..c.Span.End])} {head}", SourceKind.Other, null,
                    CitationRole.Mentioned, head, IsGroup: true);
            candidates.Add(new(1, Named(listed[0], listed[0].Span.Start))
            {
                Partner = Named(adjective, adjective.Span.Start),
                MorePartners = listed.Count > 2 ? listed.GetRange(1, listed.Count - 2).Select(b => Named(b, b.Span.Start)).ToArray() : null,
            });
            listed.Clear();
        }
    }

    /// <summary>
    /// A body's estimates credited to several countries listed after "from" ("intelligence estimates from Washington, Kyiv and
    /// Seoul"): each country's body is a source of its own, named by the country's adjective and the body ("U.S. intelligence",
    /// "Ukrainian intelligence", "South Korean intelligence"), the first the figure's voice, not the countries themselves. A list
    /// needs two countries or more, its last after "and"; one country alone is left to the other readings.
    /// </summary>
    public void AddFrom(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        // A list of two countries or more is read from the sentence's countries: with fewer, no phrase is looked for.
        if (countries.Count < 2) return;
        foreach (var (phrase, body) in bodyEstimatePhrases)
            for (var at = s.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0; at = s.IndexOf(phrase, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (at > 0 && IsWord(s[at - 1])) continue;
                var p = SkipWhiteSpace(s, at + phrase.Length);
                if (p == at + phrase.Length) continue;
                if (WordEnd(s, p) is var theEnd && s.AsSpan(p, theEnd - p) is "the") p = SkipWhiteSpace(s, theEnd);
                var listed = new List<CountryName>();
                foreach (var c in countries)
                {
                    if (c.Span.Start < p) continue;
                    if (c.Country is null || c.Possessive || c.IsDemonym) break;
                    var expected = listed.Count == 0 ? p : ListItemAfter(s, listed[^1].Span.End);
                    if (c.Span.Start != expected) break;
                    listed.Add(c);
                }
                if (listed.Count < 2 || !JoinedByAnd(s, listed[^2].Span.End, listed[^1].Span.Start)) continue;
                SourceRef Named(CountryName c, int from) => new(new TextSpan(start + from, start + c.Span.End),
                    $"{countryWords.Adjective(c.Country!)} {body}", SourceKind.Intelligence, c.Country, CitationRole.Mentioned, body);
                candidates.Add(new(1, Named(listed[0], at))
                {
                    Partner = Named(listed[1], listed[1].Span.Start),
                    MorePartners = listed.Count > 2 ? listed.Skip(2).Select(c => Named(c, c.Span.Start)).ToArray() : null,
                });
            }
    }
}

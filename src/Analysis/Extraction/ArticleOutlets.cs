namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// An outlet whose name is "The" and an everyday word ("The Economist noted", "told The Hill", "according to the Times"):
/// an article_outlets word, capitalised, after a capitalised "The" (or after "according to the"), and not before a
/// capitalised word or a lower-case word that is no outlet_name_followers word ("The Times Square crowd", "The Hill
/// country"). Never "an economist said". Unlike the gazetteer's outlets, such a name is a source only where the text
/// cites it ("The Hill reported"), not wherever it is named ("The Hill was quiet"). Candidates of priority 3.
/// So is any title a capital "The" opens in mid-sentence after a citing word ("told The National on Tuesday", "a report by
/// The Sentry"; title_cues_before): one to three capitalised words, not a country ("to The Gambia").
/// </summary>
internal sealed class ArticleOutlets(Lexicon lexicon, OutletNouns outletNouns)
{
    private const int MaxTitleWords = 3;
    private readonly WordSet titleCues = lexicon.WordLookup("title_cues_before", StringComparer.Ordinal);

    public void Add(string s, int start, IReadOnlyList<PhraseMatch> cueHits, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        AddTitles(s, start, countries, candidates);
        for (var h = 0; h < cueHits.Count; h++)
        {
            if (cueHits[h] is not { Label: "article_outlets" } hit || !char.IsUpper(s[hit.Span.Start])) continue;
            if (hit.Span.Start < 4 || s[hit.Span.Start - 1] != ' ') continue;
            var article = WordBefore(s, hit.Span.Start, out var articleStart);
            if (!(article is "The" || article is "the" && AfterAccordingTo(s, articleStart))) continue;
            var to = hit.Span.End;
            if (to + 1 < s.Length && s[to] == ' ' && char.IsUpper(s[to + 1]) || outletNouns.ModifiesNoun(s, to)) continue;
            var name = "The " + s[hit.Span.Start..to];
            candidates.Add(new(3, new SourceRef(new TextSpan(start + articleStart, start + to), name, SourceKind.Outlet, null, CitationRole.Mentioned,
                "outlet", AlwaysCited: false)));
        }
    }

    private void AddTitles(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        for (var the = s.IndexOf("The ", 1, StringComparison.Ordinal); the > 0; the = s.IndexOf("The ", the + 4, StringComparison.Ordinal))
        {
            if (s[the - 1] != ' ' || !TryWordBefore(s, the, 0, out var cue, out _) || !titleCues.Contains(cue)) continue;
            var from = the + 4;
            if (from >= s.Length || !char.IsUpper(s[from]) || SentenceCountries.StartsAt(countries, from) || SentenceCountries.StartsAt(countries, the)) continue;
            var (to, words) = (from, 0);
            while (words < MaxTitleWords && to < s.Length && char.IsUpper(s[to]) && WordEnd(s, to) is var e && e > to)
            {
                (to, words) = (e, words + 1);
                if (to + 1 >= s.Length || s[to] != ' ' || !char.IsUpper(s[to + 1])) break;
                to++;
            }
            // "told The National Guard Bureau chief": a longer name, or a name that modifies a noun, is no title.
            if (to < s.Length && s[to] == ' ' && to + 1 < s.Length && char.IsUpper(s[to + 1]) || s[to - 1] == ' ' || outletNouns.ModifiesNoun(s, to)) continue;
            candidates.Add(new(3, new SourceRef(new TextSpan(start + the, start + to), "The " + Normalize(s[from..to]), SourceKind.Outlet, null, CitationRole.Mentioned,
                "outlet", AlwaysCited: false)));
        }
    }

    // "according to the Times": the lower-case "the" at `at` follows "according to".
    private static bool AfterAccordingTo(string s, int at) =>
        TryWordBefore(s, at, 0, out var to, out var toStart) && to is "to"
        && TryWordBefore(s, toStart, 0, out var according, out _) && according.Equals("according", StringComparison.OrdinalIgnoreCase);
}

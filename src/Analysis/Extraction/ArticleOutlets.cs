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
/// </summary>
internal sealed class ArticleOutlets(OutletNouns outletNouns)
{
    public void Add(string s, int start, IReadOnlyList<PhraseMatch> cueHits, List<SourceCandidate> candidates)
    {
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

    // "according to the Times": the lower-case "the" at `at` follows "according to".
    private static bool AfterAccordingTo(string s, int at) =>
        TryWordBefore(s, at, 0, out var to, out var toStart) && to is "to"
        && TryWordBefore(s, toStart, 0, out var according, out _) && according.Equals("according", StringComparison.OrdinalIgnoreCase);
}

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// An outlet no list knows, named after what it is: "told the broadcaster DR", "the Polish daily Rzeczpospolita
/// reported", "an interview with the newspaper Izvestia" (an outlet_nouns word after "the" and at most two words, then a
/// capitalised name of up to four words). Not a date ("the weekly Friday prayers") nor a name that modifies the noun after
/// it ("the daily Convoy Watch count"): a lower-case word right after the name must be an outlet_name_followers word.
/// Candidates of priority 3 (a name the gazetteer knows keeps its entry), sources wherever they are named, as the
/// gazetteer's outlets are; the country is that of an adjective before the noun.
/// </summary>
internal sealed class OutletNouns(Lexicon lexicon, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> calendarNames)
{
    private const int MaxWords = 4;
    // The first word of each follower ("which cited": "which"): the word after the name is compared with it.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> followers =
        lexicon.Words("outlet_name_followers").Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).ToHashSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    public void Add(string s, int start, IReadOnlyList<PhraseMatch> cueHits, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        for (var h = 0; h < cueHits.Count; h++)
        {
            if (cueHits[h] is not { Label: "outlet_nouns" } hit || !AfterThe(s, hit.Span.Start)) continue;
            var from = SkipWhiteSpace(s, hit.Span.End);
            if (from == hit.Span.End || from >= s.Length || !char.IsUpper(s[from]) || SentenceCountries.StartsAt(countries, from)) continue;
            var (to, words) = (from, 0);
            // Capitalised words between single spaces: "TVN24", "Gazeta Wyborcza".
            while (words < MaxWords && to < s.Length && char.IsUpper(s[to]) && WordEnd(s, to) is var e && e > to)
            {
                if (words == 0 && calendarNames.Contains(s.AsSpan(to, e - to))) break;
                (to, words) = (e, words + 1);
                if (to + 1 >= s.Length || s[to] != ' ' || !char.IsUpper(s[to + 1])) break;
                to++;
            }
            if (words == 0 || ModifiesNoun(s, to)) continue;
            var country = SentenceCountries.AdjectiveBefore(countries, s, hit.Span.Start, 0)?.Country;
            candidates.Add(new(3, new SourceRef(new TextSpan(start + from, start + to), Normalize(s[from..to]), SourceKind.Outlet, country, CitationRole.Mentioned,
                "outlet", AlwaysCited: true)));
        }
    }

    // Whether a lower-case word that is no follower comes right after the name ending at `end`: "count" in "the daily
    // Convoy Watch count put".
    public bool ModifiesNoun(string s, int end)
    {
        if (end + 1 >= s.Length || s[end] != ' ' || !char.IsLower(s[end + 1])) return false;
        var e = end + 1;
        while (e < s.Length && char.IsLetter(s[e])) e++;
        return !followers.Contains(s.AsSpan(end + 1, e - end - 1));
    }

    // Whether "the" stands before `at`, with at most two words between ("the broadcaster", "the Polish daily", "The
    // Telegram channel").
    private static bool AfterThe(string s, int at)
    {
        for (var i = 0; i < 3; i++)
        {
            var e = at;
            while (e > 0 && char.IsWhiteSpace(s[e - 1])) e--;
            if (e == at) return false;
            var b = e;
            while (b > 0 && char.IsLetter(s[b - 1])) b--;
            if (b == e) return false;
            if (s.AsSpan(b, e - b) is "the" or "The") return true;
            at = b;
        }
        return false;
    }
}

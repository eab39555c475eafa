using System.Buffers;

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Armed groups named by who they are and what they are: "Tuareg rebels said", "Houthi militants claimed", "M23
/// fighters said" (one or two capitalised words before an armed_group_nouns word). The words before may be a country's
/// adjective ("Syrian rebels"), which gives the group its country. Candidates of priority 2, sources only where the
/// text cites them: most such groups are the ones the figures count.
/// </summary>
internal sealed class ArmedGroups
{
    /// <summary>The lists one of whose words a sentence holds wherever Add finds something.</summary>
    public static readonly string[] CueLists = ["armed_group_nouns", "named_group_nouns"];

    private readonly SearchValues<string>? nouns;
    private readonly WordSet nounWords, notNameWords, namedOnlyWords;

    public ArmedGroups(Lexicon lexicon)
    {
        // "group", "alliance": nouns that follow a group's own name only ("the JNIM group said", not "the Tuareg group").
        var namedOnly = lexicon.Words("named_group_nouns");
        namedOnlyWords = namedOnly.ToWordSet(StringComparer.Ordinal);
        var list = lexicon.Words("armed_group_nouns").Concat(namedOnly).ToArray();
        nouns = list.Length == 0 ? null : SearchValues.Create(list, StringComparison.Ordinal);
        nounWords = list.ToWordSet(StringComparer.Ordinal);
        notNameWords = lexicon.WordLookup("not_name_starts", StringComparer.Ordinal);
    }

    public void Add(string s, int start, List<CountryName> countries, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches,
        List<SourceCandidate> candidates)
    {
        if (nouns is null) return;
        for (var i = 0; i < s.Length && s.AsSpan(i).IndexOfAny(nouns) is var next and >= 0;)
        {
            i += next;
            var end = WordEnd(s, i);
            if (end == i) { i++; continue; }
            if (i > 0 && IsWord(s[i - 1]) || !nounWords.Contains(s.AsSpan(i, end - i))) { i = end; continue; }
            // One or two capitalised words right before the noun, the first not a sentence opener ("The rebels").
            var first = -1;
            for (var (at, words) = (i, 0); words < 2 && NameWordBefore(s, at) is var w and >= 0; (at, words) = (w, words + 1)) first = w;
            while (first >= 0 && first < i && notNameWords.Contains(s.AsSpan(first, WordEnd(s, first) - first)))
                first = SkipWhiteSpace(s, WordEnd(s, first)) is var f && f < i ? f : -1;
            if (first >= 0 && first < i)
            {
                string? country = null;
                foreach (var c in countries)
                    if (c.Span.Start == first && c.IsDemonym) country = c.Country;
                var noun = s[i..end];
                // "M23 rebels", "RSF fighters": a group that has a name of its own (an acronym, a name with a digit) is named by it,
                // as "Tuareg rebels" (a people's name) is not.
                var named = WordEnd(s, first) is var firstEnd && SkipWhiteSpace(s, firstEnd) == i && OwnName(s.AsSpan(first, firstEnd - first));
                // "Hezbollah fighters said", "Taliban militants claimed": a group the gazetteer knows by the words before the noun is named
                // by its entry, and its reading holds the noun (priority 1, as the entry's own: the longer span is read first).
                var known = KnownGroup(gazetteerMatches, start + first, start + WordEndBefore(s, i));
                if (!named && known is null && namedOnlyWords.Contains(noun)) { i = end; continue; }
                candidates.Add(new(known is null ? 2 : 1, new SourceRef(new TextSpan(start + first, start + end),
                    known?.Name ?? (named ? s[first..firstEnd] : Normalize(s[first..end])), SourceKind.Other, known is null ? country : known.Country,
                    CitationRole.Mentioned, SourceNouns.Singular(noun), IsGroup: true)) { CitedOnly = true });
            }
            i = end;
        }
    }

    // The gazetteer's entry (no outlet's, official's or country's body) whose match spans from..to exactly, or null.
    private static GazetteerEntry? KnownGroup(IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> matches, int from, int to)
    {
        for (var g = 0; g < matches.Count; g++)
            if (matches[g] is var (span, entry) && span.Start == from && span.End == to && entry is { Country: null, Kind: SourceKind.Other or SourceKind.Military }) return entry;
        return null;
    }

    // Where the last word before the white space before `at` ends.
    private static int WordEndBefore(string s, int at)
    {
        while (at > 0 && s[at - 1] == ' ') at--;
        return at;
    }

    private static bool OwnName(ReadOnlySpan<char> word) => IsAcronym(word) || word.ContainsAnyInRange('0', '9');

    // The start of the capitalised word (letters and digits, hyphens within: "M23", "al-Shabaab" is not) that ends
    // right before the white space before `at`, or -1.
    private static int NameWordBefore(string s, int at)
    {
        var e = at;
        while (e > 0 && s[e - 1] == ' ') e--;
        if (e == at || e == 0) return -1;
        var b = e;
        while (b > 0 && (char.IsLetterOrDigit(s[b - 1]) || s[b - 1] == '-')) b--;
        return b < e && char.IsUpper(s[b]) && (b == 0 || s[b - 1] is ' ' or '(' or '"' or '“') ? b : -1;
    }
}

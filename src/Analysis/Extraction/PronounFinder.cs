namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Pronouns and descriptions that cite: "he", "she", "they"; "the agency", "the spy agency", "the think tank"; "its
/// defence minister", "the country's army" (the description after a possessive is the sentence's country's, see
/// <see cref="DescribedSources"/>). Candidates of priority 5, cited only where the text cites them;
/// <see cref="Attribution"/> resolves them to an earlier source.
/// </summary>
internal sealed class PronounFinder
{
    /// <summary>The lists one of whose words a sentence holds wherever Add finds something: a pronoun, or a description's noun.</summary>
    public static readonly string[] CueLists = ["personal_pronouns", "description_nouns", "country_leader_nouns"];

    // Where a pronoun, "the" or a possessive can first be (see FirstWords).
    private readonly FirstWords pronounStarts;
    private readonly HashSet<string> pronouns;
    // "its", "his" (either case) and "country's" of "the country's": what makes a description the sentence's country's.
    private readonly WordSet possessives, possessors, descriptionModifierWords, outletHeads;
    private readonly PhraseTable descriptionNouns, leaderNouns;
    // The first words of country_leader_nouns: a sentence with none of them holds no "Ukraine's president" (see CountryLeaders).
    private readonly FirstWords leaderStarts;
    private readonly Countries countries;

    public PronounFinder(Lexicon lexicon)
    {
        HashSet<string> Set(string list) => lexicon.Words(list).ToHashSet(StringComparer.Ordinal);
        pronouns = Set("personal_pronouns");
        possessives = lexicon.WordLookup("possessive_determiners", StringComparer.OrdinalIgnoreCase);
        possessors = Set("possessor_nouns").ToWordSet();
        descriptionModifierWords = Set("description_modifiers").ToWordSet();
        outletHeads = Set("described_outlet_heads").ToWordSet();
        descriptionNouns = new PhraseTable(lexicon.Words("description_nouns").Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());
        var leaders = lexicon.Words("country_leader_nouns").ToArray();
        leaderNouns = new PhraseTable(leaders.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());
        leaderStarts = new FirstWords(leaders, ignoreCase: false);
        countries = Countries.For(lexicon);
        pronounStarts = new FirstWords(pronouns.Append("the").Concat(lexicon.Words("possessive_determiners")));
    }

    /// <summary>sentenceCountries: the countries the sentence names (<see cref="SentenceCountries"/>), spans in s.</summary>
    public void Add(string s, int start, List<CountryName> sentenceCountries, List<SourceCandidate> candidates)
    {
        // From one place a pronoun or "the" may be to the next (see FirstWords).
        for (var i = 0; i < s.Length && pronounStarts.In(s, i, s.Length) is var next and >= 0; i++)
        {
            i = next;
            if (!IsWord(s[i]) || (i > 0 && IsWord(s[i - 1]))) continue;
            var j = WordEnd(s, i);
            if (j - i > 1 && char.IsLower(s[i + 1]) && IsPronoun(s, i, j))
            {
                AddPronoun(candidates, new TextSpan(start + i, start + j), s[i..j].ToLowerInvariant());
                i = j;
                continue;
            }
            var owned = possessives.Contains(s.AsSpan(i, j - i));
            // "the country's spy agency", and "his country's", as translated copy writes it.
            if ((s.AsSpan(i, j - i) is "the" or "The" || owned) && SkipWhiteSpace(s, j) is var o && o > j && WordEnd(s, o) is var oe && oe < s.Length && s[oe] is '\'' or '’'
                && oe + 1 < s.Length && s[oe + 1] == 's' && possessors.Contains(s.AsSpan(o, oe + 2 - o)))
                (owned, j) = (true, oe + 2);
            if ((owned || s.AsSpan(i, j - i) is "the" or "The") && SkipWhiteSpace(s, j) is var p && p > j)
            {
                var nounEnd = PhraseAt(s, p, descriptionNouns, wholeWord: true);
                if (ModifierEnd(s, p) is var m && descriptionModifierWords.Contains(s.AsSpan(p, m - p)) && SkipWhiteSpace(s, m) is var q && q > m && PhraseAt(s, q, descriptionNouns, wholeWord: true) is var afterModifier and > 0)
                    nounEnd = afterModifier;
                // "the Ukrainian agency added", "the South Korean spy agency": an agency or a service of a country named by its
                // demonym stands for that country's agency named before, no other.
                string? country = null;
                if (nounEnd <= 0 && !owned && char.IsUpper(s[p]) && DemonymBefore(s, p) is var (demonymEnd, of)
                    && SkipWhiteSpace(s, demonymEnd) is var d && d > demonymEnd && AgencyAt(s, d) is var agencyEnd and > 0)
                    (nounEnd, country) = (agencyEnd, of);
                // "the military site Global Defense Corp": the noun describes an outlet (described_outlet_heads), no body.
                if (nounEnd > 0 && SkipWhiteSpace(s, nounEnd) is var h && h > nounEnd && outletHeads.Contains(s.AsSpan(h, WordEnd(s, h) - h)))
                    nounEnd = 0;
                if (nounEnd > 0)
                {
                    AddPronoun(candidates, new TextSpan(start + i, start + nounEnd), (owned ? "its " + Normalize(s[p..nounEnd]) : Normalize(s[i..nounEnd])).ToLowerInvariant(), country);
                    i = nounEnd;
                    continue;
                }
            }
            i = j;
        }
        CountryLeaders(s, start, sentenceCountries, candidates);
    }

    // "the Ukrainian president said", "Ukraine's president said", "the North Korean leader": the head of a country named by
    // office and country stands for that country's person named before, as "the president" stands for the one named before
    // (Attribution.IsPersonOffice); the country keeps another country's president from being taken (country_leader_nouns).
    private void CountryLeaders(string s, int start, List<CountryName> sentenceCountries, List<SourceCandidate> candidates)
    {
        if (leaderStarts.In(s, 0, s.Length) < 0) return;
        foreach (var c in sentenceCountries)
        {
            if (c.Country is not { } country) continue;
            var from = c.Span.Start;
            if (c.IsDemonym && !c.Possessive)
            {
                // Only after "the": "Ukrainian President Volodymyr Zelensky" is a title before its holder's name.
                var article = SkipWhiteSpaceBack(s, from, 0);
                if (article == from || article < 3 || s.AsSpan(article - 3, 3) is not ("the" or "The") || (article > 3 && IsWord(s[article - 4]))) continue;
                from = article - 3;
            }
            else if (!c.Possessive) continue;
            var at = SkipWhiteSpace(s, c.Span.End);
            if (at == c.Span.End || PhraseAt(s, at, leaderNouns, wholeWord: true) is not (var end and > 0)) continue;
            // Not a title before a name: "Ukraine's President Volodymyr Zelensky", "the Russian leader Vladimir Putin".
            if (SkipWhiteSpace(s, end) is var next && next < s.Length && char.IsUpper(s[next])) continue;
            AddPronoun(candidates, new TextSpan(start + from, start + end), "the " + Normalize(s[at..end]).ToLowerInvariant(), country);
        }
    }

    private static void AddPronoun(List<SourceCandidate> candidates, TextSpan span, string p, string? country = null)
    {
        var noun = p is "he" or "she" ? "person" : p == "they" ? "they" : SourceNouns.Singular(p[(p.LastIndexOf(' ') + 1)..]);
        candidates.Add(new(5, new SourceRef(span, p, SourceKind.Other, country, CitationRole.Mentioned, noun, IsPronoun: true)));
    }

    // The end of the word at `at`, over its hyphens: a modifier may be one hyphenated word ("the London-based monitor").
    private static int ModifierEnd(string s, int at)
    {
        var end = WordEnd(s, at);
        while (end + 1 < s.Length && s[end] == '-' && IsWord(s[end + 1])) end = WordEnd(s, end + 1);
        return end;
    }

    // The end of the demonym that opens s at `at` ("Ukrainian", "South Korean") and its country; null when none does.
    private (int End, string Country)? DemonymBefore(string s, int at)
    {
        foreach (var mention in countries.Find(s, at, Math.Min(s.Length, at + 30)))
            if (mention.Name.Start == at && mention.IsAdjective) return (mention.Name.End, mention.Country.Name);
        return null;
    }

    // The end of "agency" or "service" at `at`, after one description modifier at most ("spy agency"); else 0.
    private int AgencyAt(string s, int at)
    {
        if (WordEnd(s, at) is var m && descriptionModifierWords.Contains(s.AsSpan(at, m - at)) && SkipWhiteSpace(s, m) is var q && q > m) at = q;
        var end = WordEnd(s, at);
        return s.AsSpan(at, end - at) is "agency" or "service" ? end : 0;
    }

    // s[i..j] is a pronoun, its first letter in either case: "he", "She".
    private bool IsPronoun(string s, int i, int j)
    {
        foreach (var pronoun in pronouns)
            if (pronoun.Length == j - i && char.ToLowerInvariant(s[i]) == pronoun[0] && s.AsSpan(i + 1, j - i - 1).SequenceEqual(pronoun.AsSpan(1))) return true;
        return false;
    }
}

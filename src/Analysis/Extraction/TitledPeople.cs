using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// People named with a title: "Lawmakers Lee Seongkweun and Park Sunwon" (titles, then titled_names of person_name),
/// and "the army chief, Ivan Petrenko," (appositive_person). Candidates of priority 0; a person no list knows is an
/// official, a military officer or an expert by the last word of the title (military_titles, expert_titles).
/// </summary>
internal sealed partial class TitledPeople
{
    /// <summary>The lists of titles: reporting.json's, the offices whose names run on ("chief of the general staff", sources.json),
    /// a company's or group's heads ("Wagner founder"), what a soldier served as ("Green Beret"), the ranks no other list
    /// holds ("Lance Corporal", "Air Commodore") and a court's judges ("District Judge"; sources.json).</summary>
    public static readonly string[] TitleLists = ["titles", "office_titles", "apposed_titles", "company_titles", "service_member_titles", "rank_titles", "judicial_titles"];

    private readonly SourceGazetteer gazetteer;
    private readonly PhraseMatcher titles;
    // The first tokens of the titles, as the matcher reads them.
    private readonly WordSet titleFirstTokens;
    private readonly Regex personName, titledNames, appositive;
    // "who gives his name only as Juan", "identified only as Oleksandr": a person known by the one name they gave (given_name_person).
    private readonly Regex givenName;
    // "Park Sun-won, a member of a parliamentary intelligence committee,": a lawmaker by their seat (assembly_member_person).
    private readonly Regex assemblyMember;
    private readonly HashSet<string> notNames, expertTitles, militaryTitles;
    // Titles only in apposition ("His deputy, Vadym Skibitsky,"): the cue and title matchers label them "apposed_titles".
    private const string ApposedOnly = "apposed_titles";
    private readonly WordSet definiteWords;
    // "Foreign Affairs", "Defence": the portfolio words a title runs on over before its holder (office_portfolio_words).
    private readonly WordSet portfolioWords;
    // "Council", "Assembly": a body's last word that the office runs on to before its holder (office_body_ends).
    private readonly WordSet officeBodyEnds;
    // "Sir", "Dame": a knighthood inside a name's run after an unlisted rank ("Chief Constable Sir Hugh Orde"; inner_honorifics).
    private readonly WordSet innerHonorifics;
    // "Mr", "Dr.": an honorific that opens a name in apposition, not part of it (apposed_honorifics).
    private readonly WordSet honorifics;

    public TitledPeople(Lexicon lexicon, SourceGazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        HashSet<string> Set(string list) => lexicon.Words(list).ToHashSet(StringComparer.Ordinal);
        titles = PhraseMatcher.Of(lexicon, TitleLists);
        var allTitles = TitleLists.SelectMany(lexicon.Words).ToArray();
        titleFirstTokens = allTitles.Select(t => (Phrase: t, Tokens: PhraseMatcher.Tokens(t, 0, t.Length))).Where(t => t.Tokens.Count > 0)
            .Select(t => PhraseMatcher.Normalized(t.Phrase.AsSpan(t.Tokens[0].Start, t.Tokens[0].End - t.Tokens[0].Start)).ToString())
            .ToWordSet(StringComparer.OrdinalIgnoreCase);
        personName = lexicon.Regex("person_name", RegexOptions.None);
        titledNames = lexicon.Regex("titled_names", RegexOptions.None);
        appositive = lexicon.Regex("appositive_person", RegexOptions.None);
        givenName = lexicon.Regex("given_name_person", RegexOptions.None);
        assemblyMember = lexicon.Regex("assembly_member_person", RegexOptions.None);
        notNames = Set("not_name_starts");
        expertTitles = Set("expert_titles");
        militaryTitles = Set("military_titles");
        definiteWords = Set("definite_determiners").ToWordSet();
        portfolioWords = lexicon.WordLookup("office_portfolio_words", StringComparer.Ordinal);
        officeBodyEnds = lexicon.WordLookup("office_body_ends", StringComparer.Ordinal);
        innerHonorifics = lexicon.WordLookup("inner_honorifics", StringComparer.Ordinal);
        honorifics = lexicon.WordLookup("apposed_honorifics", StringComparer.Ordinal);
    }

    /// <summary>
    /// The titles in s, as the title matcher finds them. The cue words hold the titles, so where the cue matcher found no
    /// other phrase in which a title could start, its title matches are the title matcher's, and it need not walk s again.
    /// </summary>
    public IReadOnlyList<PhraseMatch> Titles(string s, IReadOnlyList<PhraseMatch> cueHits)
    {
        List<PhraseMatch>? found = null;
        for (var i = 0; i < cueHits.Count;)
        {
            // A phrase of several lists is one match per list, one after the other.
            var (span, title) = (cueHits[i].Span, -1);
            var j = i;
            for (; j < cueHits.Count && cueHits[j].Span == span; j++)
                if (Array.IndexOf(TitleLists, cueHits[j].Label) >= 0) title = j;
            if (title >= 0) (found ??= []).Add(cueHits[title]);
            else if (MayStartTitle(s, span)) return titles.Find(s);
            i = j;
        }
        return found ?? (IReadOnlyList<PhraseMatch>)[];
    }

    // Whether a title starts at a token of `span` (a cue phrase of another list, "Defense Ministry"): where none does, the
    // title matcher walks the phrase token by token and finds nothing, as the cue matcher skipped it.
    private bool MayStartTitle(string s, TextSpan span)
    {
        for (var at = span.Start; PhraseMatcher.NextToken(s, at, span.End) is var (from, to) && from >= 0; at = to)
            if (titleFirstTokens.Contains(PhraseMatcher.Normalized(s.AsSpan(from, to - from))) && titles.FindAtStart(s, from, s.Length).Count > 0) return true;
        return false;
    }

    /// <summary>The people named after the titles of sentence text s (at `start` in its document) and in apposition to one.</summary>
    public void Add(string s, int start, IReadOnlyList<PhraseMatch> titleHits, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        var taken = 0;
        for (var t = 0; t < titleHits.Count; t++)
        {
            var title = titleHits[t];
            if (title.Span.Start < taken) continue;
            if (ApposedName(s, title.Span, taken, countries, titleHits, t + 1) is var (from, to) && to > 0)
            {
                // "Ukraine's commander-in-chief, Oleksandr Syrskyi": the person spans the title, so the title is not read as a group.
                var ownerIndex = countries.FindIndex(c => c.Span.Start == from && c.Country is not null);
                var ownerCountry = ownerIndex >= 0 ? countries[ownerIndex].Country : null;
                // "…, Admiral Neil Villamizar": the rank that opens the name is no part of it.
                var nameStart = AfterRanks(s, SkipWhiteSpace(s, InCountryEnd(s, OfCountryEnd(s, title.Span.End, countries), countries) + 1), to, titleHits, t + 1);
                // "…, Mr Igor Sergeyev,": the name is read without its honorific, which the span the text cites keeps.
                candidates.Add(new(0, Person(new TextSpan(start + from, start + to), s[AfterHonorific(s, nameStart)..to],
                    Normalize(s[title.Span.Start..title.Span.End]).ToLowerInvariant(), ownerCountry)) { NameSpan = new TextSpan(start + nameStart, start + to) });
                taken = to;
                continue;
            }
            // "President of Russia Vladimir Putin": the country an office is of runs on with the title, before the name.
            var titleEnd = PortfolioEnd(s, OfCountryEnd(s, title.Span.End, countries), countries);
            // "the head of the Belarusian Ministry of Defense Viktor Khrenin": a title read only in apposition ("His deputy, X,")
            // runs on to its holder past the office it is of, as translated copy names heads.
            var ofOffice = titleEnd > title.Span.End && string.CompareOrdinal(s, title.Span.End, " of ", 0, 4) == 0;
            if (title.Label == ApposedOnly && !ofOffice) continue;
            if (!NameMayFollow(s, titleEnd) || titledNames.Match(s, titleEnd) is not { Success: true } m) continue;
            // "PRINCE SULTAN AIR BASE, Saudi Arabia (Wall Street Journal) -", "GENERAL SANTOS, Philippines -": a title in capitals before
            // a name in capitals is a dateline's place, not a titled person (a person's name keeps lower case after its capital).
            // A statement's signature in capitals ("- LTGEN. ROY M. GALIDO, PA") is still a person: only a place, whose run of
            // capitals a comma and a title-case name, a bracket or a dash follows, is skipped.
            if (Capitals(s.AsSpan(title.Span.Start, title.Span.End - title.Span.Start)) && WordEnd(s, m.Groups["names"].Index) is var nameEnd
                && Capitals(s.AsSpan(m.Groups["names"].Index, nameEnd - m.Groups["names"].Index)) && DatelineAfter(s, title.Span.End)) continue;
            var adjective = SentenceCountries.AdjectiveBefore(countries, s, title.Span.Start, taken);
            var names = m.Groups["names"];
            // "according to Reps. A and B": the names after one title are cited together, the second as the first is.
            var first = -1;
            var of = m.Groups["of"];
            foreach (Match n in personName.Matches(names.Value))
            {
                // "Gov. A B of West Virginia and C D": the place the first is of is no second person.
                if (of.Success && names.Index + n.Index < of.Index + of.Length && of.Index < names.Index + n.Index + n.Length) continue;
                // "Maj Gen Asif Ghafoor, Director General of …": a later "name" of the list that opens with a title is the first one's
                // office in apposition, not a second person.
                if (first >= 0 && titleFirstTokens.Contains(FirstWord(n.Value))) break;
                // "Army chief General Manoj Naravane", "spokesman Rear Admiral Daniel Hagari": a rank after the title is not part of the name.
                var (nameFrom, nameTo) = (names.Index + n.Index, names.Index + n.Index + n.Length);
                // "press secretary Rear Adm. John Kirby": a "name" that is a title cut off by its stop is the next title, whose
                // own name follows it.
                if (IsTitle(nameFrom, nameTo, titleHits, t + 1)) break;
                // "Rep. Lee Seong-kweun and Democratic Party Rep. Kim Byung-kee": a later "name" that runs into the next title is
                // that title's party or office; the person is the name after the title, read with it.
                if (first >= 0 && TitleInside(nameFrom, nameTo, titleHits, t + 1)) break;
                nameFrom = AfterRanks(s, nameFrom, nameTo, titleHits, t + 1);
                if (first < 0) nameFrom = AfterInnerTitle(s, nameFrom, nameTo, titleHits, t + 1);
                var span = new TextSpan(start + nameFrom, start + GenerationEnd(s, nameTo));
                var person = Person(span, s[nameFrom..nameTo], Normalize(s[title.Span.Start..title.Span.End]).ToLowerInvariant(), adjective?.Country);
                if (first >= 0 && candidates[first].Partner is null) candidates[first] = candidates[first] with { Partner = person };
                else first = candidates.Count;
                candidates.Add(new(0, person));
            }
            taken = names.Index + names.Length;
        }
        GivenNames(s, start, candidates);
        AssemblyMembers(s, start, candidates);
        if (titleHits.Count > 0 && MayBeApposed(s, titleHits))
            foreach (Match m in appositive.Matches(s))
            {
                var g = m.Groups["name"];
                if (notNames.Contains(FirstWord(g.Value))) continue;
                // "Colonel Amadou Keita, a spokesman for the army": the name's own title is not part of it.
                var (from, to) = (g.Index, g.Index + g.Length);
                for (var t = 0; t < titleHits.Count; t++)
                    if (titleHits[t] is var title && title.Span.Start == from && title.Span.End < to) from = SkipWhiteSpace(s, title.Span.End);
                candidates.Add(new(0, Person(new TextSpan(start + from, start + to), s[from..to], Normalize(m.Groups["title"].Value).ToLowerInvariant(), null)));
            }
    }

    // Where a name starts after the honorific at `at` ("the Russian Defence Minister, Mr Igor Sergeyev,": apposed_honorifics),
    // which is no part of it; `at` when none opens it.
    private int AfterHonorific(string s, int at)
    {
        var end = WordEnd(s, at);
        if (end < s.Length && s[end] == '.') end++;
        return end < s.Length && char.IsWhiteSpace(s[end]) && honorifics.Contains(s.AsSpan(at, end - at)) ? SkipWhiteSpace(s, end) : at;
    }

    // Whether the run of capitals from `from` ends as a dateline's place does: before a comma and a title-case name ("PRINCE SULTAN
    // AIR BASE, Saudi Arabia"), a bracket ("(AP)") or a dash ("GENERAL SANTOS CITY --").
    private static bool DatelineAfter(string s, int from)
    {
        var p = from;
        while (p < s.Length && (char.IsUpper(s[p]) || s[p] is ' ' or '.' or '\'' || s[p] == '-' && p + 1 < s.Length && char.IsUpper(s[p + 1]))) p++;
        while (p > from && s[p - 1] == ' ') p--;
        if (p + 1 >= s.Length) return false;
        if (s[p] == ',') return p + 3 < s.Length && s[p + 1] == ' ' && char.IsUpper(s[p + 2]) && char.IsLower(s[p + 3]);
        return s[p] == ' ' && s[p + 1] is '(' or '-' or '–' or '—';
    }

    // Whether a word or phrase has two or more letters and every letter in capitals ("PRINCE", "GENERAL").
    private static bool Capitals(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    // Whether one of the titles after the t-th starts after `from` and before `to`.
    private static bool TitleInside(int from, int to, IReadOnlyList<PhraseMatch> titleHits, int t)
    {
        for (; t < titleHits.Count; t++)
            if (titleHits[t].Span.Start > from && titleHits[t].Span.Start < to) return true;
        return false;
    }

    // Whether one of the titles after the t-th starts at `from` and runs at least to `to`.
    private static bool IsTitle(int from, int to, IReadOnlyList<PhraseMatch> titleHits, int t)
    {
        for (; t < titleHits.Count; t++)
            if (titleHits[t].Span.Start == from && titleHits[t].Span.End >= to) return true;
        return false;
    }

    // Where a name that runs from `from` to `to` starts once the titles that open it are skipped ("General Manoj
    // Naravane": "Manoj Naravane"); a name left with fewer than two words keeps them ("General Pande" stays whole).
    private int AfterRanks(string s, int from, int to, IReadOnlyList<PhraseMatch> titleHits, int next)
    {
        var at = from;
        for (var t = next; t < titleHits.Count && titleHits[t].Span.Start <= at; t++)
            if (titleHits[t].Span.Start == at && titleHits[t].Span.End < to) at = SkipWhiteSpace(s, titleHits[t].Span.End);
        // "Chief Constable Sir Hugh Orde": one capitalised word the titles do not list, then a knighthood, opens the name too.
        if (WordEnd(s, at) is var w && w < to && s[w] == ' ' && SkipWhiteSpace(s, w) is var k && WordEnd(s, k) is var ke && ke < to
            && innerHonorifics.Contains(s.AsSpan(k, ke - k)))
            at = SkipWhiteSpace(s, ke);
        return at > from && s.IndexOf(' ', at, to - at) > at ? at : from;
    }

    // "Chief Pentagon Spokesman Jane Roe", "Chief Kremlin Spokesman Ivan Petrov": a capitalised title whose office opens with a body's
    // name reads as one run of capitals after its first word ("Chief"), and the run holds the title proper ("Spokesman"). The person
    // is the name after the last title inside the run, as "Chief Spokesman Jane Roe" is Jane Roe, when two words or more are left
    // ("Prime Minister John Major": a title word that ends the run is the name's).
    private static int AfterInnerTitle(string s, int from, int to, IReadOnlyList<PhraseMatch> titleHits, int next)
    {
        var at = from;
        for (var t = next; t < titleHits.Count && titleHits[t].Span.Start < to; t++)
            if (titleHits[t].Span.Start > at && titleHits[t].Span.End < to && SkipWhiteSpace(s, titleHits[t].Span.End) is var after
                && s.IndexOf(' ', after, to - after) > after)
                at = after;
        return at;
    }

    // "the army chief, Ivan Petrenko,", "Ukraine's commander-in-chief, Oleksandr Syrskyi.": a definite title (after a
    // country's possessive or adjective, a definite_determiners word, or another possessive), a comma, then a person_name that the clause
    // closes after. Returns where the person's reading starts (the title's owner) and ends, or (0, 0).
    private (int From, int To) ApposedName(string s, TextSpan title, int taken, List<CountryName> countries, IReadOnlyList<PhraseMatch> titleHits, int next)
    {
        // "the Minister of Defence of the Russian Federation, Sergei Shoigu,": the office's country before the comma.
        // "Australia's national commander in East Timor, Lieutenant Colonel Brian Cox,": where the office is held, before the comma.
        var comma = InCountryEnd(s, OfCountryEnd(s, title.End, countries), countries);
        if (comma + 2 >= s.Length || s[comma] != ',' || SkipWhiteSpace(s, comma + 1) is var p && (p == comma + 1 || p >= s.Length || !char.IsUpper(s[p]))) return default;
        int from;
        var possessive = false;
        // "Eritrea's information minister, Yemane Gebremeskel,", "Venezuela's navy commander, Admiral Neil Villamizar,": up to two
        // lower-case words that say which office stand between the owner and the title.
        var ownerAt = title.Start;
        for (var k = 0; k < 2 && SentenceCountries.AdjectiveBefore(countries, s, ownerAt, taken) is null
            && TryWordBefore(s, ownerAt, taken, out var modifier, out var modifierStart) && IsOfficeModifier(modifier); k++)
            ownerAt = modifierStart;
        if (SentenceCountries.AdjectiveBefore(countries, s, ownerAt, taken) is { } owner) from = owner.Span.Start;
        // "The Minister of Defence, Guido Crosetto, said": a determiner that opens the sentence is capitalised.
        else if (TryWordBefore(s, ownerAt, taken, out var d, out var ds) && definiteWords.Contains(d)) from = ds;
        else if (OpeningDeterminer(s, ownerAt, taken) is >= 0 and var opening) from = opening;
        else if (PossessiveBefore(s, ownerAt, taken) is >= 0 and var owner2) (from, possessive) = (owner2, true);
        else return default;
        // "…, General of the Army Sergey Shoygu,": a rank whose words the name pattern cannot read opens the name; it is read after it.
        p = AfterLowerCaseRanks(s, p, titleHits, next);
        p = AfterHonorific(s, p);
        if (personName.Match(s, p) is not { Success: true } name || name.Index != p || notNames.Contains(FirstWord(name.Value))) return default;
        // "the navy's chief of staff, Admiral Ivan Petrenko,": a name with its own title is read after that title.
        if (possessive && titleFirstTokens.Contains(FirstWord(name.Value))) return default;
        var to = name.Index + name.Length;
        return to == s.Length || s[to] is ',' or '.' or ';' or ')' or ':' ? (from, to) : default;
    }

    // Where " of [the] <country>" after a title ends ("President of Russia", "Minister of Defence of the Russian Federation"),
    // or `at` when no country's name follows the title that way.
    private static int OfCountryEnd(string s, int at, List<CountryName> countries)
    {
        if (at + 4 >= s.Length || string.CompareOrdinal(s, at, " of ", 0, 4) != 0) return at;
        var p = at + 4;
        if (string.CompareOrdinal(s, p, "the ", 0, 4) == 0) p += 4;
        foreach (var c in countries)
            if (c.Span.Start == p && c.Country is not null && !c.Possessive && !c.IsDemonym) return c.Span.End;
        return at;
    }

    // Where " for|of [the] <portfolio>" after a title ends ("Minister for Foreign Affairs", "Minister of State for Defence",
    // "Secretary of State for Europe and the Americas"), or `at` when none follows it: the portfolio's capitalised words are
    // office_portfolio_words or a country's name, and the office ends only where a capitalised word that is neither opens the name.
    private int PortfolioEnd(string s, int at, List<CountryName> countries)
    {
        var end = at;
        for (var p = at; p + 5 < s.Length && (string.CompareOrdinal(s, p, " for ", 0, 5) == 0 || string.CompareOrdinal(s, p, " of ", 0, 4) == 0); p = end)
        {
            p += s[p + 1] == 'f' ? 5 : 4;
            if (string.CompareOrdinal(s, p, "the ", 0, 4) == 0) p += 4;
            var words = 0;
            while (p < s.Length && char.IsUpper(s[p]))
            {
                var country = countries.FindIndex(c => c.Span.Start == p && c.Country is not null && !c.Possessive);
                // "Secretary of Russia's Security Council Nikolai Voronin": a country's possessive before the body's name.
                if (country < 0 && countries.FindIndex(c => c.Span.Start == p && c.Country is not null && c.Possessive) is var owner and >= 0
                    && SkipWhiteSpace(s, countries[owner].Span.End) is var bodyAt && bodyAt > countries[owner].Span.End
                    && BodyNameEnd(s, bodyAt) is var ownedEnd && ownedEnd > bodyAt)
                {
                    (words, end) = (words + 1, ownedEnd);
                    break;
                }
                var e = country >= 0 ? countries[country].Span.End : WordEnd(s, p);
                if (country < 0 && !portfolioWords.Contains(s.AsSpan(p, e - p)))
                {
                    // "Security Council Sergei Shoigu": the body's last word ends the office, before the holder's name.
                    if (BodyNameEnd(s, p) is var body && body > p) (words, end) = (words + 1, body);
                    break;
                }
                (words, end) = (words + 1, e);
                if (e >= s.Length || s[e] != ' ') break;
                p = e + 1;
                // "Europe and the Americas": a portfolio of two fields.
                if (string.CompareOrdinal(s, p, "and ", 0, 4) == 0) p += 4;
                if (string.CompareOrdinal(s, p, "the ", 0, 4) == 0) p += 4;
            }
            if (words == 0) break;
        }
        return end;
    }

    // Where the last office_body_ends word of the capitalised run at `at` ends when another capitalised word follows it (the
    // holder's name: "Council Sergei Shoigu", "National Assembly Woo Won-shik") or "of" does ("Ministry of Defense"), within five
    // words ("and" may join two); `at` when none does.
    private int BodyNameEnd(string s, int at)
    {
        var end = at;
        var p = at;
        for (var words = 0; words < 5 && p < s.Length && char.IsUpper(s[p]); words++)
        {
            var e = WordEnd(s, p);
            var next = e < s.Length && s[e] == ' ' ? e + 1 : -1;
            if (next > 0 && string.CompareOrdinal(s, next, "and ", 0, 4) == 0) next += 4;
            var bodyEnd = officeBodyEnds.Contains(s.AsSpan(p, e - p));
            // "the head of the Belarusian Ministry of Defense Viktor Khrenin", "the spokesperson of the State Border Guard Service of
            // Ukraine Andriy Demchenko": a body's last word before "of" and its portfolio or country, which the office runs on over.
            if (bodyEnd && next > 0 && string.CompareOrdinal(s, next, "of ", 0, 3) == 0) return e;
            if (next < 0 || next >= s.Length || !char.IsUpper(s[next])) break;
            if (bodyEnd) end = e;
            p = next;
        }
        return end;
    }

    // Where a name starts after the ranks of several words at `at` that hold a lower-case word ("General of the Army Sergey
    // Shoygu"), which the name pattern cannot read; `at` when none opens it. `next`: the first title hit after the apposed title.
    private static int AfterLowerCaseRanks(string s, int at, IReadOnlyList<PhraseMatch> titleHits, int next)
    {
        for (var t = next; t < titleHits.Count && titleHits[t].Span.Start <= at; t++)
        {
            var rank = titleHits[t].Span;
            if (rank.Start == at && rank.End < s.Length && s[rank.End] == ' ' && rank.End > at && s.AsSpan(at, rank.End - at).Contains(' ')
                && HasLowerWord(s, at, rank.End))
                at = SkipWhiteSpace(s, rank.End);
        }
        return at;
    }

    // Whether a lower-case word stands between `from` and `to` ("General of the Army"): a rank the name pattern cannot read.
    private static bool HasLowerWord(string s, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (char.IsLower(s[i]) && (i == from || s[i - 1] == ' ')) return true;
        return false;
    }

    // Where a capitalised definite determiner that opens the sentence ("The", "His") stands right before `at`, or -1.
    private int OpeningDeterminer(string s, int at, int from)
    {
        var e = at;
        e = SkipWhiteSpaceBack(s, e, from);
        var b = e;
        while (b > from && char.IsLetter(s[b - 1])) b--;
        if (e == at || e - b is < 2 or > 5 || !char.IsUpper(s[b])) return -1;
        for (var k = b - 1; k >= 0; k--)
            if (char.IsLetterOrDigit(s[k])) return -1;
        Span<char> lower = stackalloc char[5];
        var n = s.AsSpan(b, e - b).ToLowerInvariant(lower);
        return n == e - b && definiteWords.Contains(lower[..n]) ? b : -1;
    }

    // A lower-case word that may name an office between its owner and its title ("information", "navy"), not a determiner.
    private bool IsOfficeModifier(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsLower(c)) return false;
        return word.Length > 2 && !definiteWords.Contains(word);
    }

    // Where a possessive word stands right before the title at `at` ("the agency's deputy head", "Budanov's deputy"), or -1:
    // a definite owner, as a determiner is.
    private static int PossessiveBefore(string s, int at, int from)
    {
        var e = at;
        e = SkipWhiteSpaceBack(s, e, from);
        if (e == at || e - from < 3 || s[e - 1] != 's' || s[e - 2] is not ('\'' or '’') || !char.IsLetter(s[e - 3])) return -1;
        var b = e - 2;
        while (b > from && (char.IsLetter(s[b - 1]) || s[b - 1] == '-')) b--;
        return b;
    }

    // titled_names reads white space, then a person_name, which opens with a capital: most titles ("officials said",
    // "the minister of") have none after them, and the pattern is not run.
    private static bool NameMayFollow(string s, int at)
    {
        var p = SkipWhiteSpace(s, at);
        // "Minister Łukasz …", "General Émile …": any capital, not an ASCII one only.
        return p > at && p < s.Length && char.IsUpper(s[p]);
    }

    // "a Colombian who gives his name only as Juan", "identified only as Oleksandr": the one name a person gave is theirs. Most
    // sentences hold neither "name" nor "only as", and the pattern is not run.
    private void GivenNames(string s, int start, List<SourceCandidate> candidates)
    {
        if (!s.Contains(" name", StringComparison.Ordinal) && !s.Contains("only as ", StringComparison.Ordinal)) return;
        foreach (Match m in givenName.Matches(s))
        {
            var g = m.Groups["name"];
            if (notNames.Contains(FirstWord(g.Value))) continue;
            // "One of them, who gave his name as Carlos, told": the clause that names them is the span the text cites, so the verb
            // after its closing comma is theirs, as after a name set off by commas.
            var from = m.Index;
            if (TryWordBefore(s, from, 0, out var who, out var whoStart) && who is "who") from = whoStart;
            candidates.Add(new(0, Person(new TextSpan(start + from, start + g.Index + g.Length), g.Value, "person", null)) { NameSpan = new TextSpan(start + g.Index, start + g.Index + g.Length) });
        }
    }

    // appositive_person reads "<name>, a|an|the … <title>": a comma, white space, the article and white space, before one
    // of the sentence's titles. Most sentences with a title have no such comma before it, and the pattern is not run.
    private static bool MayBeApposed(string s, IReadOnlyList<PhraseMatch> titleHits)
    {
        var lastTitle = titleHits[^1].Span.Start;
        for (var c = s.IndexOf(','); c >= 0 && c < lastTitle; c = s.IndexOf(',', c + 1))
        {
            var p = SkipWhiteSpace(s, c + 1);
            if (p == c + 1) continue;
            var e = WordEnd(s, p);
            if (s.AsSpan(p, e - p) is "a" or "an" or "the" && e < s.Length && char.IsWhiteSpace(s[e])) return true;
        }
        return false;
    }

    // The name without a capital and stop between its first and last words, nor a generation after it ("Mark T. Esper": "Mark
    // Esper"; "Lloyd J. Austin III": "Lloyd Austin"), or null when it has neither: copy that writes them names the same person.
    internal static string? PlainName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var count = words.Count;
        if (words.Count > 2 && words[^1] is "Jr." or "Jr" or "Sr." or "Sr" or "II" or "III" or "IV") words.RemoveAt(words.Count - 1);
        // "M. C. Chagla", "V. K. Singh": a name that opens with initials, as South Asian copy writes them, keeps them all; only a
        // middle initial after a first name of its own goes ("Mark T. Esper").
        if (IsInitial(words[0])) return words.Count < count && words.Count >= 2 ? string.Join(' ', words) : null;
        for (var i = words.Count - 2; i > 0; i--)
            if (words[i].Length == 2 && char.IsUpper(words[i][0]) && words[i][1] == '.') words.RemoveAt(i);
        return words.Count < count && words.Count >= 2 ? string.Join(' ', words) : null;
    }

    // Where a name that ends at `end` ends with its generation, which the text cites it with ("Gen. Charles Q. Brown Jr. said",
    // "Col. Tomas Vel, Jr., said", "Adm. X III said"): past "Jr."/"Sr." (the name may have taken "Jr" without its stop) or a
    // Roman numeral; the name itself is read without it (PlainName).
    private static int GenerationEnd(string s, int end)
    {
        if (end < s.Length && s[end] == '.' && end >= 3 && s.AsSpan(end - 3, 3) is " Jr" or " Sr") return end + 1;
        var at = end < s.Length && s[end] == ',' ? end + 1 : end;
        if (at >= s.Length || s[at] != ' ') return end;
        var w = at + 1;
        var e = WordEnd(s, w);
        var word = s.AsSpan(w, e - w);
        if (word is "Jr" or "Sr" && e < s.Length && s[e] == '.') return e + 1;
        return word is "II" or "III" or "IV" ? e : end;
    }

    private static bool IsInitial(string word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private SourceRef Person(TextSpan span, string name, string title, string? country)
    {
        var roleNoun = SourceNouns.Singular(title.Split(' ')[^1]);
        // "Defense Secretary Mark T. Esper": a person is named without a middle initial or a generation, as the gazetteer names them.
        var plain = PlainName(name);
        if (gazetteer.TryResolveSpelling(name, out var entry) || plain is not null && gazetteer.TryResolveSpelling(plain, out entry))
            return new SourceRef(span, entry.Name, entry.Kind, entry.Country ?? country, CitationRole.Mentioned, roleNoun, IsPerson: true, AlwaysCited: entry.IsAlwaysCited);
        var kind = expertTitles.Contains(roleNoun) ? SourceKind.Other
            : militaryTitles.Contains(roleNoun) ? SourceKind.Military
            : SourceKind.Official;
        return new SourceRef(span, Normalize(plain ?? name), kind, country, CitationRole.Mentioned, roleNoun, IsPerson: true);
    }
}

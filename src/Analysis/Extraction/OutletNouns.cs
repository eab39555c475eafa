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
/// gazetteer's outlets are; the country is that of an adjective before the noun. Wire copy drops the "the" ("public
/// broadcaster Kan reported", "according to Hindi daily Navbharat Times", "told state news agency Vrela"): the noun
/// then opens its clause, after nothing but a country's word or an outlet's descriptor (<see cref="BareOpening"/>).
/// </summary>
internal sealed class OutletNouns(Lexicon lexicon, WordSet calendarNames)
{
    private const int MaxWords = 4;
    private readonly WordSet connectors =
        lexicon.Words("name_connectors").Where(w => w is not ("and" or "on" or "for" or "the" or "of")).ToWordSet(StringComparer.Ordinal);
    // The first word of each follower ("which cited": "which"): the word after the name is compared with it.
    private readonly WordSet followers =
        lexicon.Words("outlet_name_followers").Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0]).ToWordSet(StringComparer.Ordinal);
    // "public", "state-run", "Moscow-based": what may stand between a clause's start and an outlet noun with no "the"
    // (outlet_noun_modifiers, outlet_modifier_endings); "told", "to", "by": the words that may open that clause (outlet_noun_openers).
    private readonly WordSet bareModifiers = lexicon.WordLookup("outlet_noun_modifiers", StringComparer.OrdinalIgnoreCase);
    private readonly WordSet bareOpeners = lexicon.WordLookup("outlet_noun_openers", StringComparer.OrdinalIgnoreCase);
    private readonly WordSet languages = lexicon.WordLookup("outlet_languages", StringComparer.Ordinal);
    private readonly string[] modifierEndings = [.. lexicon.Words("outlet_modifier_endings")];
    private readonly WordSet paperHeads = lexicon.WordLookup("paper_name_heads", StringComparer.Ordinal);
    private readonly WordSet titleCues = lexicon.WordLookup("title_cues_before", StringComparer.Ordinal);
    private readonly WordSet otherNameEnds = lexicon.WordLookup("outlet_name_ends", StringComparer.Ordinal);
    private readonly WordSet verbsAfter = lexicon.WordLookup("web_outlet_cues_after", StringComparer.Ordinal);
    // "Meanwhile, the newspaper, citing its own sources, estimated": a sentence's opening adverb before an outlet's noun in
    // apposition is no outlet's name; a word that starts no name (not_name_starts) is none alone.
    private readonly WordSet notNames = lexicon.WordLookup("not_name_starts", StringComparer.Ordinal);

    public void Add(string s, int start, IReadOnlyList<PhraseMatch> cueHits, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        for (var h = 0; h < cueHits.Count; h++)
        {
            if (cueHits[h] is not { Label: "outlet_nouns" } hit) continue;
            if (NameBefore(s, hit.Span, countries) is var (nameFrom, nameTo) && nameTo > nameFrom)
            {
                // "the Pyongyang Times newspaper": a paper named after its city keeps its "The", as it is named with no noun after it.
                var the = CountryAt(countries, s, nameFrom) && TryWordBefore(s, nameFrom, 0, out var before, out _) && before is "the" or "The" ? "The " : "";
                var name = the + Normalize(s[nameFrom..nameTo]);
                if (!notNames.Contains(name))
                    candidates.Add(new(3, new SourceRef(new TextSpan(start + nameFrom, start + nameTo), name, SourceKind.Outlet, null,
                        CitationRole.Mentioned, "outlet", AlwaysCited: true)));
            }
            // With no "the", the span takes the noun and its descriptors, which no other reading may claim ("according to Hindi
            // daily Navbharat Times" cites the daily, not "Hindi").
            var spanFrom = AfterThe(s, hit.Span.Start) ? -1 : BareOpening(s, hit.Span.Start, countries);
            if (spanFrom == -1 && !AfterThe(s, hit.Span.Start)) continue;
            var from = SkipWhiteSpace(s, hit.Span.End);
            if (from == hit.Span.End || from >= s.Length || !char.IsUpper(s[from]) || CountryAt(countries, s, from)) continue;
            var (to, words) = (from, 0);
            // Capitalised words between single spaces: "TVN24", "Gazeta Wyborcza".
            while (words < MaxWords && to < s.Length && char.IsUpper(s[to]) && Joined(s, WordEnd(s, to)) is var e && e > to)
            {
                if (words == 0 && calendarNames.Contains(s.AsSpan(to, e - to))) break;
                (to, words) = (e, words + 1);
                // "the Miami-based outlet Cubanos por el Mundo": a name's own lower-case connectors (name_connectors) between its words.
                var next = ConnectedWord(s, to);
                if (next < 0) break;
                to = next;
            }
            // "news site Atoll.mv": a web address, which WebOutlets reads whole.
            if (words == 0 || ModifiesNoun(s, to) || to + 1 < s.Length && s[to] == '.' && char.IsLetter(s[to + 1])) continue;
            var country = SentenceCountries.AdjectiveBefore(countries, s, hit.Span.Start, 0)?.Country;
            // "Malawi's private broadcaster Zodiak": the country's word may stand before the descriptors.
            for (var p = hit.Span.Start - 1; country is null && spanFrom >= 0 && p > spanFrom; p--)
                if (s[p - 1] == ' ' && s[p] != ' ') country = SentenceCountries.AdjectiveBefore(countries, s, p, spanFrom)?.Country;
            // "the Daily Monitor reported", "the Gulf Daily News", "the Radio Okapi": a noun in title case is a word of the
            // name, as are the capitalised words between "the" and it; "the daily Kommersant" and "the TV channel Rossiya" are not.
            if (TitleCase(s.AsSpan(hit.Span.Start, hit.Span.End - hit.Span.Start))) from = NameStart(s, hit.Span.Start);
            var named = Normalize(s[from..to]);
            if (notNames.Contains(named)) continue;
            candidates.Add(new(3, new SourceRef(new TextSpan(start + (spanFrom >= 0 && spanFrom < from ? spanFrom : from), start + to), named, SourceKind.Outlet, country, CitationRole.Mentioned,
                "outlet", AlwaysCited: true)));
        }
    }

    /// <summary>A paper no list knows, named by the word its title ends in (paper_name_heads): "told the Malawi Independent",
    /// "according to the Lusaka Times", "the Namibian Sun reported". Two or three capitalised words after a lower-case "the" (one,
    /// "according to the Times", is ArticleOutlets'),
    /// the last a head, with a citing word right before "the" (title_cues_before) or a reporting verb right after the name
    /// (web_outlet_cues_after); not a longer name ("the Sunday Times Rich List") nor one that modifies a noun ("the Lusaka Times
    /// building"). Named without its "the", save a paper named after a capital. Candidates of priority 3 (a name the gazetteer knows keeps its entry).</summary>
    public void AddPaperNames(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        for (var at = s.IndexOf("the ", 1, StringComparison.Ordinal); at > 0; at = s.IndexOf("the ", at + 4, StringComparison.Ordinal))
        {
            if (s[at - 1] != ' ') continue;
            var from = at + 4;
            var (to, words, last) = (from, 0, from);
            while (words < 3 && to < s.Length && char.IsUpper(s[to]) && WordEnd(s, to) is var e && e > to)
            {
                (last, to, words) = (to, e, words + 1);
                if (to + 1 >= s.Length || s[to] != ' ' || !char.IsUpper(s[to + 1])) break;
                to++;
            }
            if (words < 2 || s[to - 1] == ' ' || !paperHeads.Contains(s.AsSpan(last, to - last))) continue;
            // "told the Defense Post": a name that opens with no country's word and ends in a word outlet_name_ends holds is
            // CapitalizedNames' (with its "the"); a country's word splits the run there ("the Lusaka Times", "the Zimbabwe Independent").
            var country = CountryAt(countries, s, from);
            if (!country && otherNameEnds.Contains(s.AsSpan(last, to - last))) continue;
            if (to + 1 < s.Length && s[to] == ' ' && char.IsUpper(s[to + 1]) || ModifiesNoun(s, to)) continue;
            var cued = TryWordBefore(s, at, 0, out var cue, out _) && titleCues.Contains(cue);
            if (!cued && !(to + 1 < s.Length && s[to] == ' ' && WordEnd(s, to + 1) is var ve && ve > to + 1 && verbsAfter.Contains(s.AsSpan(to + 1, ve - to - 1)))) continue;
            // "the Lusaka Times": a paper named after its capital keeps its "The", as OutletNouns names it before its noun.
            var article = country && CapitalOpensName(countries, s, from, to) ? "The " : "";
            candidates.Add(new(3, new SourceRef(new TextSpan(start + from, start + to), article + Normalize(s[from..to]), SourceKind.Outlet, null,
                CitationRole.Mentioned, "outlet", AlwaysCited: false)));
        }
    }

    // The end of a word that runs on through hyphens ("France-Info", "Interfax-Ukraine") from `end`, where WordEnd stops.
    private static int Joined(string s, int end)
    {
        while (end + 1 < s.Length && s[end] == '-' && char.IsLetterOrDigit(s[end + 1])) end = WordEnd(s, end + 1);
        return end;
    }

    // Whether a country's name (not a name that opens with it) starts at `at`: "the radio station France-Info" names an outlet,
    // a hyphen and a capital joining the country to the rest of its name; "the newspaper Ukraine's" does not.
    private static bool CountryAt(List<CountryName> countries, string s, int at)
    {
        foreach (var c in countries)
            if (c.Span.Start == at && !(c.Span.End + 1 < s.Length && s[c.Span.End] == '-' && char.IsUpper(s[c.Span.End + 1]))) return true;
        return false;
    }

    // The outlet named right before its noun, or (0, 0): "Andalus radio claimed", "the Houthi-run Saba news agency said" (one to
    // four capitalised words, then the noun in lower case, which is not part of the name; a capitalised noun is: "Tigray TV
    // reported"), and "Mediapart, the investigative website, reported" (the name, then the noun in apposition: "a|an|the",
    // at most three words, the noun, a comma). Not a country's word ("Russian television", "Ethiopia's state TV"), nor a
    // noun that a lower-case word follows ("the Al-Manar television studios").
    private (int From, int To) NameBefore(string s, TextSpan noun, List<CountryName> countries)
    {
        // "Tigray TV reported": a capitalised noun is a word of the name; "the Telelombardia TV network" ends in a lower-case one, which is not.
        var capitalNoun = char.IsUpper(s[noun.Start]) && char.IsUpper(s[s.LastIndexOf(' ', noun.End - 1, noun.End - noun.Start) + 1]);
        if (ModifiesNoun(s, noun.End)) return default;
        var end = noun.Start;
        while (end > 0 && s[end - 1] == ' ') end--;
        if (end == noun.Start) return default;
        var apposed = false;
        if (s[end - 1] == ',') return default;
        // "Mediapart, the investigative website,": the name ends at the comma before the apposition.
        if (noun.End < s.Length && s[noun.End] == ',' && ApposedComma(s, end) is var comma and > 0) (end, apposed) = (comma, true);
        // One to four capitalised words, back from the end: not a possessive ("Hezbollah's"), nor a hyphenated qualifier ("Houthi-run").
        var from = -1;
        for (var (at, words) = (end, 0); words < 4; words++)
        {
            var w = WordStart(s, at);
            if (w == at || !char.IsUpper(s[w]) || s[at - 1] == 's' && at - w > 2 && s[at - 2] is '\'' or '’') break;
            if (s.AsSpan(w, at - w).LastIndexOf('-') is var hyphen and > 0 && w + hyphen + 1 < at && char.IsLower(s[w + hyphen + 1])) break;
            from = w;
            if (w < 2 || s[w - 1] != ' ') break;
            at = w - 1;
        }
        // "The Saba news agency": the opener is not part of the name.
        while (from >= 0 && from < end && IsOpener(s, from)) from = SkipWhiteSpace(s, WordEnd(s, from)) is var n && n > WordEnd(s, from) && n < end ? n : -1;
        if (from < 0 || from >= end || !char.IsUpper(s[from]) || CountryAt(countries, s, from) && !CapitalOpensName(countries, s, from, end)) return default;
        return (from, apposed || !capitalNoun ? end : noun.End);
    }

    // Whether a capital (a country's alias, neither its name, its adjective nor a possessive) opens a longer name ending at `end`:
    // "the Maseru Post newspaper", "the Lusaka Times daily" name papers after their city, not the state the capital speaks for.
    private static bool CapitalOpensName(List<CountryName> countries, string s, int from, int end)
    {
        foreach (var c in countries)
            if (c.Span.Start == from && c.Span.End < end && c.Country is { } country && !c.IsDemonym && !c.Possessive
                && !s.AsSpan(c.Span.Start, c.Span.End - c.Span.Start).Equals(country, StringComparison.Ordinal)) return true;
        return false;
    }

    // The comma before an apposition that ends at `end` ("…, the investigative website", "…, a Somali news site"): "a|an|the"
    // at most three words before `end`, a comma right before it; -1 when there is none.
    private static int ApposedComma(string s, int end)
    {
        var at = end;
        for (var words = 0; words < 4; words++)
        {
            var b = WordStart(s, at);
            if (b == at) return -1;
            if (s.AsSpan(b, at - b) is "a" or "an" or "the")
            {
                var c = b;
                while (c > 0 && s[c - 1] == ' ') c--;
                return c < b && c > 0 && s[c - 1] == ',' ? c - 1 : -1;
            }
            at = b;
            while (at > 0 && s[at - 1] == ' ') at--;
            if (at == b) return -1;
        }
        return -1;
    }

    // Whether the word at `at` opens a sentence as "The", "A", "His", "State" do, names a country's state ("State television"),
    // or is the language the outlet writes in ("Hindi daily Navbharat Times": outlet_languages).
    private bool IsOpener(string s, int at) => WordEnd(s, at) is var e && s.AsSpan(at, e - at) is var w
        && (w is "The" or "A" or "An" or "State" or "In" or "On" or "His" or "Her" or "Its" or "Their" or "Our" or "My" || languages.Contains(w));

    // Whether each word of a noun opens with a capital and goes on in lower case ("Daily", "Radio"; not "TV", "Telegram channel").
    private static bool TitleCase(ReadOnlySpan<char> noun)
    {
        foreach (var range in noun.Split(' '))
            if (noun[range] is var w && (w.Length < 2 || !char.IsUpper(w[0]) || !char.IsLower(w[1]))) return false;
        return true;
    }

    // Where a name that holds the title-case noun at `at` starts: back over capitalised words, not "The" ("the Gulf Daily News").
    private static int NameStart(string s, int at)
    {
        for (var words = 0; words < 2 && at > 1 && s[at - 1] == ' ' && WordStart(s, at - 1) is var w && w < at - 1 && char.IsUpper(s[w])
            && s.AsSpan(w, at - 1 - w) is not "The"; words++)
            at = w;
        return at;
    }

    // Where the word that ends at `end` starts (letters, digits, hyphens and apostrophes: "Al-Manar", "L'Orient").
    private static int WordStart(string s, int end)
    {
        var b = end;
        while (b > 0 && (IsWord(s[b - 1]) || s[b - 1] is '-' or '\'' or '’' && b - 1 > 0 && IsWord(s[b - 2]))) b--;
        return b;
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
    // Where the next capitalised word of a name starts after the word that ends at `at`: past one space, or past up to two
    // connectors ("por el", "del"; not "and", "on", "for", "the", "of": "the daily Kommersant and Izvestia" are two); -1 when none follows.
    private int ConnectedWord(string s, int at)
    {
        for (var k = 0; k <= 2; k++)
        {
            if (at + 1 >= s.Length || s[at] != ' ') return -1;
            if (char.IsUpper(s[at + 1])) return at + 1;
            var e = WordEnd(s, at + 1);
            if (k == 2 || e == at + 1 || !connectors.Contains(s.AsSpan(at + 1, e - at - 1))) return -1;
            at = e;
        }
        return -1;
    }

    // Where the descriptors of the outlet noun at `at` start when the noun opens its clause without "the", else -1: back over
    // at most three words that are each a country's word ("Tongan", "Israel's") or a descriptor ("public", "state-run",
    // "Moscow-based"), then the sentence's start, a punctuation mark or an opener ("told", "according to"). Not "his daily
    // Telegram posts", "a weekly NATO meeting".
    private int BareOpening(string s, int at, List<CountryName> countries)
    {
        var first = at;
        for (var i = 0; i < 4; i++)
        {
            var e = SkipWhiteSpaceBack(s, at);
            if (e == 0) return first;
            if (e == at) return -1;
            if (s[e - 1] is ',' or ';' or ':' or '(' or '—' or '–' or '"' or '“' or '\'' or '‘') return first;
            var b = e;
            while (b > 0 && (IsWord(s[b - 1]) || s[b - 1] is '-' or '\'' or '’' && b - 1 > 0 && IsWord(s[b - 2]))) b--;
            if (b == e) return -1;
            var word = s.AsSpan(b, e - b);
            if (bareOpeners.Contains(word)) return first;
            if (i == 3 || !(bareModifiers.Contains(word) || languages.Contains(word) || ModifierEnding(word) || CountryWord(countries, b, e))) return -1;
            at = first = b;
        }
        return -1;
    }

    private bool ModifierEnding(ReadOnlySpan<char> word)
    {
        foreach (var ending in modifierEndings)
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    // Whether a country's adjective or possessive spans s[from..to) ("Tongan", "Israel's").
    private static bool CountryWord(List<CountryName> countries, int from, int to)
    {
        foreach (var c in countries)
            if (c.Span.Start <= from && c.Span.End == to && c.Country is not null) return true;
        return false;
    }

    private static bool AfterThe(string s, int at)
    {
        for (var i = 0; i < 3; i++)
        {
            var e = at;
            e = SkipWhiteSpaceBack(s, e);
            if (e == at) return false;
            var b = e;
            // "the pro-Russian Telegram channel Mash": a hyphenated word is one word.
            while (b > 0 && (char.IsLetter(s[b - 1]) || s[b - 1] == '-' && b - 1 > 0 && char.IsLetter(s[b - 2]) && b < e)) b--;
            if (b == e) return false;
            if (s.AsSpan(b, e - b) is "the" or "The") return true;
            at = b;
        }
        return false;
    }
}

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// A country's groups: "the senior South Korean military officials" (group_determiners, group_leading_modifiers, a
/// country's adjective, up to three group_modifiers, a group_heads noun). Two adjectives joined by "and" share the head
/// ("U.S. and South Korean officials"): the first group spans both, the second is its partner. Each is a candidate of
/// priority 2, or 1 when it holds a gazetteer name ("A Ukrainian intelligence official": the group, not the service it
/// names, when it is cited). A group may also be named by where it sits: "the government in Berlin", "a legislator of
/// South Korea" (located_group_heads, a located_group_links word, a country's name or capital), cited only. A country's
/// spokesperson whose words name a ministry speaks for it: "a Chinese foreign ministry spokeswoman" (the Chinese Foreign
/// Ministry), "a Russian defence ministry spokesman".
/// </summary>
internal sealed class GroupFinder
{
    /// <summary>The lists one of whose words a sentence holds wherever Add finds something: every group ends in its head.</summary>
    public static readonly string[] CueLists = ["group_heads", "media_group_heads", "intelligence_service_nouns"];

    private readonly Countries countryWords;
    private readonly PhraseTable groupModifierTable;
    private readonly WordSet groupHeadWords, leadingModifierWords, determinerWords, locatedHeadWords, locatedLinkWords, postedWords;
    private readonly WordSet spokespersonWords;
    // "diplomatic", "security": the trade words that stay in the name of unnamed sources ("Western diplomatic sources").
    private readonly WordSet sourceModifierWords;
    // "government": the body a country's spokesperson speaks for when the word right before the title names it
    // (spokesperson_body_words): "an Omani government spokesman" is the Omani government's voice.
    private readonly WordSet spokespersonBodyWords;
    // "embassy": a group head whose place abroad after "in" stays in its name (placed_group_heads).
    private readonly WordSet placedHeadWords;
    // "police": a state's force whose spokesperson speaks for it (described_groups).
    private readonly WordSet describedGroupWords;
    // "media", "outlets": a country's media are named as the text names them ("US defence media", "several US defence outlets").
    private readonly WordSet mediaHeadWords;
    // "report": heads that make a group only right after the country's adjective (bare_group_heads).
    private readonly WordSet bareHeadWords;
    // "service", "release": words after a media head that make it a body's unit or document (media_unit_words).
    private readonly WordSet mediaUnitWords;
    // "state", "state-run", "official": the words before a country's media that make them its state media (state_media_modifiers).
    private readonly HashSet<string> stateMediaModifiers;
    // "official": a head that, right before a state medium's noun or "media", is the medium's modifier (media_modifier_heads);
    // the nouns (state_media_nouns, state_media_collective_nouns).
    private readonly WordSet mediaModifierHeads;
    private readonly PhraseTable stateMediaNouns;
    // "official": a word right before a country's adjective that makes its sources the government's (government_source_leads).
    private readonly WordSet governmentSourceLeads;
    // "functionaries" = "officials": the English head a calque of translated copy names its group by (voice_noun_calques).
    private readonly VoiceCalques headCalques;
    // "colonel", "captain": a country's holder of a commissioned rank is one of its officers (officer_rank_heads).
    private readonly HashSet<string> rankHeadWords;
    private readonly ArmedServices armedServices;
    private readonly MinistryFinder ministries;
    // "intelligence agencies" -> "intelligence", "secret services" -> "intelligence": what several countries' services named
    // together are each country's (intelligence_service_names, as CountryBodies names one country's).
    private readonly Dictionary<string, string> intelligenceNames;
    private readonly PhraseTable intelligenceServices;
    // "a", "an", "one": the determiners of one unnamed voice among several (indefinite_voice_determiners).
    private readonly WordSet indefiniteWords;
    // "military", "army", "defence": the words before a spokesperson that name a country's armed forces as a whole.
    private readonly HashSet<string> forcesSpokespersonWords;

    public GroupFinder(Lexicon lexicon, Countries countryWords, ArmedServices armedServices, MinistryFinder ministries, VoiceCalques calques)
    {
        this.countryWords = countryWords;
        this.armedServices = armedServices;
        this.ministries = ministries;
        WordSet Words(string list) => lexicon.WordLookup(list, StringComparer.Ordinal);
        groupModifierTable = new PhraseTable(lexicon.Words("group_modifiers").Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());
        groupHeadWords = lexicon.Words("group_heads").Concat(lexicon.Words("media_group_heads")).Concat(lexicon.Words("officer_rank_heads"))
            .ToWordSet(StringComparer.Ordinal);
        rankHeadWords = lexicon.Words("officer_rank_heads").ToHashSet(StringComparer.Ordinal);
        headCalques = calques;
        mediaHeadWords = Words("media_group_heads");
        bareHeadWords = Words("bare_group_heads");
        mediaUnitWords = Words("media_unit_words");
        stateMediaModifiers = lexicon.Words("state_media_modifiers").ToHashSet(StringComparer.OrdinalIgnoreCase);
        mediaModifierHeads = Words("media_modifier_heads");
        governmentSourceLeads = lexicon.WordLookup("government_source_leads", StringComparer.OrdinalIgnoreCase);
        stateMediaNouns = new PhraseTable(lexicon.Words("state_media_nouns").Concat(lexicon.Words("state_media_collective_nouns")).Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());
        leadingModifierWords = Words("group_leading_modifiers");
        determinerWords = Words("group_determiners");
        locatedHeadWords = Words("located_group_heads");
        locatedLinkWords = Words("located_group_links");
        postedWords = Words("posted_voices");
        spokespersonWords = Words("spokesperson_nouns");
        sourceModifierWords = Words("kept_source_modifiers");
        spokespersonBodyWords = Words("spokesperson_body_words");
        placedHeadWords = Words("placed_group_heads");
        describedGroupWords = Words("described_groups");
        indefiniteWords = lexicon.WordLookup("indefinite_voice_determiners", StringComparer.OrdinalIgnoreCase);
        forcesSpokespersonWords = lexicon.Words("armed_forces_spokesperson_words").ToHashSet(StringComparer.Ordinal);
        intelligenceNames = lexicon.Pairs("intelligence_service_names", '|').ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        intelligenceServices = new(intelligenceNames.Keys.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());
    }

    public void Add(string s, int start, List<CountryName> countries, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches,
        List<SourceCandidate> candidates)
    {
        var from = 0;
        // "U.S. and South Korean officials", "British, French and German officials": the adjectives listed before the one whose
        // head follows, each joined to the next by a comma or "and".
        var listed = new List<CountryName>();
        Span<int> stops = stackalloc int[4];
        foreach (var adjective in countries)
        {
            if (adjective.Span.Start < from || !adjective.IsAdjectiveOfGroup(s)) continue;
            if (listed.Count > 0 && ListItemAfter(s, listed[^1].Span.End) != adjective.Span.Start) listed.Clear();
            if (ListItemAfter(s, adjective.Span.End) is var q and > 0 && HasPartner(countries, s, q, adjective.Country))
            {
                listed.Add(adjective);
                continue;
            }
            var p = SkipWhiteSpace(s, adjective.Span.End);
            if (p == adjective.Span.End)
            {
                listed.Clear();
                continue;
            }
            // The list's last item follows "and".
            if (listed.Count > 0 && !JoinedByAnd(s, listed[^1].Span.End, adjective.Span.Start)) listed.Clear();
            var first1 = listed.Count > 0 ? listed[0] : (CountryName?)null;
            var between = listed.Count > 1 ? listed.GetRange(1, listed.Count - 1) : null;
            listed.Clear();
            // "Ukrainian and South Korean intelligence agencies say", "the South Korean and Western secret services": services of
            // several countries named together are each country's intelligence ("Ukrainian intelligence", "South Korean
            // intelligence"), as "U.S. and South Korean intelligence" names them: the plural counts the countries, not one country's
            // agencies. One country's stay as written ("Western intelligence agencies").
            if (first1 is { } leadingService && PhraseAt(s, p, intelligenceServices, wholeWord: true) is var serviceEnd and > 0
                && intelligenceNames.TryGetValue(Normalize(s[p..serviceEnd]).ToLowerInvariant(), out var service))
            {
                var serviceFirst = leadingService.Span.Start;
                if (TryWordBefore(s, serviceFirst, from, out var sd, out var sds) && determinerWords.Contains(sd) && (sds == 0 || !IsWord(s[sds - 1]))) serviceFirst = sds;
                var (serviceHead, serviceMods) = service.LastIndexOf(' ') is var sp and > 0 ? (service[(sp + 1)..], service[..sp]) : (service, "");
                SourceRef Named(CountryName c, int at) => GroupRef(new TextSpan(start + at, start + serviceEnd), s[c.Span.Start..c.Span.End], c.Country, serviceHead, serviceMods);
                // Over a gazetteer name inside it ("South Korean intelligence agencies" is an alias of the NIS), as a group is.
                var holdsService = false;
                foreach (var (gSpan, _) in gazetteerMatches) holdsService |= gSpan.Start >= start + serviceFirst && gSpan.End <= start + serviceEnd;
                candidates.Add(new(holdsService ? 1 : 2, Named(leadingService, serviceFirst))
                {
                    CitedOnly = holdsService,
                    Partner = Named(adjective, adjective.Span.Start),
                    MorePartners = between?.Select(b => Named(b, b.Span.Start)).ToArray(),
                });
                from = serviceEnd;
                continue;
            }
            // Up to three modifiers, then the head: as many modifiers as leave a head after them.
            stops[0] = p;
            var count = 1;
            while (count <= 3 && PhraseAt(s, stops[count - 1], groupModifierTable) is var m and > 0 && SkipWhiteSpace(s, m) is var next && next > m) stops[count++] = next;
            int? head = null;
            var k = count - 1;
            for (; k >= 0 && head is null; k--)
                // "a Japanese report" names its country's press; "Thai army reports" are the army's, "a South Korean intelligence report" the service's.
                // "the Russian presidential press service": a media head before a unit's word is no country's media (media_unit_words).
                head = WordAt(s, stops[k], groupHeadWords) is { } e && (k == 0 || !bareHeadWords.Contains(s.AsSpan(stops[k], e - stops[k])))
                    && !(mediaHeadWords.Contains(s.AsSpan(stops[k], e - stops[k])) && WordAfter(s, e) is var unit && !unit.IsEmpty && mediaUnitWords.Contains(unit))
                    && !DescribesMedium(s, stops[k], e) ? e : null;
            if (head is not { } headEnd) continue;
            var headStart = stops[k + 1];
            // "a Saudi official source": the group takes in the noun after its head, named by the head (voice_head_tails).
            var groupEnd = headCalques.EndPastTail(s, headStart, headEnd);
            // What may come before the adjective: "the", "a", "several", then "senior", "top", "unnamed"…
            var first = (first1 ?? adjective).Span.Start;
            while (TryWordBefore(s, first, from, out var w, out var ws) && leadingModifierWords.Contains(w)) first = ws;
            if (TryWordBefore(s, first, from, out var d, out var ds) && determinerWords.Contains(d) && (ds == 0 || !IsWord(s[ds - 1]))) first = ds;
            // "a British military spokesman": one of several, by its indefinite determiner.
            var indefinite = first < adjective.Span.Start && indefiniteWords.Contains(s.AsSpan(first, WordEnd(s, first) - first));
            if (first1 is null && (BodySpokesperson(s, stops[0], headStart, headEnd, adjective.Country, indefinite) ?? NamedMinistry(s, stops[0], headStart, headEnd, adjective.Country))
                is var (body, end))
            {
                from = end;
                candidates.Add(new(2, body with { Span = new TextSpan(start + first, start + end) }));
                continue;
            }
            from = groupEnd;
            var (headWord, mods) = (s[headStart..headEnd].ToLowerInvariant(), s[stops[0]..headStart]);
            // "official Seychelles sources told the radio": a country's official sources are its government's (government_source_leads).
            if (first1 is null && headWord is "sources" or "source" && GovernmentLead(s, first) is var lead and >= 0)
                (first, mods) = (lead, "government " + mods);
            // "the Irish Defence Forces": a force's own name, which CountryBodies reads as the text spells it.
            if (char.IsUpper(s[headStart]) && headWord == "forces" && mods.TrimEnd() is "Defence" or "Defense") continue;
            var own = GroupRef(new TextSpan(start + (first1 is null ? first : adjective.Span.Start), start + groupEnd), s[adjective.Span.Start..adjective.Span.End], adjective.Country, headWord, mods);
            // "the Nepali embassy in Moscow", "the U.S. Embassy in Georgetown": a mission abroad keeps its place in its name.
            if (placedHeadWords.Contains(headWord) && PlaceAfter(s, headEnd) is var (placeStart, placeEnd))
            {
                own = own with { Span = new TextSpan(own.Span.Start, start + placeEnd), Name = $"{own.Name} in {Normalize(s[placeStart..placeEnd])}" };
                from = placeEnd;
            }
            var (group, partner) = first1 is { } leading
                ? (GroupRef(new TextSpan(start + first, start + groupEnd), s[leading.Span.Start..leading.Span.End], leading.Country, headWord, mods), own)
                : (own, null);
            var morePartners = between?.Select(b => GroupRef(new TextSpan(start + b.Span.Start, start + groupEnd), s[b.Span.Start..b.Span.End], b.Country, headWord, mods)).ToArray();
            var (holdsName, isName) = (false, false);
            var wordsStart = start + (first1 ?? adjective).Span.Start;
            for (var i = 0; i < gazetteerMatches.Count; i++)
                if (gazetteerMatches[i] is var g && g.Span.Start >= group.Span.Start && g.Span.End <= group.Span.End)
                {
                    holdsName |= g.Span.Length < group.Span.Length;
                    // "according to the British military intelligence": the group's words after its determiner are a gazetteer
                    // name, which names it (by the entry's canonical name), not the words.
                    isName |= g.Span.Start <= wordsStart && g.Span.End == group.Span.End;
                }
            if (isName) continue;
            candidates.Add(new(holdsName ? 1 : 2, group) { CitedOnly = holdsName, Partner = partner, MorePartners = morePartners });
        }
    }

    // Where "official" (government_source_leads, either case) starts when it is the word right before `at`, white space
    // between, else -1.
    private int GovernmentLead(string s, int at)
    {
        var e = SkipWhiteSpaceBack(s, at);
        return e < at && WordBefore(s, at, out var b) is var word && b + word.Length == e && governmentSourceLeads.Contains(word) ? b : -1;
    }

    // "Iran's official news agency", "North Korea's official media": a head of media_modifier_heads right before a state
    // medium's noun describes the medium (CountryBodies names it), no group of its own.
    private bool DescribesMedium(string s, int headStart, int headEnd) =>
        mediaModifierHeads.Contains(s.AsSpan(headStart, headEnd - headStart)) && SkipWhiteSpace(s, headEnd) is var n && n > headEnd
        && PhraseAt(s, n, stateMediaNouns, wholeWord: true) > 0;

    // "foreign ministry spokeswoman", "army spokesman" (the modifiers name the body, the head is the spokesperson) or
    // "defence ministry spokesman" (the head is the body, the spokesperson follows): the country's ministry or armed
    // service, and where its spokesperson ends; null when the words name neither or no spokesperson speaks for it. A
    // service's spokesperson with a name after him is that person ("army spokesman Virendra Singh": the words are his title).
    private (SourceRef Body, int End)? BodySpokesperson(string s, int modsStart, int headStart, int headEnd, string? country, bool indefinite)
    {
        if (country is null) return null;
        int what, end;
        if (spokespersonWords.Contains(s.AsSpan(headStart, headEnd - headStart))) (what, end) = (headStart, headEnd);
        else if (SkipWhiteSpace(s, headEnd) is var n && n > headEnd && WordAt(s, n, spokespersonWords) is { } e) (what, end) = (headEnd, e);
        else return null;
        what = SkipWhiteSpaceBack(s, what, modsStart);
        if (what <= modsStart) return null;
        var words = s[modsStart..what];
        if (ministries.Named(words, country) is { } ministry) return (ministry, end);
        var named = SkipWhiteSpace(s, end) is var after && after > end && after < s.Length && char.IsUpper(s[after]);
        if (named) return null;
        // "a South Korean embassy spokesman", "an Egyptian Embassy spokesman": a mission's unnamed spokesperson speaks as the
        // country's officials (the DevSet header's "South Korean officials"), not as the mission the text names.
        if (placedHeadWords.Contains(words.ToLowerInvariant())) return (GroupRef(default, "", country, "officials", ""), end);
        // "a British military spokesman said", "a South African defence spokeswoman": one unnamed spokesperson of a country's armed
        // forces is one of its military officials ("British military officials", as the DevSet header names them), not the forces
        // nor a group of spokespeople; the forces' own ("the military spokesman said") speaks for them, as a service's spokesperson
        // does for the service ("a Polish army spokesman": armed_forces_spokesperson_words).
        if (indefinite && forcesSpokespersonWords.Contains(words.ToLowerInvariant())) return (GroupRef(default, "", country, "officials", "military"), end);
        if (armedServices.TryGet(words.ToLowerInvariant(), out var service)) return (Service(country, service), end);
        // "a Kenyan police spokesman": a state's force before the spokesperson names the group that speaks ("Kenyan police"), not a
        // group of spokespeople (described_groups; "a Ukrainian intelligence spokesperson" stays one).
        return describedGroupWords.Contains(words) ? (GroupRef(default, words, country, words.ToLowerInvariant(), ""), end) : null;
    }

    // "Russia's defence ministry", "the Polish foreign ministry": a group whose words are a ministry's name is the ministry
    // (named as MinistryFinder names it, whatever its case).
    private (SourceRef Body, int End)? NamedMinistry(string s, int modsStart, int headStart, int headEnd, string? country) =>
        country is not null && headStart > modsStart && s.AsSpan(headStart, headEnd - headStart).Equals("ministry", StringComparison.OrdinalIgnoreCase)
            && ministries.Named(s[modsStart..headEnd], country) is { } ministry ? (ministry, headEnd) : null;

    // A country's armed service: "Polish Army", "Israeli military".
    private SourceRef Service(string country, string service) =>
        new(default, $"{countryWords.Adjective(country)} {service}", SourceKind.Military, country, CitationRole.Mentioned, "military");

    /// <summary>"the government in Berlin", "officials in Kyiv", "a legislator of South Korea": a group before a country's name.</summary>
    public void AddLocated(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        foreach (var place in countries)
        {
            if (place is not { Country: { } country, IsDemonym: false, Possessive: false }
                || !TryWordBefore(s, place.Span.Start, 0, out var link, out var linkStart) || !locatedLinkWords.Contains(link)
                || HeadBefore(s, linkStart) is not (>= 0 and var headStart)) continue;
            // "Defense officials in Washington", "senior military officials in Kyiv": the words that say their trade stay in the name
            // ("U.S. defense officials"), as a group's before its head do.
            var modsStart = ModifiersBefore(s, headStart);
            // "Western diplomats in Bamako", "French military officials in Kyiv": a group its adjective owns is not the place's.
            if (SentenceCountries.AdjectiveBefore(countries, s, modsStart, 0) is not null) continue;
            var head = s[headStart..SkipLetters(s, headStart)].ToLowerInvariant();
            // "Diplomats in Colombo", "diplomatic sources in Riyadh": diplomats are posted in another country's capital, which
            // gives them no country (posted_voices); they are read as unnamed voices.
            if (postedWords.Contains(head) || s[modsStart..headStart].Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => postedWords.Contains(w.ToLowerInvariant()))) continue;
            var first = modsStart;
            while (TryWordBefore(s, first, 0, out var w, out var ws) && leadingModifierWords.Contains(w)) first = ws;
            if (TryWordBefore(s, first, 0, out var d, out var ds) && determinerWords.Contains(d) && (ds == 0 || !IsWord(s[ds - 1]))) first = ds;
            var group = GroupRef(new TextSpan(start + first, start + place.Span.End), s[place.Span.Start..place.Span.End], country, head, s[modsStart..headStart]);
            // "officials of South Korea, Ukraine and the USA", "officials in Seoul and Washington": the places listed after the
            // first each have their own officials, cited with them (partners, as "U.S. and South Korean officials" are).
            var listed = new List<SourceRef>();
            for (var prev = place; ListItemAfter(s, prev.Span.End) is var q and > 0 && ListedPlace(s, q, countries, country) is { } next; prev = next)
                listed.Add(GroupRef(new TextSpan(start + next.Span.Start, start + next.Span.End), s[next.Span.Start..next.Span.End], next.Country, head, s[modsStart..headStart]));
            // The list is one voice's span, so the verb after its last place is the group's ("…, Ukraine and the USA have said").
            if (listed.Count > 0) group = group with { Span = new TextSpan(group.Span.Start, listed[^1].Span.End) };
            candidates.Add(new(2, group) { CitedOnly = true, Partner = listed.Count > 0 ? listed[0] : null, MorePartners = listed.Count > 1 ? listed.GetRange(1, listed.Count - 1).ToArray() : null });
        }
    }

    // The country named by its name or capital at `at` (past "the": "and the USA"), another than `country`, or null.
    private static CountryName? ListedPlace(string s, int at, List<CountryName> countries, string country)
    {
        if (string.CompareOrdinal(s, at, "the ", 0, 4) == 0) at += 4;
        foreach (var c in countries)
            if (c.Span.Start == at && c is { Country: { } other, IsDemonym: false, Possessive: false } && other != country) return c;
        return null;
    }

    // Where the group modifiers right before a located group's head start ("Defense officials", "senior military officials"),
    // the head's start when there are none; a modifier opening the sentence, or after a dateline's dash, is capitalised
    // ("WASHINGTON - Defense officials in Washington said").
    private int ModifiersBefore(string s, int headStart)
    {
        var at = headStart;
        for (var words = 0; words < 3; words++)
        {
            var e = SkipWhiteSpaceBack(s, at);
            var b = e;
            while (b > 0 && (char.IsAsciiLetter(s[b - 1]) || s[b - 1] == '-')) b--;
            if (e == at || b == e || b > 0 && !char.IsWhiteSpace(s[b - 1])) break;
            var word = s.AsSpan(0, b).TrimEnd() is var before && (before.IsEmpty || before[^1] is '-' or '–' or '—') ? s[b..e].ToLowerInvariant() : s[b..e];
            if (PhraseAt(word + " ", 0, groupModifierTable) != word.Length) break;
            at = b;
        }
        return at;
    }

    // The start of a located group's head that ends right before the white space before `at` ("officials", or
    // "Officials" opening the sentence), or -1.
    private int HeadBefore(string s, int at)
    {
        var e = at;
        e = SkipWhiteSpaceBack(s, e);
        if (e == at) return -1;
        var b = e;
        while (b > 0 && char.IsAsciiLetterLower(s[b - 1])) b--;
        if (b == e) return -1;
        if (locatedHeadWords.Contains(s.AsSpan(b, e - b))) return b;
        // "Officials in Warsaw said": the sentence's first word, capitalised, or the first after a dateline's dash, as a wire
        // filed in one capital cites officials in another ("PARIS (AFP) - Officials in Bamako said").
        if (b > 0 && char.IsAsciiLetterUpper(s[b - 1]) && s.AsSpan(0, b - 1).TrimEnd() is var lead
            && (lead.IsEmpty || lead[^1] is '-' or '–' or '—')
            && locatedHeadWords.Contains(string.Concat(char.ToLowerInvariant(s[b - 1]).ToString(), s.AsSpan(b, e - b)))) return b - 1;
        return -1;
    }

    // The capitalised place after "in" right after `at` ("in Moscow", "in Port Moresby"): its span, or null.
    private static (int Start, int End)? PlaceAfter(string s, int at)
    {
        var p = SkipWhiteSpace(s, at);
        if (p == at) return null;
        var e = WordEnd(s, p);
        if (!s.AsSpan(p, e - p).SequenceEqual("in") || SkipWhiteSpace(s, e) is var q && q == e) return null;
        var end = q;
        for (var words = 0; words < 3 && end < s.Length && char.IsUpper(s[end]); words++)
        {
            var w = end;
            while (w < s.Length && (char.IsLetter(s[w]) || s[w] is '-' or '.')) w++;
            if (w > end && s[w - 1] == '.') w--;
            end = w;
            if (SkipWhiteSpace(s, end) is var n && n > end && n < s.Length && char.IsUpper(s[n])) end = n;
            else break;
        }
        end = SkipWhiteSpaceBack(s, end, q);
        return end > q ? (q, end) : null;
    }

    private static int SkipLetters(string s, int at)
    {
        while (at < s.Length && char.IsLetter(s[at])) at++;
        return at;
    }

    // "U.S. and South Korean": another country's adjective at q.
    private static bool HasPartner(List<CountryName> countries, string s, int q, string? country)
    {
        foreach (var c in countries)
            if (c.Span.Start == q && c.Country != country && c.IsAdjectiveOfGroup(s)) return true;
        return false;
    }

    private SourceRef GroupRef(TextSpan span, string adjectiveText, string? country, string head, string mods)
    {
        head = rankHeadWords.Contains(head) ? "officer" : headCalques.English(head);
        var adjective = Normalize(adjectiveText);
        // "western officials": a group adjective of no country is named capitalised, as "Western officials" (lower_case_group_adjectives).
        if (country is null && adjective.Length > 0 && char.IsLower(adjective[0])) adjective = InitialCapital.Of(adjective);
        // Generic media are named as the text names them (the DevSet header: "unowned or generic, it is named as the text names it"),
        // their adjective and trade words as written: "US defence media", not "U.S. defense media" (a country's state media are its
        // media, or the gazetteer's entry: "Russian state media").
        if (mediaHeadWords.Contains(head))
        {
            var modifiers = mods.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            // "Syrian state media", "Syria's state-run media", "the North's state media": a country's state media, named by its
            // adjective with "state" ("Syrian state media", "North Korean state media"), as the DevSet header names them.
            if (country is not null && head == "media" && modifiers.Any(stateMediaModifiers.Contains))
                return new SourceRef(span, $"{countryWords.Adjective(country)} state media", SourceKind.StateMedia, country, CitationRole.Mentioned,
                    "media", IsGroup: true);
            // A possessive is no adjective as written: "Russia's media" are "Russian media".
            if (country is not null && (adjective.EndsWith("'s", StringComparison.Ordinal) || adjective.EndsWith("’s", StringComparison.Ordinal)))
                adjective = countryWords.Adjective(country);
            var trade = modifiers.Where(w => w.ToLowerInvariant() is "military" or "defense" or "defence" or "intelligence");
            return new SourceRef(span, string.Join(' ', new[] { adjective }.Concat(trade).Append(head)), SourceKind.StateMedia, country, CitationRole.Mentioned,
                "media", IsGroup: true);
        }
        // Most groups have no modifiers ("North Korean troops"): nothing to split. An armed service keeps its name's
        // case ("Indian Army officials"); the kind words are lower case.
        var plural = head switch
        {
            "official" => "officials", "lawmaker" or "legislator" or "legislators" => "lawmakers", "source" => "sources",
            "diplomat" => "diplomats", "spokesman" or "spokeswoman" => "spokesperson", "commander" => "commanders",
            "analyst" => "analysts", "expert" => "experts", "officer" => "officers",
            // "the Chadian armed forces said": the country's military, as "the Chadian military said" (lower case: not a force's name).
            "forces" when ArmedModifier(mods) => "military",
            // "the Chadian army": the service's own name ("Chadian Army"), as after its modifiers.
            _ => armedServices.TryGet(head, out var service) ? service : head,
        };
        var kept = mods.Length == 0 ? "" : KeptModifiers(mods, plural == "sources");
        // "an Omani government spokesman said": the body the word right before the title names speaks (spokesperson_body_words),
        // as a bare "a government spokesman" in a dateline's country does.
        if (plural == "spokesperson" && country is not null && mods.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is [.., var last]
            && spokespersonBodyWords.Contains(last.ToLowerInvariant()))
            return new SourceRef(span, $"{countryWords.Adjective(country)} {last.ToLowerInvariant()}", SourceKind.Government, country, CitationRole.Mentioned,
                last.ToLowerInvariant(), IsGroup: true);
        // "an Indian spokesman said": a country's spokesperson that no body's word names is one of its officials ("Indian officials").
        if (plural == "spokesperson" && kept.Length == 0 && country is not null) plural = "officials";
        // "a senior Emirati commander": a country's commander is a military voice, named as one ("Emirati military commanders");
        // an alliance's keeps its name ("NATO commanders").
        if (plural == "commanders" && kept.Length == 0 && country is not null) kept = "military";
        // So is a country's officer ("a senior Honduran officer": "Honduran military officers"), save a police or a naval officer
        // ("Kenyan police officers", "U.S. naval officers"), as the DevSet header names them.
        if (plural == "officers" && kept.Length == 0 && country is not null)
            kept = mods.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(m => m.ToLowerInvariant() is "police" or "naval")?.ToLowerInvariant() ?? "military";
        var kind = head == "intelligence" || kept.Contains("intelligence") ? SourceKind.Intelligence
            : head == "media" ? SourceKind.StateMedia
            : kept.Contains("military") || kept.Contains("defense") || kept.Any(char.IsUpper) || head is "military" or "army" or "forces" or "troops" or "soldiers" or "commanders" or "commander" or "officers" or "officer"
                ? SourceKind.Military
            : plural == "lawmakers" ? SourceKind.Official
            : plural is "sources" or "analysts" or "experts" ? SourceKind.Other
            : SourceKind.Government;
        var name = string.Join(' ', new[] { country is null ? adjective : countryWords.Adjective(country), kept, plural }.Where(p => p.Length > 0));
        return new SourceRef(span, name, kind, country, CitationRole.Mentioned, SourceNouns.Singular(plural), IsGroup: true);
    }

    private static bool ArmedModifier(string mods) =>
        mods.Length > 0 && mods.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) is var words && words[^1] == "armed";

    // The modifiers of a group that name it: "military", "defense", "intelligence" and an armed service, in any case
    // ("Army", "army", "Air Force": "Indian army sources" are the Indian Army's).
    private string KeptModifiers(string mods, bool sources)
    {
        var words = mods.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLowerInvariant();
            if (i + 1 < words.Length && armedServices.TryGet($"{lower} {words[i + 1].ToLowerInvariant()}", out var pair)) { kept.Add(pair); i++; }
            else if (lower is "military" or "defense" or "defence" or "intelligence") kept.Add(SourceNouns.AmericanSpelling(lower));
            else if (sources && sourceModifierWords.Contains(lower)) kept.Add(lower);
            else if (armedServices.TryGet(lower, out var service)) kept.Add(service);
        }
        return string.Join(' ', kept);
    }
}

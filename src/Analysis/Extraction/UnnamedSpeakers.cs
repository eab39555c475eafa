namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Voices named by what they are: "experts estimate", "a military source told Reuters", "historians say", "a senior
/// naval officer" (unnamed_speakers; qualified_speakers only with a word before them that says what kind of voice they
/// are). Candidates of priority 4, sources only where the text cites them; a bare voice ("an official told the paper",
/// bare_voices) is a description of priority 5 that Attribution resolves in the document. A voice of a kind with no
/// country is the country's when the sentence names one country only, as an owner ("3,000 U.S. sailors arrived, a senior
/// naval officer said": U.S. naval officers); where it names several, or a place only, a military or intelligence voice
/// ("defense officials") is the country's of the state voice the document cited last (<see cref="DocumentCountry.Cited"/>),
/// else whose voice it is stays open.
/// </summary>
internal sealed class UnnamedSpeakers
{
    /// <summary>The lists one of whose words a sentence holds wherever Add finds something.</summary>
    public static readonly string[] CueLists = ["unnamed_speakers", "qualified_speakers", "countryless_diplomats", "countryless_diplomat", "state_voice_heads", "committee_nouns", "bare_force_voices", "opposition_voice_heads"];

    private readonly Countries countryWords;
    private readonly ArmedServices armedServices;
    // Where an unnamed voice can first be (see FirstWords).
    private readonly FirstWords speakerStarts;
    private readonly WordSet unnamedWords, qualifiedWords, spokespersonWords, singleModifierWords,
        voiceIntelligenceWords, voiceMilitaryWords, voiceGovernmentWords, voiceSecurityWords, citingWords, committeeWords, committeeHeadWords,
        determinerWords, bareVoiceWords, bareSourceWords, bareSourceQualities, voiceQualities, bareSourceCounts, speechVerbWords, voiceLinkWords, placePrepositions, troopWords, diplomatWords, stateVoiceWords,
        diplomatWord, diplomatModifierWords, oppositionWords, otherStateWords;
    // "aid workers", "trade unions": the voices of unnamed_speakers written in more than one word, longest first.
    private readonly string[] voicePhrases;
    // "the border with Pakistan", "the Pakistan border": a state on a frontier's far side is a place, no voice.
    private readonly Frontiers frontiers;
    // "police", "Police": a state's force that speaks by its bare noun ("Police said about 200 people took part"; bare_force_voices).
    private readonly WordSet bareForceWords;
    // "ministry", "agency": a body's head word between a kind word and the voice ("Defense Ministry officials").
    private readonly HashSet<string> voiceBodyHeads;
    // "leaving", "bound": after one and "for", a country is where troops go, no voice (departure_words).
    private readonly WordSet departureWords, placeAdjectives;
    // "diplomatic", "envoy": voices a place does not give a country, as often posted there by another (posted_voices).
    private readonly HashSet<string> postedWords;

    private readonly string[] sideEndings;
    // "linked", "backed": the tail of a hyphenated word that says whom an unnamed voice stands with (voice_affiliation_tails).
    private readonly HashSet<string> affiliationTails;
    // "told", "tells": the verb after an unnamed voice that speaks to the outlet the sentence names (outlet_telling_verbs).
    private readonly WordSet tellingWords;
    // "region", "province": after a demonym, a place, no owner (voice_owner_place_nouns).
    private readonly WordSet ownerPlaceNouns;

    public UnnamedSpeakers(Lexicon lexicon, Countries countryWords, ArmedServices armedServices, VoiceCalques calques)
    {
        this.countryWords = countryWords;
        this.armedServices = armedServices;
        HashSet<string> Set(string list) => lexicon.Words(list).ToHashSet(StringComparer.Ordinal);
        var (unnamed, qualified, diplomats, stateVoices) = (Set("unnamed_speakers"), Set("qualified_speakers"), Set("countryless_diplomats"), Set("state_voice_heads"));
        var (committees, diplomat) = (Set("committee_nouns"), Set("countryless_diplomat"));
        var forces = Set("bare_force_voices");
        var opposition = Set("opposition_voice_heads");
        oppositionWords = opposition.ToWordSet();
        otherStateWords = Set("other_state_voice_words").ToWordSet();
        voicePhrases = unnamed.Where(w => w.Contains(' ')).OrderByDescending(w => w.Length).ToArray();
        bareForceWords = forces.ToWordSet();
        speakerStarts = new FirstWords(unnamed.Concat(qualified).Concat(diplomats).Concat(diplomat).Concat(stateVoices).Concat(committees).Concat(forces).Concat(opposition), ignoreCase: false);
        diplomatWord = diplomat.ToWordSet();
        diplomatModifierWords = Set("countryless_diplomat_modifiers").ToWordSet();
        committeeWords = committees.ToWordSet();
        committeeHeadWords = Set("committee_heads").ToWordSet();
        determinerWords = lexicon.WordLookup("indefinite_voice_determiners", StringComparer.Ordinal);
        stateVoiceWords = stateVoices.ToWordSet();
        diplomatWords = diplomats.ToWordSet();
        unnamedWords = unnamed.ToWordSet();
        qualifiedWords = qualified.ToWordSet();
        bareVoiceWords = Set("bare_voices").ToWordSet();
        bareSourceWords = Set("bare_source_voices").ToWordSet();
        bareSourceQualities = lexicon.WordLookup("bare_source_qualities", StringComparer.OrdinalIgnoreCase);
        voiceQualities = lexicon.WordLookup("unnamed_voice_qualities", StringComparer.Ordinal);
        bareSourceCounts = lexicon.WordLookup("bare_source_counts", StringComparer.OrdinalIgnoreCase);
        speechVerbWords = lexicon.WordLookup("reporting_verbs", StringComparer.Ordinal);
        voiceLinkWords = Set("voice_links").ToWordSet();
        placePrepositions = lexicon.WordLookup("dateline_other_places", StringComparer.OrdinalIgnoreCase);
        troopWords = lexicon.WordLookup("troop_words", StringComparer.OrdinalIgnoreCase);
        frontiers = new Frontiers(lexicon);
        postedWords = lexicon.Words("posted_voices").ToHashSet(StringComparer.Ordinal);
        voiceBodyHeads = lexicon.Words("voice_body_heads").ToHashSet(StringComparer.Ordinal);
        departureWords = lexicon.WordLookup("departure_words", StringComparer.Ordinal);
        placeAdjectives = lexicon.WordLookup("place_adjectives", StringComparer.Ordinal);
        spokespersonWords = Set("spokesperson_nouns").ToWordSet();
        singleModifierWords = lexicon.Words("group_modifiers").Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(m => m.Length == 1).Select(m => m[0])
            .ToWordSet(StringComparer.Ordinal);
        voiceIntelligenceWords = Set("voice_intelligence_words").ToWordSet();
        voiceMilitaryWords = Set("voice_military_words").ToWordSet();
        voiceGovernmentWords = Set("voice_government_words").ToWordSet();
        voiceSecurityWords = Set("voice_security_words").ToWordSet();
        // "ANI, citing sources": the one-word citing_verbs before bare sources that make a national outlet's country theirs.
        citingWords = lexicon.Words("citing_verbs").Where(w => !w.Contains(' ')).ToWordSet(StringComparer.Ordinal);
        foreach (var (word, country) in lexicon.Pairs("unowned_voice_countries", '=')) unownedCountries[word] = country;
        stateOfficeWords = Set("state_office_voice_words");
        sideEndings = lexicon.Words("side_adjective_endings").ToArray();
        affiliationTails = lexicon.Words("voice_affiliation_tails").ToHashSet(StringComparer.Ordinal);
        this.calques = calques;
        tellingWords = lexicon.WordLookup("outlet_telling_verbs", StringComparer.Ordinal);
        ownerPlaceNouns = lexicon.WordLookup("voice_owner_place_nouns", StringComparer.Ordinal);
    }

    // "Analysts said the ceremony …", "Witnesses say …", "Diplomats said …": a voice noun capitalised only because it opens the
    // sentence (past an opening quote) is read as the lower-case noun it is, the text the same length so that spans hold. Only the
    // sentence's first word: inside it a capitalised noun is part of a name ("the Military Observers Group said"); and not a
    // committee ("Committee" is capitalised in names anywhere).
    private string OpeningVoiceInLowerCase(string s)
    {
        // "COLOMBO (Reuters) - Diplomats in Colombo said": the first word after a dateline's dash opens the sentence too.
        var k = AfterDateline(s);
        while (k < s.Length && (char.IsWhiteSpace(s[k]) || s[k] is '"' or '“' or '\'' or '‘')) k++;
        if (k >= s.Length || !char.IsUpper(s[k])) return s;
        var end = WordEnd(s, k);
        if (end - k < 2 || !char.IsLower(s[k + 1])) return s;
        Span<char> word = stackalloc char[end - k];
        s.AsSpan(k, end - k).CopyTo(word);
        word[0] = char.ToLowerInvariant(word[0]);
        ReadOnlySpan<char> lower = word;
        if (!(unnamedWords.Contains(lower) || qualifiedWords.Contains(lower) || diplomatWords.Contains(lower) || stateVoiceWords.Contains(lower) || oppositionWords.Contains(lower)
            || OpensPhrase(s, k, lower))) return s;
        return string.Concat(s.AsSpan(0, k), [char.ToLowerInvariant(s[k])], s.AsSpan(k + 1));
    }

    // Where the text after a dateline starts ("PARIS (AFP) - ", "WASHINGTON, May 16 (NZPA-Reuter) - "): a city in capitals opens
    // the sentence and DatelineHeads reads its dateline; else 0.
    private static int AfterDateline(string s) =>
        s.Length > 3 && char.IsAsciiLetterUpper(s[0]) && char.IsAsciiLetterUpper(s[1]) && char.IsAsciiLetterUpper(s[2]) ? DatelineHeads.Length(s) : 0;

    // "functionaries" = "officials": the English noun a calque of translated copy names its voices by.
    private readonly VoiceCalques calques;

    // "administration": a government voice word that names whose officials they are, never kept in their name.
    private readonly HashSet<string> stateOfficeWords;

    // "defense" = United States: the country an unnamed voice whose name keeps that word defaults to when the passage gives it
    // none (unowned_voice_countries).
    private readonly Dictionary<string, string> unownedCountries = new(StringComparer.Ordinal);

    public void Add(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates, string? documentCountry = null, string? dateline = null,
        (string? Country, int At) body = default, string? outlet = null)
    {
        s = OpeningVoiceInLowerCase(s);
        for (var i = 0; i < s.Length && speakerStarts.In(s, i, s.Length) is var next and >= 0; i++)
        {
            i = next;
            if (!IsWord(s[i]) || (i > 0 && IsWord(s[i - 1]))) continue;
            var j = WordEnd(s, i);
            // "two aid workers there said", "opposition politicians and trade unions argue": a voice of two words is read whole.
            if (PhraseEnd(s, i) is > 0 and var phraseEnd) j = phraseEnd;
            // "two diplomats estimated": diplomats of no stated country are named as the text names them, "diplomats" (the DevSet
            // header's batch H; only "a diplomatic source" is "diplomatic sources"; a country's are its group: "European diplomats");
            // of kind other, as no state voice of the document lends them its country.
            if (((diplomatWords.Contains(s.AsSpan(i, j - i)) && !AfterPossessive(s, i)) || (diplomatWord.Contains(s.AsSpan(i, j - i)) && OneOfSome(s, i)))
                && (i == 0 || s[i - 1] == ' '))
            {
                candidates.Add(new(4, new SourceRef(new TextSpan(start + i, start + j), "diplomats", SourceKind.Other, null, CitationRole.Mentioned,
                    "diplomat", IsGroup: true)) { CitedOnly = true });
                i = j;
                continue;
            }
            // "the head of the parliamentary intelligence committee said": a committee's unnamed head is a lawmaker, its state's
            // ("South Korean lawmakers"), as the DevSet header names one; not where the office is set off by commas beside a name
            // ("Rep. Mike Rogers, the chairman of the House Armed Services Committee, said"), which is the person's title.
            if (committeeWords.Contains(s.AsSpan(i, j - i)))
            {
                if (CommitteeHead(s, i) is { } headStart && !NameAfter(s, j) && !(j < s.Length && s[j] == ',')
                    && (InPhrase(countries, headStart, j) ?? body.Country ?? documentCountry ?? dateline ?? outlet) is { } state)
                    candidates.Add(new(4, new SourceRef(new TextSpan(start + headStart, start + j), $"{countryWords.Adjective(state)} lawmakers", SourceKind.Government, state,
                        CitationRole.Mentioned, "lawmaker", IsGroup: true)) { CitedOnly = true });
                i = j;
                continue;
            }
            // "lawmakers briefed by the agency said": a legislature's members are a state's, the passage's (state_voice_heads).
            if (stateVoiceWords.Contains(s.AsSpan(i, j - i)))
            {
                if ((i == 0 || s[i - 1] == ' ') && !AfterPossessive(s, i) && CountryBefore(s, i, countries) is null && !NameAfter(s, j)
                    && (body.Country ?? documentCountry ?? dateline ?? outlet) is { } state)
                    candidates.Add(new(4, new SourceRef(new TextSpan(start + i, start + j), $"{countryWords.Adjective(state)} lawmakers", SourceKind.Government, state,
                        CitationRole.Mentioned, SourceNouns.Singular(s[i..j]), IsGroup: true)) { CitedOnly = true });
                i = j;
                continue;
            }
            // "the opposition said", "according to the opposition,": a state's opposition that speaks (opposition_voice_heads).
            if (oppositionWords.Contains(s.AsSpan(i, j - i)))
            {
                if ((i == 0 || s[i - 1] == ' ') && OppositionSpeaks(s, j))
                {
                    var owner = CountryRightBefore(s, i, countries);
                    var state = owner?.Country ?? body.Country ?? documentCountry ?? dateline ?? outlet;
                    // With its state before it, a group named as GroupFinder names a state's groups (priority 2), over the state alone.
                    candidates.Add(new(owner is null ? 4 : 2, new SourceRef(new TextSpan(start + (owner?.Span.Start ?? i), start + j),
                        state is null ? "opposition" : $"{countryWords.Adjective(state)} opposition", SourceKind.Other, state,
                        CitationRole.Mentioned, "opposition", IsGroup: true)) { CitedOnly = true });
                }
                i = j;
                continue;
            }
            // "Police said about 200 people took part", "…, police said": a state's force by its bare noun, speaking, is the
            // dateline's state's ("SEOUL - …": South Korean police), as "a police spokesman" is, where the sentence names no other
            // state that could be the voice; else the one owner the sentence names. Not after a word that names whose it is
            // ("Kenyan police", "the police chief": GroupFinder and the titles read those).
            if (bareForceWords.Contains(s.AsSpan(i, j - i)))
            {
                var opensSentence = i == 0 || s.AsSpan(0, i).Trim() is var lead && (lead.IsEmpty || lead is "\"" or "“");
                var afterComma = i > 1 && s[i - 1] == ' ' && s[i - 2] == ',';
                var verbAfter = SkipWhiteSpace(s, j) is var v && v < s.Length && speechVerbWords.Contains(s.AsSpan(v, WordEnd(s, v) - v));
                if ((opensSentence || afterComma) && verbAfter
                    && ((dateline is not null && (body.Country ?? dateline) == dateline && (documentCountry ?? dateline) == dateline
                        && !countries.Exists(c => c.Country is { } named && named != dateline && OtherVoice(s, c, countries)) ? dateline : null)
                        ?? OnlyOwner(s, countries)) is { } state)
                    candidates.Add(new(4, new SourceRef(new TextSpan(start + i, start + j), $"{countryWords.Adjective(state)} police", SourceKind.Government, state,
                        CitationRole.Mentioned, "police", IsGroup: true)) { CitedOnly = true });
                i = j;
                continue;
            }
            var qualified = qualifiedWords.Contains(s.AsSpan(i, j - i));
            if ((qualified || unnamedWords.Contains(s.AsSpan(i, j - i))) && (i == 0 || s[i - 1] is not ('-' or '\'' or '’')))
            {
                // The modifiers before it that say what kind of voice it is: "military", "senior intelligence".
                var first = i;
                var kept = new List<string>();
                var kind = SourceKind.Other;
                while (TryWordBefore(s, first, 0, out var w, out var ws) && (singleModifierWords.Contains(w) || ModifierKind(w) is not null))
                {
                    if (ModifierKind(w) is { } wordKind)
                    {
                        kept.Insert(0, SourceNouns.AmericanSpelling(w.ToString()));
                        // The most telling word decides: intelligence, then military, then government.
                        if (Rank(wordKind) < Rank(kind)) kind = wordKind;
                    }
                    first = ws;
                }
                // "Defense officials said …": a modifier capitalised only because it opens the sentence; "Army officials", "Navy
                // officers": a service's name, capitalised anywhere, where the document gives a country to name it by.
                if (CapitalisedWordBefore(s, first) is { } opening && VoiceKind(opening.Word) is { } openingKind
                    && (opening.Initial || armedServices.TryGet(opening.Word, out _) && (dateline ?? documentCountry ?? OnlyOwner(s, countries)) is not null))
                {
                    kept.Insert(0, SourceNouns.AmericanSpelling(opening.Word));
                    if (Rank(openingKind) < Rank(kind)) kind = openingKind;
                    first = opening.Start;
                }
                // "Defense Ministry officials said", "Defense Agency officials": a defense body's name in capitals before the voice makes
                // it a military voice, named as "defense officials" are ("South Korean defense officials"), not bare officials
                // (voice_body_heads).
                else if (kept.Count == 0 && CapitalisedWordBefore(s, first) is { Initial: false } ministry && voiceBodyHeads.Contains(ministry.Word)
                    && CapitalisedWordBefore(s, ministry.Start) is { } named && VoiceKind(named.Word) is SourceKind.Military)
                {
                    kept.Add(SourceNouns.AmericanSpelling(named.Word));
                    kind = SourceKind.Military;
                    first = named.Start;
                }
                // "analysts at the Institute for the Study of War": the institute speaks.
                var linked = SkipWhiteSpace(s, j) is var n && WordEnd(s, n) is var m && voiceLinkWords.Contains(s.AsSpan(n, m - n));
                // "ANI reported, citing sources": sources a national outlet cites with no word of who they are are its country's
                // ("Indian sources"), as its military sources are.
                if (qualified && kept.Count == 0 && !linked && outlet is not null && SourceNouns.Plural(s[i..j]) == "sources"
                    && TryWordBefore(s, i, 0, out var cite, out _) && citingWords.Contains(cite))
                {
                    candidates.Add(new(4, new SourceRef(new TextSpan(start + i, start + j), $"{countryWords.Adjective(outlet)} sources", SourceKind.Other, outlet,
                        CitationRole.Mentioned, "source", IsGroup: true)) { CitedOnly = true });
                    i = j;
                    continue;
                }
                // "Tigrayan officials said", "a Kurdish official told AFP": a side's adjective that names no country (inside the
                // sentence, not opening it) says whose voices they are; a spokesperson speaks for a body, named elsewhere.
                if (qualified && kept.Count == 0 && !linked && !spokespersonWords.Contains(s.AsSpan(i, j - i)) && CapitalisedWordBefore(s, first) is { Initial: false } side
                    && sideEndings.Any(e => side.Word.Length > e.Length + 2 && side.Word.EndsWith(e, StringComparison.Ordinal)) && CountryBefore(s, first, countries) is null)
                {
                    candidates.Add(new(4, new SourceRef(new TextSpan(start + side.Start, start + j), $"{s.Substring(side.Start, side.Word.Length)} {SourceNouns.Plural(s[i..j])}",
                        SourceKind.Other, null, CitationRole.Mentioned, SourceNouns.Singular(s[i..j]), IsGroup: true)) { CitedOnly = true });
                    i = j;
                    continue;
                }
                if (qualified && kept.Count == 0 || linked)
                {
                    // "an official told the paper": a description that Attribution resolves in the document (bare_voices).
                    if (!linked && bareVoiceWords.Contains(s.AsSpan(i, j - i)))
                    {
                        // Bare "officials" keep no country of their own: the one owner their sentence names is as often the side
                        // being counted ("3,000 North Korean soldiers have been killed, officials said") as the speakers' own. Where
                        // the document cites no state voice, the dateline's state is theirs ("KABUL (Reuters) - …, officials said":
                        // Afghan officials), as copy filed from a state quotes its officials; not where the sentence counts another
                        // state's troops ("KABUL - 3,000 U.S. troops will leave, officials said"), whose officials they as often are.
                        // "an official source said": the voice takes in the noun after it (voice_head_tails).
                        j = calques.EndPastTail(s, i, j);
                        var span = new TextSpan(start + first, start + j);
                        var filed = dateline is null || OnlyOwner(s, countries) is { } owner && owner != dateline ? null
                            : new SourceRef(span, $"{countryWords.Adjective(dateline)} officials", SourceKind.Government, dateline, CitationRole.Mentioned, "official", IsGroup: true);
                        candidates.Add(new(5, new SourceRef(span, "officials", SourceKind.Government, null, CitationRole.Mentioned, "official",
                            IsGroup: true, IsPronoun: true, Fallback: filed)));
                    }
                    // "…, sources say.": bare sources stand for those cited before.
                    // Only where a speech verb or a mark follows ("sources said", "according to sources."), not "sources in the army",
                    // which the sources' body names (SourcesInBodies).
                    else if (!linked && bareSourceWords.Contains(s.AsSpan(i, j - i)) && (i == 0 || !char.IsLetter(s[i - 1])) && first == i
                        && SkipWhiteSpace(s, j) is var after && (after >= s.Length || s[after] is ',' or '.' or ';' or ')' || speechVerbWords.Contains(s.AsSpan(after, WordEnd(s, after) - after))))
                    {
                        // With none cited before, they are named as the text names them ("…, sources told Reuters": "sources"); with a
                        // word of how they stand or how many they are, a new voice ("according to local sources", "citing several
                        // sources": bare_source_qualities, bare_source_counts).
                        var hasWord = TryWordBefore(s, i, 0, out var sourceWord, out var qs);
                        // TryWordBefore reads lower-case letters only: the sentence's capitalised first word ("Local sources said").
                        if (hasWord && qs > 0 && char.IsUpper(s[qs - 1]) && (qs == 1 || !char.IsLetter(s[qs - 2]))) sourceWord = s.AsSpan(--qs, sourceWord.Length + 1);
                        var quality = hasWord && bareSourceQualities.Contains(sourceWord) ? qs : -1;
                        var counted = hasWord && bareSourceCounts.Contains(sourceWord);
                        var span = new TextSpan(start + (quality < 0 ? i : quality), start + j);
                        var named = new SourceRef(span, quality < 0 ? "sources" : char.ToLowerInvariant(s[quality]) + s[(quality + 1)..j], SourceKind.Other, null,
                            CitationRole.Mentioned, "sources", IsGroup: true);
                        candidates.Add(new(5, quality < 0 && !counted ? named with { IsPronoun = true, Fallback = named } : named));
                    }
                    i = j;
                    continue;
                }
                // "A resident, <First> <Last>, said": one voice whose name stands beside it in commas is that person, whom the
                // person finders cite (as a spokesperson whom the passage names is), no unnamed group besides.
                if (!qualified && OneVoice(s[i..j]) && ApposedName(s, j))
                {
                    i = j;
                    continue;
                }
                // A spokesperson is one voice ("defense ministry spokesperson"), as a country's is; the others a group.
                var spokesperson = spokespersonWords.Contains(s.AsSpan(i, j - i));
                var word = calques.English(s[i..j]);
                var noun = spokesperson ? SourceNouns.Singular(word) : SourceNouns.Plural(word);
                if (kind == SourceKind.Other)
                    kind = noun is "officials" or "diplomats" or "spokesperson" ? SourceKind.Government
                        : noun is "commanders" or "officers" ? SourceKind.Military
                        : SourceKind.Other;
                // (A spokesperson speaks for a body of the sentence's country: DescribedSources names it.) A country named
                // right before the voice is its own ("a Kosovo government official"); a military voice is else the
                // country's whose troops the sentence counts, then for defense officials that of the state body the sentence
                // names before them ("The Pentagon is drawing up …, citing defense officials"; a "military source" on
                // "Wagner fighters" stays open), then the dateline's ("3,000 U.S. sailors arrived, a naval
                // officer said"); a government voice the dateline's first ("NEW DELHI (PTI) - Chinese troops …, government
                // sources said": Indian), as a country's press cites its own government.
                var military = kind is SourceKind.Military or SourceKind.Intelligence;
                // A voice of another trade ("diplomatic sources") with no country in its sentence stays as the text names it.
                var government = kept is ["government"];
                // "government sources in Seoul": the voice's own place.
                var placeAfter = SkipWhiteSpace(s, j) is var placeWord && WordEnd(s, placeWord) is var placeWordEnd && s.AsSpan(placeWord, placeWordEnd - placeWord) is "in" ? SkipWhiteSpace(s, placeWordEnd) : -1;
                // "a senior administration official": the word alone says whose government speaks (state_office_voice_words), whatever
                // countries the sentence counts, unless one is named right before it.
                var stateOffice = kept.Count == 1 && stateOfficeWords.Contains(kept[0]);
                // "the Kyiv Post reported, citing unnamed intelligence officials": a national outlet's own officials, whatever state
                // voice the document cited before, as a country's press cites its own (the DevSet's "Yonhap, citing military
                // sources": South Korean); only where the citing verb takes the voice itself.
                // "Yle reported, citing a military intelligence source": past an indefinite determiner too.
                var citedByOutlet = outlet is not null && CitedBy(s, first);
                // "a military intelligence source told the Kyiv Independent that 18 North Korean soldiers deserted": a voice that speaks
                // to a national outlet is the outlet's country's rather than the side the sentence counts, where that side is the state
                // the document cited last or the outlet's is ("a military source told Yonhap that 40 North Korean soldiers crossed",
                // after Seoul's ministry spoke), as a reporter's own sources are seldom the side being counted (outlet_telling_verbs).
                // Not where the document cited no state: a network's sources are as often another state's ("intelligence sources
                // tell" a U.S. network of Egyptian divisions).
                var toldOutlet = outlet is not null && documentCountry is not null
                    && WordAt(s, SkipWhiteSpace(s, j), tellingWords) is not null
                    && (documentCountry == outlet || countries.Exists(c => c.Country == documentCountry && (c.IsDemonym || c.Possessive)));
                // "a security source in Bangui told Reuters": a voice placed in a country's capital (or the country) is that country's,
                // before any state the document cited earlier ("MOSCOW - … Russia's foreign ministry said. A security source in Bangui
                // said …" is the Central African Republic's), as Attribution.VoicesInCapitals names a voice of no country; not one
                // posted there (posted_voices: "a diplomatic source in Washington").
                var placedIn = placeAfter >= 0 && !kept.Exists(w => postedWords.Contains(w))
                    && countries.Find(c => c.Span.Start == placeAfter && c.Country is not null && !c.IsDemonym) is { Country: { } place } ? place : null;
                // "some foreign officials": the word says they are another state's, none the passage gives (other_state_voice_words).
                var otherState = kept.Count == 1 && otherStateWords.Contains(kept[0]);
                var country = kept.Count > 0 && !spokesperson && !otherState
                    ? CountryBefore(s, first, countries) ?? placedIn ?? (stateOffice ? unownedCountries.GetValueOrDefault(kept[0]) : military ? MilitaryVoiceCountry() : GovernmentVoiceCountry())
                    : null;
                string? MilitaryVoiceCountry() =>
                    (citedByOutlet ? outlet : null)
                    ?? DatelineOverOwner()
                    ?? (toldOutlet ? outlet : null)
                    ?? CountedOrCited()
                    ?? (body.At < first && kept.Contains("defense") ? body.Country : null)
                    ?? Dateline()
                    // "Israel has called up some 200,000 reservists, military sources said": the state that opens the sentence by its
                    // name acts on its own troops, and its military speaks of them, where no dateline says whose copy it is.
                    ?? (dateline is null ? OpeningActor() : null)
                    ?? documentCountry
                    ?? Outlet()
                    ?? Unowned();
                string? GovernmentVoiceCountry() =>
                    (government && citedByOutlet ? outlet : null)
                    ?? (government ? Dateline() : null)
                    ?? CountedOrCited()
                    ?? (government ? Outlet() ?? OpeningActor() : null);
                // "3,000 U.S. sailors arrived, a senior naval officer said": the one owner the sentence counts is the voice's, as the
                // story's actor speaks of its own troops; but not where the document cited another state's voice before and the
                // sentence names the owner only by the adjective of the troops it counts ("Poland's border guard said … About
                // 4,000 Belarusian soldiers have massed near the frontier, military sources said": Polish; "South Korea's spy
                // agency said … Military officials said 10,000 North Korean troops …": South Korean): in border and relay stories
                // the counted side is the adversary the cited state watches, seldom the unnamed speaker. A state named by its
                // name or possessive acts ("Britain's share could be under 6,000 troops, military sources said", after France's
                // president spoke: British), and keeps its voice; as does the counted state whose copy it is, by its
                // dateline or a national outlet of its own the sentence cites ("WASHINGTON - … Russia's foreign ministry said …
                // About 3,000 American troops will arrive, military officials said": U.S.).
                string? CountedOrCited() => OnlyOwner(s, countries) is not { } counted ? null
                    : documentCountry is not null && counted != documentCountry && dateline != counted && outlet != counted
                        && countries.TrueForAll(c => c.Country != counted || c is { IsDemonym: true, Possessive: false })
                    ? documentCountry : counted;
                // "Britain is ready to send up to 15,000 soldiers to Bosnia, government sources said": the state whose name opens the
                // sentence acts, and its government speaks, where no other state the sentence names could be the voice.
                string? OpeningActor() =>
                    countries.Find(c => c.Country is not null) is { Country: { } actor, IsDemonym: false } opener && s.AsSpan(0, opener.Span.Start).Trim().IsEmpty
                    && !countries.Exists(c => c.Country is { } named && named != actor && OtherVoice(s, c, countries)) ? actor : null;
                // Copy filed from one state about another's troops is the filing state's voice ("KYIV - 4,000 North Korean
                // soldiers have been killed, military officials said": Ukrainian): the dateline's state comes before the owner's.
                string? DatelineOverOwner() => dateline is not null && OnlyOwner(s, countries) is { } owner && owner != dateline ? Dateline() : null;
                // No country from the passage, no dateline of another, no state voice cited before nor a national outlet: the
                // voice word's default country ("a defense official said": U.S.), if it has one.
                string? Unowned()
                {
                    if (dateline is not null || documentCountry is not null || outlet is not null) return null;
                    foreach (var word in kept)
                        if (unownedCountries.TryGetValue(word, out var fallback)) return fallback;
                    return null;
                }
                // Last, a national outlet the sentence cites speaks for its own country's voices ("Yonhap reported, citing
                // military sources": South Korean), as a dateline does.
                // The dateline is where the reporter is, not whose voice: it names the voice only when the sentence names no
                // other state by its name ("WASHINGTON - South Korea's military will …, government sources said" is Seoul's),
                // nor a body of another ("The Defense Department said …"), nor the document cites another state.
                string? Dateline() => dateline is not null && (body.Country ?? dateline) == dateline && (documentCountry ?? dateline) == dateline
                    && !countries.Exists(c => c.Country is { } named && named != dateline && (OtherVoice(s, c, countries) || c.Span.Start == placeAfter)) ? dateline : null;
                // A national outlet names the voice on the same terms as a dateline ("BERLIN (dpa) - The U.S. has 35,000 …,
                // government sources said" stays open).
                string? Outlet() => outlet is not null && (body.Country ?? outlet) == outlet && (documentCountry ?? outlet) == outlet
                    && !countries.Exists(c => c.Country is { } named && named != outlet && (OtherVoice(s, c, countries) || c.Span.Start == placeAfter)) ? outlet : null;
                if (country is not null)
                {
                    // "<country adjective> [military|defense|intelligence] <plural head>": "Indian sources", "Kosovar officials".
                    // Sources keep "government" and "security" ("Australian government sources", "Iraqi security sources"), officials do
                    // not ("Malian officials"), as GroupFinder names them.
                    kept.RemoveAll(w => w is "government" && noun != "sources" || stateOfficeWords.Contains(w));
                    if (noun != "sources") kept.Remove("security");
                    // A country's service keeps its name's case: "U.S. Army officials".
                    for (var k = 0; k < kept.Count; k++)
                        if (armedServices.TryGet(kept[k], out var service)) kept[k] = service;
                    kept.Insert(0, countryWords.Adjective(country));
                }
                // "al-Qaida-linked militants said": a word of whom a voice of no country stands with stays in its name.
                if (kept.Count == 0 && country is null && WordStartBefore(s, first) is >= 0 and var tied && Affiliation(s.AsSpan(tied, first - tied).TrimEnd()) is { Length: > 0 } affiliation)
                {
                    kept.Add(affiliation.ToString());
                    first = tied;
                }
                // "a local trader told AFP", "local observers said": a voice of no country named by where it stands keeps that word,
                // as the DevSet header names "local sources", "local media" and "local observers" (unnamed_voice_qualities).
                if (kept.Count == 0 && country is null && TryWordBefore(s, first, 0, out var standing, out var standingStart) && voiceQualities.Contains(standing))
                {
                    kept.Add(standing.ToString());
                    first = standingStart;
                }
                var voice = new SourceRef(new TextSpan(start + first, start + j), string.Join(' ', kept.Append(noun)), kind, country, CitationRole.Mentioned,
                    SourceNouns.Singular(noun), IsGroup: !spokesperson);
                // "diplomatic and security sources", "Military and intelligence sources said": two trade words joined before one noun of
                // sources are two voices, each named by its word ("diplomatic sources", "security sources"), the first the one that
                // speaks and the second its partner, as "U.S. and South Korean officials" are.
                if (noun == "sources" && JoinedTradeWord(s, first) is var (lead, leadStart, leadKind))
                {
                    // A posted trade ("diplomatic") takes no country from the sentence, as it does alone (posted_voices).
                    var leadCountry = postedWords.Contains(lead) ? null : country;
                    var leadWords = leadCountry is null ? [SourceNouns.AmericanSpelling(lead)] : new[] { countryWords.Adjective(leadCountry), SourceNouns.AmericanSpelling(lead) };
                    candidates.Add(new(4, new SourceRef(new TextSpan(start + leadStart, start + j), string.Join(' ', leadWords.Append(noun)), leadKind, leadCountry,
                        CitationRole.Mentioned, "source", IsGroup: true)) { CitedOnly = true, Partner = voice });
                    i = j;
                    continue;
                }
                candidates.Add(new(4, voice) { CitedOnly = true });
            }
            i = j;
        }
    }

    // Whether a citing verb stands right before `at`, or before an indefinite determiner there ("citing sources", "citing a
    // military source").
    private bool CitedBy(string s, int at)
    {
        if (!TryWordBefore(s, at, 0, out var word, out var ws)) return false;
        if (determinerWords.Contains(word) && !TryWordBefore(s, ws, 0, out word, out _)) return false;
        return citingWords.Contains(word);
    }

    // The hyphenated word itself where its last part is one of voice_affiliation_tails ("al-Qaida-linked"), else empty.
    private ReadOnlySpan<char> Affiliation(ReadOnlySpan<char> word)
    {
        var hyphen = word.LastIndexOf('-');
        return hyphen > 0 && affiliationTails.Contains(word[(hyphen + 1)..].ToString()) ? word : [];
    }

    // Whether an indefinite determiner stands right before `at`, past words of countryless_diplomat_modifiers: "a diplomat",
    // "a senior diplomat"; not "the EU's top diplomat" or "Russia's chief diplomat", offices.
    private bool OneOfSome(string s, int at)
    {
        var p = at;
        while (TryWordBefore(s, p, 0, out var word, out var ws))
        {
            if (determinerWords.Contains(word)) return true;
            if (!diplomatModifierWords.Contains(word)) return false;
            p = ws;
        }
        // "A diplomat told Reuters …": the determiner capitalised where it opens the sentence.
        return OpeningDeterminer(s, p);
    }

    private const int MaxDeterminer = 8;

    private bool OpeningDeterminer(string s, int at)
    {
        var e = at;
        while (e > 0 && s[e - 1] == ' ') e--;
        var b = e;
        while (b > 0 && char.IsLetter(s[b - 1])) b--;
        // (A determiner is a short word: a long run of letters is none, and no longer buffer is taken for it.)
        if (b == e || e - b > MaxDeterminer || b > 0 && !char.IsWhiteSpace(s[b - 1]) && s[b - 1] is not ('"' or '“' or '(')) return false;
        Span<char> lower = stackalloc char[e - b];
        s.AsSpan(b, e - b).ToLowerInvariant(lower);
        return char.IsUpper(s[b]) && determinerWords.Contains(lower);
    }

    // Whether a possessive stands right before `at`, past lower-case modifiers ("the EU's top diplomats"): an office, not a voice.
    private static bool AfterPossessive(string s, int at)
    {
        var p = at;
        while (TryWordBefore(s, p, 0, out _, out var ws)) p = ws;
        while (p > 0 && s[p - 1] == ' ') p--;
        return p > 1 && s[p - 1] == 's' && s[p - 2] is '\'' or '’';
    }

    // Where "the head of" starts before the committee noun at `at` ("the head of the National Assembly's intelligence committee",
    // "the chairman of parliament's defence committee"): "the" or an indefinite_voice_determiners word, a committee_heads word
    // and "of", then up to seven words (letters, apostrophes, hyphens and full stops, spaces between); null when there is none.
    private int? CommitteeHead(string s, int at)
    {
        var p = at;
        for (var words = 0; words < 8; words++)
        {
            var e = p;
            while (e > 0 && s[e - 1] == ' ') e--;
            if (e == p || e == 0) return null;
            var b = e;
            while (b > 0 && (char.IsLetter(s[b - 1]) || s[b - 1] is '\'' or '’' or '-' or '.')) b--;
            if (b == e) return null;
            var word = s.AsSpan(b, e - b);
            if (word is "of")
            {
                if (!TryWordBefore(s, b, 0, out var head, out var hs) || !committeeHeadWords.Contains(head)) return null;
                if (TryWordBefore(s, hs, 0, out var det, out var ds) && (det is "the" || determinerWords.Contains(det))) return ds;
                return null;
            }
            p = b;
        }
        return null;
    }

    // The country the words from..to name ("the head of South Korea's intelligence committee"), or null.
    private static string? InPhrase(List<CountryName> countries, int from, int to)
    {
        foreach (var c in countries)
            if (c.Country is { } country && c.Span.Start >= from && c.Span.End <= to) return country;
        return null;
    }

    // Whether a voice noun names one voice: "a resident", "a witness" (whose plural voice_noun_calques give), not "residents".
    private bool OneVoice(string word) => calques.English(word) != word || !word.EndsWith('s');

    // Whether a name of two to four capitalised words stands in commas right after `end` ("a witness, Ali Hassan, said"), not
    // the clause after an opening voice ("According to a witness, Russian troops arrived").
    private static bool ApposedName(string s, int end)
    {
        if (end >= s.Length || s[end] != ',') return false;
        var p = end + 1;
        for (var words = 0; words < 4; words++)
        {
            var w = SkipWhiteSpace(s, p);
            if (w == p || w >= s.Length || !char.IsUpper(s[w])) return false;
            var e = w;
            while (e < s.Length && (char.IsLetter(s[e]) || s[e] is '-' or '\'' or '’' or '.')) e++;
            if (e < s.Length && s[e] == ',') return words >= 1;
            p = e;
        }
        return false;
    }

    // Whether a capitalised word follows the voice word ending at `end` ("lawmakers Lee Seong-kweun and Kim ..."): a name.
    private static bool NameAfter(string s, int end)
    {
        var n = SkipWhiteSpace(s, end);
        return n > end && n < s.Length && char.IsUpper(s[n]);
    }

    // The capitalised word right before `at`, lower-cased, where it starts, and whether it opens the sentence (after
    // quotes or marks only); null when there is none.
    private static (string Word, int Start, bool Initial)? CapitalisedWordBefore(string s, int at)
    {
        var e = at;
        while (e > 0 && s[e - 1] == ' ') e--;
        if (e == at) return null;
        var b = e;
        while (b > 0 && char.IsAsciiLetter(s[b - 1])) b--;
        if (b == e || !char.IsUpper(s[b]) || (e - b > 1 && !char.IsLower(s[b + 1]))) return null;
        // A dateline's dash ends what stands before the sentence ("WASHINGTON (AP) - Defense officials said").
        var d = b;
        while (d > 0 && s[d - 1] == ' ') d--;
        var initial = d > 0 && d < b && s[d - 1] is '-' or '–' or '—';
        var k = 0;
        while (k < b && !char.IsLetterOrDigit(s[k])) k++;
        initial |= k == b;
        return (s[b..e].ToLowerInvariant(), b, initial);
    }

    // A state named in the sentence that could be the voice: not a place ("sent to Russia") nor whose troops ("Chinese troops").
    private bool OtherVoice(string s, CountryName c, List<CountryName> countries)
    {
        if (c.IsGroupAdjective) return false;
        if (TryWordBefore(s, c.Span.Start, 0, out var before, out var beforeStart) && placePrepositions.Contains(before)) return false;
        // "the unit stationed in Arbil, Iraq,": the country after a city's comma is where the city is.
        if (CountryOfCity(s, c, countries)) return false;
        // "in southern Iraq", "the violence of central Iraq": a part of the country, where something is (place_adjectives).
        if (placeAdjectives.Contains(before)) return false;
        // "300 soldiers will leave for Iraq": where troops go (departure_words before "for").
        if (before is "for" && TryWordBefore(s, beforeStart, 0, out var going, out _) && departureWords.Contains(going)) return false;
        // "the border with Pakistan", "the Pakistan border": the far side of a frontier (dateline_frontier_nouns).
        if (before is "with" && frontiers.NounBefore(s, beforeStart)) return false;
        if (!c.Possessive && frontiers.NounAfter(s, c.Span.End)) return false;
        var n = SkipWhiteSpace(s, c.Span.End);
        return c.Possessive || !troopWords.Contains(s.AsSpan(n, WordEnd(s, n) - n));
    }

    // Whether the sentence's first word, read in lower case, opens a voice of more than one word ("Aid workers said").
    private bool OpensPhrase(string s, int k, ReadOnlySpan<char> lower)
    {
        foreach (var phrase in voicePhrases)
            if (phrase.AsSpan().StartsWith(lower, StringComparison.Ordinal) && phrase.Length > lower.Length && phrase[lower.Length] == ' '
                && s.AsSpan(k + lower.Length).StartsWith(phrase.AsSpan(lower.Length), StringComparison.Ordinal))
                return true;
        return false;
    }

    // Where a voice of unnamed_speakers written in more than one word that starts at `i` ends ("aid workers"), or 0.
    private int PhraseEnd(string s, int i)
    {
        foreach (var phrase in voicePhrases)
            if (s.AsSpan(i).StartsWith(phrase, StringComparison.Ordinal) && (i + phrase.Length == s.Length || !IsWord(s[i + phrase.Length])))
                return i + phrase.Length;
        return 0;
    }

    // Whether the opposition word ending at `end` speaks: a speech verb, a comma, a full stop or the sentence's end right after it.
    private bool OppositionSpeaks(string s, int end)
    {
        if (end >= s.Length || s[end] is ',' or '.' or ';' or '"' or '”') return true;
        var n = SkipWhiteSpace(s, end);
        return n < s.Length && speechVerbWords.Contains(s.AsSpan(n, WordEnd(s, n) - n));
    }

    // The country named right before a word, possessive or not ("Poland's opposition", "the Polish opposition"), or null.
    private static CountryName? CountryRightBefore(string s, int first, List<CountryName> countries)
    {
        var end = first;
        while (end > 0 && s[end - 1] == ' ') end--;
        foreach (var c in countries)
            if (c.Country is not null && c.Span.End == end && end < first) return c;
        return null;
    }

    // The country named right before an unnamed voice's first word ("a Kosovo government official", "an Indian army
    // officer"), or null.
    private static string? CountryBefore(string s, int first, List<CountryName> countries)
    {
        var end = first;
        while (end > 0 && s[end - 1] == ' ') end--;
        foreach (var c in countries)
            if (c.Country is { } country && c.Span.End == end && end < first && !c.Possessive) return country;
        return null;
    }

    // The one country the sentence names, when it names it as an owner at least once ("U.S. sailors", "Denmark's
    // troops"); null when it names none, several (a place too: "North Korean troops are in Russia, a government source
    // said" is not North Korea's voice), or only as a place ("in the Central African Republic"). A demonym that names a
    // place (DemonymOfPlace) is passed over.
    private string? OnlyOwner(string s, List<CountryName> countries)
    {
        string? only = null;
        var owner = false;
        foreach (var c in countries)
            if (c.Country is { } country && !DemonymOfPlace(s, c))
            {
                if (only is not null && only != country) return null;
                only = country;
                owner |= c.IsDemonym || c.IsGroupAdjective || c.Possessive;
            }
        return owner ? only : null;
    }

    // "close to the Indian border": a demonym before a frontier noun names the far side of a frontier, a place, neither an owner
    // nor a voice; as does one before a region's noun ("the Russian region of Kursk", "the Ethiopian region Tigray":
    // voice_owner_place_nouns).
    private bool DemonymOfPlace(string s, CountryName c)
    {
        if (!c.IsDemonym || c.Possessive) return false;
        if (frontiers.NounAfter(s, c.Span.End)) return true;
        var n = SkipWhiteSpace(s, c.Span.End);
        return ownerPlaceNouns.Contains(s.AsSpan(n, WordEnd(s, n) - n));
    }

    // The trade word joined by "and" before the modifiers that start at `first` ("diplomatic and security sources"), in lower case
    // or opening the sentence ("Security and diplomatic sources"): the word (lower case), where it starts and its kind; or null.
    private (string Word, int Start, SourceKind Kind)? JoinedTradeWord(string s, int first)
    {
        if (!TryWordBefore(s, first, 0, out var and, out var andStart) || !and.SequenceEqual("and")) return null;
        if (TryWordBefore(s, andStart, 0, out var lead, out var leadStart) && ModifierKind(lead) is { } kind && (leadStart == 0 || !char.IsLetter(s[leadStart - 1])))
            return (lead.ToString(), leadStart, kind);
        return CapitalisedWordBefore(s, andStart) is { Initial: true } opening && VoiceKind(opening.Word.ToLowerInvariant()) is { } openingKind
            ? (opening.Word.ToLowerInvariant(), opening.Start, openingKind) : null;
    }

    // The kind of unnamed voice a word before it names ("naval officer": military), or null (voice_*_words in reporting.json).
    private SourceKind? VoiceKind(ReadOnlySpan<char> word) =>
        voiceIntelligenceWords.Contains(word) ? SourceKind.Intelligence
        : voiceMilitaryWords.Contains(word) ? SourceKind.Military
        : voiceGovernmentWords.Contains(word) ? SourceKind.Government
        // "security sources": a military voice in whose country it is ("BAGHDAD - …, security sources said": Iraqi).
        : voiceSecurityWords.Contains(word) ? SourceKind.Military
        : null;

    // "an Army official", "a Navy officer": a service's name, capitalised inside the sentence, says what kind of voice it is as
    // its lower-case word does (and is kept, named by its case, "U.S. Army officials").
    private SourceKind? ModifierKind(ReadOnlySpan<char> word) =>
        VoiceKind(word) ?? (word.Length > 0 && char.IsUpper(word[0]) && armedServices.TryGet(word, out _) ? VoiceKind(word.ToString().ToLowerInvariant()) : null);

    private static int Rank(SourceKind kind) => kind switch { SourceKind.Intelligence => 0, SourceKind.Military => 1, SourceKind.Government => 2, _ => 3 };
}

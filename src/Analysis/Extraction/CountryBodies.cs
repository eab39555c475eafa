namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// A country's bodies that no list names, after its adjective or possessive: its state media ("Niger's state
/// television", "the Malian state broadcaster": state_media_modifiers, state_media_nouns), its intelligence service by what
/// it is ("Norway's intelligence service": intelligence_service_names) and its armed forces by their name ("Romania's general
/// staff", "the Estonian Defence Forces": armed_forces_names), also where the name comes first and its country's body that
/// holds it after "of" ("the General Staff of Ukraine's Armed Forces") or before it with its possessive ("the Ukrainian army's
/// General Staff"): the owning body is only its address (body_owner_heads). Not before a country's bare name ("the Armed
/// Forces of Ukraine"), which copy gives as a name of its own. Named "&lt;country's adjective&gt; state television",
/// "&lt;adjective&gt; General Staff" (Defence spelt Defense, as ministries are). Candidates of priority 2.
/// </summary>
internal sealed class CountryBodies
{
    /// <summary>The lists one of whose words a sentence holds wherever Add finds something: a force's name, a state medium's
    /// modifier or an intelligence service's first word.</summary>
    public static readonly string[] CueLists = ["armed_forces_names", "state_media_modifiers", "intelligence_service_nouns", "state_media_nouns", "country_statement_nouns", "state_broadcaster_heads"];

    private readonly Countries countryWords;
    private readonly SourceGazetteer gazetteer;
    // "spy agency" -> "intelligence", "military intelligence service" -> "military intelligence" (intelligence_service_names).
    private readonly Dictionary<string, string> intelligenceNames;
    private readonly PhraseTable intelligenceServices;
    // "spy agency", "intelligence service": the singular names that name a country's one agency (single_intelligence_service_names).
    private readonly HashSet<string> singleServices;
    private readonly PhraseTable stateMediaModifiers, stateMediaNouns, forceNames, ownerHeads, statementNouns;
    // "armed forces general staff" -> "General Staff": a force's name that names the service speaking for it (armed_service_bodies).
    private readonly Dictionary<string, string> serviceBodies;
    // "media": the state's media as a whole, only after a modifier (state_media_collective_nouns).
    private readonly PhraseTable collectiveMediaNouns;
    // "Monday", "June": a day or month after a broadcaster's noun, which names no broadcaster (calendar_names).
    private readonly WordSet calendarNames;
    private readonly WordSet broadcasterHeads;
    private readonly WordSet speechVerbs;
    // "has", "also": what may stand between bare state media and their verb; "aired", "ran": what they do with what they show
    // (bare_state_media_auxiliaries, state_media_display_verbs).
    private readonly WordSet bareAuxiliaries, displayVerbs;
    private readonly string[] bareModifiers, bareModifierCues;
    // "state", "official": the modifiers that are spellings of "state" (state_media_modifiers); "national" is not one.
    private readonly HashSet<string> stateModifierWords;
    // "TV" -> "television": how a state medium's noun is spelt in its name (state_media_noun_spellings).
    private readonly Dictionary<string, string> nounSpellings;
    // "country's", "nation's": a possessive that names the sentence's state without its name (state_possessives_before_name).
    private readonly WordSet statePossessives;

    public CountryBodies(Lexicon lexicon, Countries countryWords, SourceGazetteer gazetteer)
    {
        this.countryWords = countryWords;
        this.gazetteer = gazetteer;
        calendarNames = lexicon.WordLookup("calendar_names", StringComparer.Ordinal);
        intelligenceNames = lexicon.Pairs("intelligence_service_names", '|').ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        intelligenceServices = new(intelligenceNames.Keys.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());
        singleServices = lexicon.Words("single_intelligence_service_names").ToHashSet(StringComparer.Ordinal);
        PhraseTable Table(string list) => new(lexicon.Words(list).Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());
        stateMediaModifiers = Table("state_media_modifiers");
        stateMediaNouns = Table("state_media_nouns");
        collectiveMediaNouns = Table("state_media_collective_nouns");
        forceNames = Table("armed_forces_names");
        serviceBodies = lexicon.Pairs("armed_service_bodies", '|').ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
        ownerHeads = Table("body_owner_heads");
        statementNouns = Table("country_statement_nouns");
        speechVerbs = lexicon.WordLookup("reporting_verbs", StringComparer.Ordinal);
        bareAuxiliaries = lexicon.WordLookup("bare_state_media_auxiliaries", StringComparer.Ordinal);
        displayVerbs = lexicon.WordLookup("state_media_display_verbs", StringComparer.Ordinal);
        broadcasterHeads = lexicon.WordLookup("state_broadcaster_heads", StringComparer.Ordinal);
        bareModifiers = lexicon.Words("bare_state_media_modifiers").ToArray();
        stateModifierWords = lexicon.Words("state_media_modifiers").ToHashSet(StringComparer.Ordinal);
        nounSpellings = lexicon.Pairs("state_media_noun_spellings", '|').ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        statePossessives = lexicon.WordLookup("state_possessives_before_name", StringComparer.Ordinal);
        // "state-run" holds "state": a sentence with none of the shortest modifiers has none at all, so only those are looked for.
        bareModifierCues = bareModifiers.Where(m => !bareModifiers.Any(other => other != m && m.Contains(other, StringComparison.Ordinal))).ToArray();
    }

    /// <summary>What a country's intelligence service named by what it is gets after the country's adjective ("spy agency":
    /// "intelligence", "military intelligence service": "military intelligence"), or null when the words name no service.</summary>
    public string? IntelligenceName(string what) => intelligenceNames.GetValueOrDefault(Normalize(what).ToLowerInvariant());

    // "North Korea has begun building a museum …, state media said Friday", "…, according to state television": state media
    // named bare, where they speak, are the state's whose sentence it is (SentenceActor). Named as the country's state media
    // are ("North Korean state media"); none when nothing gives a country.
    public void AddBareStateMedia(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates, string? documentCountry)
    {
        foreach (var modifier in bareModifiers)
            for (var at = s.IndexOf(modifier, StringComparison.Ordinal); at >= 0; at = s.IndexOf(modifier, at + modifier.Length, StringComparison.Ordinal))
            {
                if (at > 0 && (CueIndex.IsWordCharacter(s[at - 1]) || s[at - 1] == '-')) continue;
                var n = SkipWhiteSpace(s, at + modifier.Length);
                if (n == at + modifier.Length) continue;
                var mediaEnd = PhraseAt(s, n, stateMediaNouns, wholeWord: true);
                if (mediaEnd <= 0) mediaEnd = MediaWordEnd(s, n);
                if (mediaEnd <= 0) continue;
                // Owned or counted ("Nigerien state television", "the Gulf country's state television", "a state broadcaster").
                if (TryWordBefore(s, at, 0, out var before, out var beforeStart) && before is "a" or "an") continue;
                // "the country's state television reported": the possessive names the sentence's state, as bare media do.
                var ownerStart = StatePossessiveStart(s, at);
                var statePossessive = ownerStart >= 0;
                if (!statePossessive && at > 0 && SkipWhiteSpaceBack(s, at) is var e && e > 0 && (char.IsLetter(s[e - 1]) && char.IsUpper(s[WordStartBefore(s, at)])
                    || s[e - 1] is '\'' or '’' || s[e - 1] == 's' && e > 1 && s[e - 2] is '\'' or '’')) continue;
                var speaks = BareVerb(s, mediaEnd) is var verb && !verb.IsEmpty && (speechVerbs.Contains(verb) || displayVerbs.Contains(verb))
                    || s.AsSpan(0, at).TrimEnd().EndsWith("according to", StringComparison.Ordinal);
                if (!speaks || ((statePossessive ? PossessedState(countries, at) : null) ?? SentenceActor(s, countries, documentCountry, at)) is not { } country) continue;
                var from = statePossessive ? ownerStart : before is "the" ? beforeStart : at;
                // "state-run radio" and "official television" are the state radio and television; "national radio" keeps its word.
                var word = stateModifierWords.Contains(modifier.TrimEnd()) ? "state" : modifier.TrimEnd();
                candidates.Add(new(2, new SourceRef(new TextSpan(start + from, start + mediaEnd), $"{countryWords.Adjective(country)} {word} {MediumNoun(s[n..mediaEnd])}",
                    SourceKind.StateMedia, country, CitationRole.Mentioned, "media", AlwaysCited: true)));
            }
    }

    // The verb after bare state media, past an auxiliary or two ("state media has reported", "state television has also aired"):
    // the media's own statement or display, as "state media said" is.
    private ReadOnlySpan<char> BareVerb(string s, int mediaEnd)
    {
        var at = mediaEnd;
        var word = WordAfter(s, at);
        for (var skipped = 0; skipped < 2 && !word.IsEmpty && bareAuxiliaries.Contains(word); skipped++)
        {
            at = SkipWhiteSpace(s, at) + word.Length;
            word = WordAfter(s, at);
        }
        return word;
    }

    /// <summary>Whether text opens with a bare state medium's modifier ("state media said", "national radio reported").</summary>
    public bool OpensWithBareModifier(ReadOnlySpan<char> text)
    {
        foreach (var cue in bareModifierCues)
            if (text.StartsWith(cue, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Whether sentence text s may name bare state media ("state ", "state-run ", "national ").</summary>
    public bool MayNameBareStateMedia(string s)
    {
        foreach (var cue in bareModifierCues)
            if (s.Contains(cue, StringComparison.Ordinal)
                // "State media said": the cue opening the sentence with a capital.
                || s.Length > cue.Length && char.ToLowerInvariant(s[0]) == cue[0] && s.AsSpan(1).StartsWith(cue.AsSpan(1), StringComparison.Ordinal))
                return true;
        return false;
    }

    // Whose bare state media speak: the first country the sentence names that no preposition makes a place ("in Russia's Kursk
    // region", "to Niger"), by its name, capital or adjective ("Chinese troops … in Djibouti …, state media reported": China's);
    // else the state of the first leader the gazetteer knows who opens the sentence before them, after a title at most ("Kim Jong Un personally greeted
    // the returning engineers in Pyongyang …, state media said": North Korea's, not the dateline's); else the document's (its
    // cited state, dateline or owner).
    private string? SentenceActor(string s, List<CountryName> countries, string? documentCountry, int mediaAt)
    {
        foreach (var c in countries)
            if (c.Country is { } country
                && !(TryWordBefore(s, c.Span.Start, 0, out var w, out _) && w is "in" or "to" or "into" or "from" or "near" or "at" or "for" or "toward" or "towards"))
                return country;
        foreach (var (span, entry) in gazetteer.Find(s, 0, mediaAt))
            if (entry.Kind == SourceKind.Official && entry.Country is { } leaderCountry && (span.Start == 0 || OnlyTitleBefore(s, span.Start))) return leaderCountry;
        return documentCountry;
    }

    // "Leader Kim Jong Un has met …", "Supreme Leader Ali Khamenei said …": a title of a few capitalised words before the leader
    // still lets the leader open the sentence.
    private static bool OnlyTitleBefore(string s, int at)
    {
        var words = 0;
        foreach (var range in s.AsSpan(0, at).Trim().Split(' '))
        {
            var word = s.AsSpan(0, at).Trim()[range];
            if (word.IsEmpty) continue;
            if (++words > 3 || !char.IsUpper(word[0])) return false;
            foreach (var c in word)
                if (!(char.IsLetter(c) || c is '.' or '-')) return false;
        }
        return words > 0;
    }

    public void Add(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        foreach (var owner in countries)
            if (owner.Country is { } country && OwnedForce(s, owner) is var (from, to, name))
                candidates.Add(new(2, new SourceRef(new TextSpan(start + from, start + to), $"{countryWords.Adjective(country)} {Canonical(name)}",
                    SourceKind.Military, country, CitationRole.Mentioned, "military")));
        foreach (var adjective in countries)
        {
            if (adjective.Country is { } heading && HeadedMedium(s, adjective) is var (headFrom, headTo))
            {
                candidates.Add(new(2, new SourceRef(new TextSpan(start + headFrom, start + headTo), Normalize(s[headFrom..headTo]), SourceKind.StateMedia,
                    heading, CitationRole.Mentioned, "media", AlwaysCited: true)));
                continue;
            }
            if (adjective.Country is { } named && CountryMedium(s, adjective) is var (mediumFrom, mediumTo, medium))
            {
                candidates.Add(new(2, new SourceRef(new TextSpan(start + mediumFrom, start + mediumTo), medium, SourceKind.Outlet, named, CitationRole.Mentioned,
                    "outlet", AlwaysCited: true)));
                continue;
            }
            // "N. Korea sends troops to Russia, Seoul spy agency says", "... - S. Korea spy agency": headlines drop the possessive and
            // set a country's name or capital before its intelligence service as before its adjective ("Seoul's spy agency").
            if (adjective.Country is { } headlined && !adjective.IsAdjectiveOfGroup(s) && !adjective.Possessive
                && SkipWhiteSpace(s, adjective.Span.End) is var hp && hp > adjective.Span.End && s[adjective.Span.End] == ' '
                && PhraseAt(s, hp, intelligenceServices, wholeWord: true) is var headlinedEnd and > 0)
            {
                candidates.Add(new(2, IntelligenceRef(s, start, adjective.Span.Start, hp, headlinedEnd, headlined)));
                continue;
            }
            if (adjective.Country is not { } country || !adjective.IsAdjectiveOfGroup(s)) continue;
            var p = SkipWhiteSpace(s, adjective.Span.End);
            if (p == adjective.Span.End) continue;
            var first = adjective.Span.Start;
            if (TryWordBefore(s, first, 0, out var the, out var theStart) && the is "the") first = theStart;
            if (PhraseAt(s, p, forceNames, wholeWord: true) is var forceEnd and > 0)
            {
                candidates.Add(new(2, new SourceRef(new TextSpan(start + first, start + forceEnd), $"{countryWords.Adjective(country)} {ServiceName(s[p..forceEnd])}",
                    SourceKind.Military, country, CitationRole.Mentioned, "military")));
                continue;
            }
            // "Finland's intelligence service", "South Korean secret services", "Kyiv's spy agency": the country's intelligence, by the
            // gazetteer's name where it knows that ("South Korean intelligence": the National Intelligence Service).
            if (PhraseAt(s, p, intelligenceServices, wholeWord: true) is var serviceEnd and > 0)
            {
                candidates.Add(new(2, IntelligenceRef(s, start, first, p, serviceEnd, country)));
                continue;
            }
            // "according to Ukrainian estimates", "South Korean figures put the toll at": the country's own word, named by the country.
            if (!adjective.Possessive && PhraseAt(s, p, statementNouns, wholeWord: true) is var statementEnd and > 0)
            {
                candidates.Add(new(2, new SourceRef(new TextSpan(start + first, start + statementEnd), country, SourceKind.Government, country,
                    CitationRole.Mentioned, "government")));
                continue;
            }
            // "Niger's state television", "Iran's official news agency", "the North's official media": the country's state medium,
            // by the gazetteer's name where it knows it ("North Korean state news agency" is North Korean state media).
            if (PhraseAt(s, p, stateMediaModifiers, wholeWord: true) is var m and > 0 && SkipWhiteSpace(s, m) is var n && n > m
                && (PhraseAt(s, n, stateMediaNouns, wholeWord: true) is var nounEnd and > 0 ? nounEnd : MediaWordEnd(s, n)) is var mediaEnd and > 0
                && !NamedAfter(s, mediaEnd))
            {
                var name = $"{countryWords.Adjective(country)} state {MediumNoun(s[n..mediaEnd])}";
                if (gazetteer.TryResolveSpelling(name, out var known) && known.Country == country) name = known.Name;
                candidates.Add(new(2, new SourceRef(new TextSpan(start + first, start + mediaEnd), name, SourceKind.StateMedia, country, CitationRole.Mentioned, "media")));
            }
        }
    }

    // The state "the country's" names: the last country the sentence names by its name before it ("Russian instructors arrived in
    // Niger, the country's state television reported": Niger's; "Qatar received Turkish troops, the Gulf country's": Qatar's),
    // not by an adjective, which describes people or things of that state; null when there is none.
    private static string? PossessedState(List<CountryName> countries, int at)
    {
        string? state = null;
        foreach (var c in countries)
            if (c.Span.End <= at && c.Country is not null && !c.IsDemonym && !c.IsGroupAdjective && !c.Possessive) state = c.Country;
        return state;
    }

    // Where "the country's", "the nation's" or "the Gulf country's" (one capitalised word between) starts when it ends right
    // before `at`, else -1.
    private int StatePossessiveStart(string s, int at)
    {
        var e = SkipWhiteSpaceBack(s, at);
        if (e == at || WordStartBefore(s, at) is not (var b and >= 0) || !statePossessives.Contains(s.AsSpan(b, e - b))) return -1;
        if (TryWordBefore(s, b, 0, out var the, out var theStart) && the is "the") return theStart;
        return WordStartBefore(s, b) is var w and >= 0 && char.IsUpper(s[w]) && TryWordBefore(s, w, 0, out the, out theStart) && the is "the" ? theStart : -1;
    }

    // "TV" -> "television" (state_media_noun_spellings); other nouns as written.
    private string MediumNoun(string written) => Normalize(written) is var noun && nounSpellings.TryGetValue(noun, out var spelt) ? spelt : noun;

    // Where "media" ends when it is the word at n ("Syria's state-run media"), else 0.
    private int MediaWordEnd(string s, int n) => PhraseAt(s, n, collectiveMediaNouns, wholeWord: true);

    // Whether the broadcaster's own name follows its noun ("Tongan state broadcaster Vrela reported"): then the name is the source
    // (OutletNouns), not the country's state media; a day after the noun names none ("state television Sunday").
    private bool NamedAfter(string s, int end) =>
        end + 1 < s.Length && s[end] == ' ' && char.IsUpper(s[end + 1]) && WordEnd(s, end + 1) is var e && !calendarNames.Contains(s.AsSpan(end + 1, e - end - 1));

    // The country's intelligence service whose words are s[p..serviceEnd], by the gazetteer's name where it knows that: one
    // service in the singular is the country's agency ("Seoul's spy agency": the National Intelligence Service), the plural
    // the country's intelligence as the bare word names it ("Seoul's intelligence services": "South Korean intelligence").
    private SourceRef IntelligenceRef(string s, int start, int first, int p, int serviceEnd, string country)
    {
        var written = Normalize(s[p..serviceEnd]).ToLowerInvariant();
        var adjective = countryWords.Adjective(country);
        var name = $"{adjective} {intelligenceNames[written]}";
        var span = new TextSpan(start + first, start + serviceEnd);
        var known = (singleServices.Contains(written) ? Known($"{adjective} intelligence service") : null) ?? Known(name);
        return known is not null
            ? new SourceRef(span, known.Name, known.Kind, country, CitationRole.Mentioned, SourceNouns.RoleNounOf(known))
            : new SourceRef(span, name, SourceKind.Intelligence, country, CitationRole.Mentioned, "intelligence");

        GazetteerEntry? Known(string spelling) => gazetteer.TryResolveSpelling(spelling, out var entry) && entry.Country == country ? entry : null;
    }

    // A country's broadcaster named by its country and what it is, with no "state" before it, where it speaks: "Syrian
    // television reported", "Bahrain TV said", "Iraq's television said" (the country's word, a state_media_nouns word, then a
    // reporting verb). Named as written ("Syrian television", "Bahrain TV"), a possessive by its adjective. Not where the words
    // run on or the broadcaster is only where something was shown ("on Syrian television", "Syrian television footage"), nor
    // one of a country's many ("a Syrian newspaper reported").
    private (int From, int To, string Name)? CountryMedium(string s, CountryName country)
    {
        var end = country.Span.End;
        var p = SkipWhiteSpace(s, end);
        if (p == end || PhraseAt(s, p, stateMediaNouns, wholeWord: true) is not (> 0 and var mediaEnd)) return null;
        if (!country.IsAdjectiveOfGroup(s) && (country.Possessive || !char.IsUpper(s[p]) && !country.IsDemonym)) return null;
        if (WordAfter(s, mediaEnd) is var verb && (verb.IsEmpty || !speechVerbs.Contains(verb))) return null;
        // "a Syrian newspaper reported": one of many, no name.
        if (TryWordBefore(s, country.Span.Start, 0, out var the, out var theStart) && the is "a" or "an" or "A" or "An") return null;
        var from = the is "the" ? theStart : country.Span.Start;
        var name = country.Possessive ? $"{countryWords.Adjective(country.Country!)} {Normalize(s[p..mediaEnd])}" : Normalize(s[country.Span.Start..mediaEnd]);
        return (from, mediaEnd, name);
    }

    // A state broadcaster named by its head word before its country's name or capital, where it speaks: "Radio Kabul suddenly
    // announced", "Radio Uganda said", "…, Television Maldives reported", "according to Radio Moscow" (state_broadcaster_heads,
    // case kept). Named as written. Not where the name runs on ("Radio France Internationale", "Radio Free Asia" is no country),
    // nor an adjective or possessive after the head ("TV Russian channels"), nor where it does not speak ("on Radio Kabul").
    private (int From, int To)? HeadedMedium(string s, CountryName country)
    {
        if (country.Possessive || country.IsDemonym || country.IsGroupAdjective) return null;
        var at = country.Span.Start;
        var e = SkipWhiteSpaceBack(s, at);
        if (e == at || e == 0) return null;
        var b = e;
        while (b > 0 && char.IsLetter(s[b - 1])) b--;
        if (b == e || !broadcasterHeads.Contains(s.AsSpan(b, e - b))) return null;
        var end = country.Span.End;
        if (SkipWhiteSpace(s, end) is var next && next > end && next < s.Length && char.IsUpper(s[next])) return null;
        var verb = WordAfter(s, end);
        // One adverb may come between ("Radio Kabul suddenly announced").
        if (!verb.IsEmpty && verb.EndsWith("ly", StringComparison.Ordinal) && !speechVerbs.Contains(verb))
            verb = WordAfter(s, SkipWhiteSpace(s, end) + verb.Length);
        var speaks = !verb.IsEmpty && speechVerbs.Contains(verb) || s.AsSpan(0, b).TrimEnd().EndsWith("according to", StringComparison.Ordinal);
        return speaks ? (b, end) : null;
    }

    // A force's name held by a country's body: "the General Staff of Ukraine's Armed Forces", "the General Staff of the Polish
    // army" (a force's name before "of", the country's adjective and a body of body_owner_heads), or "the Ukrainian army's
    // General Staff" (the owner's possessive before the name): where the reading starts and ends and the force's name as
    // written; null when the country names no such thing.
    private (int From, int To, string Name)? OwnedForce(string s, CountryName owner)
    {
        var (at, end) = (owner.Span.Start, owner.Span.End);
        // "the Ukrainian army's General Staff".
        if (owner.IsDemonym && !owner.Possessive && SkipWhiteSpace(s, end) is var p && p > end && PhraseAt(s, p, ownerHeads, wholeWord: true) is var headEnd and > 0
            && headEnd + 2 < s.Length && s[headEnd] is '\'' or '’' && s[headEnd + 1] == 's' && SkipWhiteSpace(s, headEnd + 2) is var n && n > headEnd + 2
            && PhraseAt(s, n, forceNames, wholeWord: true) is var nameEnd and > 0 && char.IsUpper(s[n]))
            return (TryWordBefore(s, at, 0, out var the, out var theStart) && the is "the" ? theStart : at, nameEnd, s[n..nameEnd]);
        // "the General Staff of Ukraine's Armed Forces".
        if (TryWordBefore(s, at, 0, out var link, out var linkStart) && link is "the" && TryWordBefore(s, linkStart, 0, out link, out var theLink)) linkStart = theLink;
        if (link is not "of") return null;
        if (!owner.IsAdjectiveOfGroup(s) || SkipWhiteSpace(s, end) is var q && q == end || PhraseAt(s, q, ownerHeads, wholeWord: true) is not (> 0 and var to)) return null;
        // The force's name right before "of": its last word ends there, and the name holds one to three capitalised words.
        var nameStop = SkipWhiteSpaceBack(s, linkStart);
        for (var from = nameStop; from > 0;)
        {
            var w = from;
            while (w > 0 && s[w - 1] == ' ') w--;
            var b = w;
            while (b > 0 && char.IsLetter(s[b - 1])) b--;
            if (b == w || !char.IsUpper(s[b]) || nameStop - b > 30) return null;
            if (PhraseAt(s, b, forceNames, wholeWord: true) == nameStop)
                return (TryWordBefore(s, b, 0, out var the, out var theStart) && the is "the" ? theStart : b, to, s[b..nameStop]);
            from = b;
        }
        return null;
    }

    // The name a force's words give after the country's adjective: the service they name ("Armed Forces General Staff":
    // "General Staff"), else the words as a name.
    private string ServiceName(string words) => serviceBodies.GetValueOrDefault(Normalize(words)) ?? Canonical(words);

    // "general staff" -> "General Staff", "Defence Forces" -> "Defense Forces".
    internal static string Canonical(string name) =>
        string.Join(' ', Normalize(name).Split(' ').Select(w => (char.ToUpperInvariant(w[0]) + w[1..]).Replace("Defence", "Defense")));
}

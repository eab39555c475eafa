namespace Analysis.Extraction;

using System.Runtime.CompilerServices;
using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Whose troops a figure counts when its sentence says who sends or holds them: the subject of a verb right before
/// the figure ("Pyongyang had already sent around 1,500 troops", "Wagner has at least 2,600 fighters", "Kim Jong Un
/// has decided to send 1,000 sappers") or the agent after it ("10,000 troops sent by Pyongyang"). The subject is the
/// nearest country, or known source with a country, named before the verb that is neither part of a cited source's
/// name nor a place ("in the Russian Far East"); a demonym standing as an adjective ("Russian officials") is not a subject. A known
/// source with no country there ("NATO") is the subject, and its troops' owner is not said.
/// The words are the lexicon's: <c>owner_verbs</c>, <c>owner_fillers</c>, <c>destination_prepositions</c>,
/// <c>agent_prepositions</c>, <c>articles</c>, <c>region_adjectives</c> (Data/lexicon/figures.json).
/// </summary>
internal sealed class SendingAgent
{
    private static readonly ConditionalWeakTable<Lexicon, SendingAgent> Cache = new();

    private readonly AdjacentPhrases verbs, movingVerbs, movingNouns, movedOf, movedFrom, fillers, placePrepositions, agentPrepositions, articles, regions, usStates, stateGuards;
    private readonly AdjacentPhrases titles, speechVerbs, speechFillers, services, countryServices, severalNations, auxiliaries, nonStateNouns;
    private readonly AdjacentPhrases mixedWords, forceNouns, forceOf, possessedPlaces, reportNouns, partners, partnerNouns, contributorVerbs;
    // "Marine Expeditionary Force" -> "United States": units and services a country's name need not precede (unit_countries).
    private readonly NamedCountry[] unitCountries;
    private readonly HashSet<string> blocs;
    private readonly WordSet unitHeads, placeNouns;
    // The country a US state's name stands for: the United States, by the name countries.json gives it.
    private readonly string? unitedStates;
    // "Cubans", "Nepalis", "North Koreans": a country's people named by a plural demonym (a demonym in -n or -i and an s),
    // with the country they name; the country matcher knows only the demonyms and the aliases.
    private readonly PluralPeoples peoples;

    // A name with the country it stands for: a record, not a value tuple, so that the LINQ building the two arrays
    // above runs the framework's shared code, which ReadyToRun precompiles (over a tuple it is JIT-compiled at each start).
    private sealed record NamedCountry(string Name, string Country);

    // "left Russia with some 20,000 dead": a verb of leaving whose country is no place (place_leaving_verbs).
    private readonly LeavingObject leaving;

    /// <summary>The reading of verbs of leaving this agent's places use, for the figure rules that read places too.</summary>
    public LeavingObject Leaving => leaving;

    // "to the Sahel country Niger", "in war-torn Sudan": where a country's noun phrase of place starts.
    private readonly PlaceNounPhrase places;

    /// <summary>The reading of noun phrases of place ("the Haitian capital Port-au-Prince") this agent's places use.</summary>
    public PlaceNounPhrase Places => places;

    private SendingAgent(Lexicon lexicon)
    {
        verbs = AdjacentPhrases.Of(lexicon, "owner_verbs");
        contributorVerbs = AdjacentPhrases.Of(lexicon, "contributor_verbs");
        movingVerbs = AdjacentPhrases.Of(lexicon, "moving_verbs");
        movedFrom = AdjacentPhrases.Of(lexicon, "moved_from");
        (movingNouns, movedOf) = (AdjacentPhrases.Of(lexicon, "moving_nouns"), AdjacentPhrases.Of(lexicon, "moved_of"));
        fillers = AdjacentPhrases.Of(lexicon, "owner_fillers");
        agentPrepositions = AdjacentPhrases.Of(lexicon, "agent_prepositions");
        var agents = lexicon.Words("agent_prepositions").ToHashSet(StringComparer.OrdinalIgnoreCase);
        placePrepositions = new AdjacentPhrases(lexicon.Words("destination_prepositions").Where(p => !agents.Contains(p)));
        leaving = new LeavingObject(lexicon);
        places = new PlaceNounPhrase(lexicon);
        countryServices = AdjacentPhrases.Of(lexicon, "country_service_heads");
        articles = AdjacentPhrases.Of(lexicon, "articles");
        regions = AdjacentPhrases.Of(lexicon, "region_adjectives");
        usStates = AdjacentPhrases.Of(lexicon, "us_states", ignoreCase: false);
        stateGuards = AdjacentPhrases.Of(lexicon, "state_guard_names", ignoreCase: false);
        titles = AdjacentPhrases.Of(lexicon, "titles");
        services = AdjacentPhrases.Of(lexicon, ["armed_services", "force_nouns"]);
        speechVerbs = AdjacentPhrases.Of(lexicon, "speaker_verbs");
        speechFillers = AdjacentPhrases.Of(lexicon, "speaker_verb_fillers");
        severalNations = AdjacentPhrases.Of(lexicon, "multinational_nouns");
        auxiliaries = AdjacentPhrases.Of(lexicon, "subject_auxiliaries");
        nonStateNouns = AdjacentPhrases.Of(lexicon, "non_state_troop_nouns");
        mixedWords = AdjacentPhrases.Of(lexicon, "mixed_troop_words");
        forceNouns = AdjacentPhrases.Of(lexicon, "force_nouns");
        forceOf = AdjacentPhrases.Of(lexicon, "force_of");
        possessedPlaces = AdjacentPhrases.Of(lexicon, "possessed_places");
        reportNouns = AdjacentPhrases.Of(lexicon, "report_nouns");
        partners = AdjacentPhrases.Of(lexicon, "partner_words");
        partnerNouns = AdjacentPhrases.Of(lexicon, "partner_nouns");
        blocs = new HashSet<string>(lexicon.Words("bloc_sources"), StringComparer.Ordinal);
        unitCountries = [.. lexicon.Pairs("unit_countries", '|').Select(p => new NamedCountry(p.Key.Trim(), p.Value.Trim()))];
        unitHeads = new WordSet(lexicon.Words("unit_name_heads"), StringComparer.Ordinal);
        placeNouns = new WordSet(lexicon.Words("country_place_nouns"), StringComparer.Ordinal);
        unitedStates = lexicon.Countries.FirstOrDefault(c => c.Aliases.Contains("USA"))?.Name;
        NamedCountry[] named = [.. lexicon.Countries.SelectMany(c => c.Demonyms.Where(d => d.Length > 2 && d[^1] is 'n' or 'i').Select(d => new NamedCountry(d + "s", c.Name)))];
        peoples = new PluralPeoples([.. named.Select(p => p.Name)], [.. named.Select(p => p.Country)]);
    }

    /// <summary>
    /// The country whose people a plural demonym names in text[from..to) ("20,000 Cubans", "15,000 Nepalis"): nationals a
    /// state recruits are counted by their own country (DevSet.Reporting.json's header), whoever recruits them.
    /// </summary>
    public string? PeopleIn(string text, int from, int to) => PeopleIn(text, from, to, out _);

    /// <summary>
    /// As <see cref="PeopleIn(string, int, int)"/>; <paramref name="several"/>: text[from..to) names the people of two countries or
    /// more ("5,000 Egyptians and Pakistanis"), so the figure has no single owner.
    /// </summary>
    public string? PeopleIn(string text, int from, int to, out bool several) => peoples.In(text, from, to, out several);

    /// <summary>
    /// The United States when a US state's name (list <c>us_states</c>) starts a word of text[from..to): "300 Texas Guard
    /// members", "the 800 D.C. Guard troops", or the sender: "West Virginia is sending 300 to 400 Guard members".
    /// </summary>
    public string? StateIn(string text, int from, int to) => StateAt(text, from, to) < to ? unitedStates : null;

    // Where the first US state's name of text[from..to) starts.
    private int StateAt(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (char.IsUpper(text[i]) && (i == 0 || !CueIndex.IsWordCharacter(text[i - 1])) && usStates.EndOfPhraseAt(text, i, to) > 0) return i;
        return to;
    }

    /// <summary>
    /// Whether the country mention ending at <paramref name="at"/> names a speaker's office: a title (list <c>titles</c>),
    /// perhaps its holder's name (capitalized words, commas), then a verb of saying (<c>speaker_verbs</c>): "Haiti's prime
    /// minister said", "Haitian Prime Minister Garry Conille said". The country says whose voice it is, not whose troops.
    /// </summary>
    public bool SpeakerTitleAfter(string text, int at, int end)
    {
        if (at >= end || !char.IsWhiteSpace(text[at]) || titles.EndOfPhraseAt(text, at, end) is not (var next and > 0)) return false;
        for (var words = 0; words < 5; words++)
        {
            var word = PhraseLiteral.SkipWhiteSpace(text, next, end);
            if (word < end && text[word] == ',') word = PhraseLiteral.SkipWhiteSpace(text, word + 1, end);
            for (var i = 0; i < 3 && speechFillers.EndOfPhraseAt(text, word, end) is var filler and > 0; i++) word = PhraseLiteral.SkipWhiteSpace(text, filler, end);
            if (speechVerbs.EndOfPhraseAt(text, word, end) > 0) return true;
            if (word >= end || !char.IsUpper(text[word])) return false;
            next = word;
            while (next < end && (CueIndex.IsWordCharacter(text[next]) || text[next] is '-' or '.' or '\'' or '’')) next++;
        }
        return false;
    }

    /// <summary>
    /// Whether the body ending at <paramref name="at"/> names the office of a cited person: a title (list <c>titles</c>) right
    /// after it, then one of the <paramref name="cited"/> spans: "Pentagon spokesman John Kirby said", "the Pentagon's spokesman,
    /// John Kirby, said". The body speaks through its officer, as a cited body does.
    /// </summary>
    public bool OfficeOfCited(string text, int at, int end, IReadOnlyList<TextSpan> cited)
    {
        if (at < end && text[at] is '\'' or '’' && at + 1 < end && text[at + 1] == 's') at += 2;
        if (at >= end || !char.IsWhiteSpace(text[at]) || titles.EndOfPhraseAt(text, at, end) is not (var title and > 0)) return false;
        var next = PhraseLiteral.SkipWhiteSpace(text, title, end);
        if (next < end && text[next] == ',') next = PhraseLiteral.SkipWhiteSpace(text, next + 1, end);
        foreach (var c in cited)
            if (c.Start == next) return true;
        return false;
    }

    public static SendingAgent For(Lexicon lexicon) => Cache.GetValue(lexicon, l => new SendingAgent(l));

    /// <summary>
    /// The country whose troops the figure at <paramref name="quantity"/> (the whole mention: <paramref name="figure"/>)
    /// counts, as the verb before or after it says, or null when no verb says it or its subject has no country.
    /// <paramref name="several"/>: the one who sends or holds them is several nations or none, so they have no single owner:
    /// an alliance, mission or other force the gazetteer knows with no country ("ATMIS, which has about 22,000 soldiers",
    /// "10,000 troops sent by NATO"), two countries named as one actor ("The Philippines and the United States will field
    /// about 14,000 troops"), a word of several nations ("25 nations pledged") or of a non-state group ("The insurgents lost
    /// some 70 fighters") as the subject.
    /// </summary>
    public string? OwnerOf(string text, int start, int end, TextSpan quantity, TextSpan figure,
        IReadOnlyList<CountryMention> countries, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> sources, IReadOnlyList<TextSpan> cited,
        out bool several)
    {
        if (VerbBefore(text, start, quantity) is var verb and >= 0)
        {
            // "25 nations have pledged some 7,000 troops", "US allies will contribute 1,000": several nations as one actor.
            if (SeveralNationsAct(text, start, verb, countries))
            {
                several = true;
                return null;
            }
            return Subject(text, start, verb, countries, sources, cited, out var found, out several) ? found : null;
        }
        return Agent(text, figure.End, end, countries, sources, out several);
    }

    /// <summary>
    /// The one country that contributes the figure at <paramref name="quantity"/> to a force of several nations, as the subject
    /// of a verb of <c>contributor_verbs</c> right before it ("China has contributed more than 40,000 UN peacekeepers", "Nepal
    /// has deployed 5,500 UN peacekeepers"), or null: a contributor owns its share, though the mission's name makes a bare
    /// total no one's. Not a verb of holding ("Lithuania has 1,700 NATO troops" hosts them).
    /// </summary>
    public string? ContributorOf(string text, int start, TextSpan quantity, IReadOnlyList<CountryMention> countries,
        IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> sources, IReadOnlyList<TextSpan> cited)
    {
        var at = quantity.Start;
        for (var i = 0; i < 3 && fillers.StartOfPhraseBefore(text, start, at) is var filler and >= 0; i++) at = filler;
        if (contributorVerbs.StartOfPhraseBefore(text, start, at) is not (var verb and >= 0) || SeveralNationsAct(text, start, verb, countries)) return null;
        return Subject(text, start, verb, countries, sources, cited, out var found, out var several) && !several ? found : null;
    }

    /// <summary>
    /// Where the verb of <c>owner_verbs</c> right before the figure at <paramref name="quantity"/> starts (words of
    /// <c>owner_fillers</c> may come between: "sent a total of 15,000"), or -1.
    /// </summary>
    public int VerbBefore(string text, int start, TextSpan quantity)
    {
        var at = quantity.Start;
        for (var i = 0; i < 3 && fillers.StartOfPhraseBefore(text, start, at) is var filler and >= 0; i++) at = filler;
        return verbs.StartOfPhraseBefore(text, start, at);
    }

    // A word of multinational_nouns ("nations", "allies", "contributing countries"), then at most three words of
    // subject_auxiliaries ("have", "will", "are to"), right before the verb.
    // Or a word of non_state_troop_nouns that no country's name or demonym owns ("The insurgents lost", not "Congolese rebels lost").
    private bool SeveralNationsAct(string text, int start, int verb, IReadOnlyList<CountryMention> countries)
    {
        var at = verb;
        for (var i = 0; i < 3 && auxiliaries.StartOfPhraseBefore(text, start, at) is var word and >= 0; i++) at = word;
        if (severalNations.StartOfPhraseBefore(text, start, at) >= 0) return true;
        if (nonStateNouns.StartOfPhraseBefore(text, start, at) is not (var noun and >= 0)) return false;
        foreach (var c in countries)
            if (c.Span.End < noun && text.AsSpan(c.Span.End, noun - c.Span.End).IsWhiteSpace()) return false;
        return true;
    }

    /// <summary>
    /// Whether the figure at <paramref name="quantity"/> is the size of a force of several nations: "in a combined force of around
    /// 64,000", "a multinational force of 5,000" (a word of <c>mixed_troop_words</c>, a word of <c>force_nouns</c>, then a word of
    /// <c>force_of</c> right before the number). Its owner is none of the contributors the sentence names.
    /// </summary>
    public bool CoalitionForceBefore(string text, int start, TextSpan quantity)
    {
        if (forceOf.StartOfPhraseBefore(text, start, quantity.Start) is not (var of and >= 0)) return false;
        if (forceNouns.StartOfPhraseBefore(text, start, of) is not (var noun and >= 0)) return false;
        if (mixedWords.StartOfPhraseBefore(text, start, noun) is not (var mixed and >= 0)) return false;
        // "The U.S. Army's combined force of about 5,000", "Britain's combined force": a force one owner's possessive governs
        // is that owner's units combined, not several nations'.
        var before = text.AsSpan(start, mixed - start).TrimEnd();
        return !(before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal));
    }

    /// <summary>
    /// The country of the first unit or service of <c>unit_countries</c> named in text[from..to) with no country's name or
    /// demonym right before it ("III Marine Expeditionary Force", "the Marine Corps", not "the South Korean Marine Corps"), or null.
    /// </summary>
    public string? UnitCountry(string text, int from, int to, IReadOnlyList<CountryMention> countries)
    {
        var best = (At: to, Country: (string?)null);
        foreach (var (name, country) in unitCountries)
        {
            var at = from;
            while (at < best.At && (at = text.IndexOf(name, at, best.At - at, StringComparison.Ordinal)) >= 0)
            {
                var e = at + name.Length;
                if ((at == 0 || !CueIndex.IsWordCharacter(text[at - 1])) && (e >= text.Length || !CueIndex.IsWordCharacter(text[e]))
                    && !countries.Any(c => c.Span.End <= at && at - c.Span.End <= 2))
                {
                    best = (at, country);
                    break;
                }
                at++;
            }
        }
        // "200 members of the Oregon National Guard", "Tennessee National Guard troops": a US state's Guard (state_guard_names)
        // is a unit of the United States; "the National Guard" alone may be another country's (Mexico's).
        for (var i = from; i < best.At; i++)
            if (char.IsUpper(text[i]) && (i == 0 || !CueIndex.IsWordCharacter(text[i - 1])) && usStates.EndOfPhraseAt(text, i, best.At) is var state and > 0
                && state < best.At && char.IsWhiteSpace(text[state]) && stateGuards.EndOfPhraseAt(text, state, to) > 0)
                return unitedStates;
        return best.Country;
    }

    /// <summary>
    /// Whether a word of <c>non_state_troop_nouns</c> starts a word of text[from..to): "at least 14 rebels", "40 militants".
    /// </summary>
    public bool NonStateIn(string text, int from, int to) => StartsAWordIn(nonStateNouns, text, from, to);

    // Whether a phrase of the list starts at a word of text[from..to) and ends at a word's end.
    private static bool StartsAWordIn(AdjacentPhrases phrases, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if ((i == 0 || !CueIndex.IsWordCharacter(text[i - 1])) && CueIndex.IsWordCharacter(text[i])
                && phrases.EndOfPhraseAt(text, i, to) is var e and > 0 && (e == text.Length || !CueIndex.IsWordCharacter(text[e])))
                return true;
        return false;
    }

    /// <summary>
    /// Whether the figure at <paramref name="quantity"/> is the object of a verb that moves troops between places
    /// (<c>moving_verbs</c>: "will move 1,000 troops from Germany"), so "from" after it names a place, not their owner.
    /// </summary>
    public bool IsMoved(string text, int start, TextSpan quantity)
    {
        var at = quantity.Start;
        for (var i = 0; i < 3 && fillers.StartOfPhraseBefore(text, start, at) is var filler and >= 0; i++) at = filler;
        if (movingVerbs.StartOfPhraseBefore(text, start, at) >= 0) return true;
        // "the pullout of 4,000 troops from Iraq", "the withdrawal of the last 1,500": a noun of leaving and "of" (list
        // moved_of), perhaps "the", before the figure.
        if (articles.StartOfPhraseBefore(text, start, at) is var article and >= 0) at = article;
        return movedOf.StartOfPhraseBefore(text, start, at) is var of and >= 0 && movingNouns.StartOfPhraseBefore(text, start, of) >= 0;
    }

    /// <summary>
    /// Whether the place at <paramref name="at"/> is where troops are moved from: "from" or "out of" (list <c>moved_from</c>),
    /// perhaps "the", right before it, and a verb of <c>moving_verbs</c> (or a noun of <c>moving_nouns</c>: "the pullout of
    /// 4,000 troops from Iraq") earlier in its clause ("The plan would withdraw 2,000 troops from Germany"), so the place is
    /// not their owner. Read only where such a preposition stands.
    /// </summary>
    public bool IsMovedFrom(string text, int start, int at)
    {
        if (at <= start || !char.IsWhiteSpace(text[at - 1])) return false;
        if (articles.StartOfPhraseBefore(text, start, at) is var article and >= 0 && article > start && char.IsWhiteSpace(text[article - 1])) at = article;
        if (movedFrom.StartOfPhraseBefore(text, start, at) is not (var from and >= 0)) return false;
        for (var i = from - 1; i >= start && from - i <= MovedFromReach; i--)
        {
            // A clause break, not the separator of "2,000" or "4.5".
            if (text[i] is ',' or ';' or ':' or '.' && char.IsWhiteSpace(text[i + 1])) return false;
            if (CueIndex.IsWordCharacter(text[i]) && (i == start || !CueIndex.IsWordCharacter(text[i - 1]))
                && MovingWordEnd(text, i, from) is var e and > 0 && (e == text.Length || !CueIndex.IsWordCharacter(text[e])))
                return true;
        }
        return false;
    }

    // Where a moving verb or noun that starts at text[i] ends, or -1.
    private int MovingWordEnd(string text, int i, int end) =>
        movingVerbs.EndOfPhraseAt(text, i, end) is var e and > 0 ? e : movingNouns.EndOfPhraseAt(text, i, end);

    // How far before "from" the moving verb is looked for: "would withdraw about half of the 14,000 U.S. troops from".
    private const int MovedFromReach = 70;

    // The nearest actor before the verb: countries by name, capital or possessive, and sources the gazetteer knows.
    private bool Subject(string text, int start, int verb, IReadOnlyList<CountryMention> countries,
        IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> sources, IReadOnlyList<TextSpan> cited, out string? country, out bool several)
    {
        var best = (End: -1, Country: (string?)null);
        several = false;
        CountryMention? previous = null, before = null;
        foreach (var c in countries)
        {
            // "a Kenya-led force ...; the Bahamas has offered 150": a country in a hyphened compound acts for no one.
            // "to Poland and Germany": the name joined to a place by "and" is a place too.
            if (c.Span.End <= verb && c.Span.End > best.End && !InAName(text, c, verb) && !PossessiveOnPlace(text, c, verb) && !PossessiveOnEstimate(text, c, verb) && !(c.Span.End + 1 < verb && text[c.Span.End] == '-' && char.IsLetter(text[c.Span.End + 1]))
                && !(previous is { } p && JoinedByAnd(text, p, c) && IsPlace(text, start, p.Span.Start)) && (!c.IsAdjective || (Nation(text, start, c) && Relative(text, c.Span.End, verb)) || ServiceAfter(text, c.Span.End, verb))
                && (IsActor(text, start, c.Span, cited) || Relative(text, c.Span.End, verb)) && !SaysOfAnother(text, c.Span.End, verb)
                && !HelpedOrEvent(text, start, c, verb))
                (best, before) = ((c.Span.End, c.Country.Name), previous);
            previous = c;
        }
        // "Together, India and China have more than 100,000 troops", "The Philippines and the United States will field about
        // 14,000 troops": two names joined by "and" are one actor of a mixed total, owned by neither alone.
        // Not a destination or a host: "ordered 2,000 troops to Poland and Germany, and moved 1,000" names no actor of "moved".
        if (before is { IsAdjective: false } pair && !IsPlace(text, start, pair.Span.Start) && countries.FirstOrDefault(c => c.Span.End == best.End) is { } last
            && JoinedByAnd(text, pair, last))
            (best, several) = ((best.End, null), true);
        foreach (var (span, entry) in sources)
            if (span.End <= verb && span.End > best.End && !Relays(entry) && IsActor(text, start, span, cited) && !SaysOfAnother(text, span.End, verb)
                && !SourcePossessesPlace(text, span, verb))
                (best, several) = ((span.End, entry.Country), Multinational(entry));
        // "West Virginia is sending 300 to 400 Guard members", "South Carolina Gov. Henry McMaster said he would send 200":
        // a US state named before the verb, nearer than any country, acts for the United States.
        // Not a state that is a place ("Officials in Washington say the regime is sending ...").
        if (best.End < 0 && StateAt(text, start, verb) is var state && state < verb && !IsPlace(text, start, state)) (best, several) = ((verb, unitedStates), false);
        country = best.Country;
        return best.End >= 0;
    }

    /// <summary>
    /// Whether a country's possessive governs a place or an event (list <c>possessed_places</c>), at most two words between:
    /// "Syria's last rebel-held province", "Georgia's second breakaway region", "Russia's war". It names where troops are or
    /// what they serve in, so it is neither the subject of a verb after it nor what a pronoun after it stands for.
    /// </summary>
    public bool PossessiveOnPlace(string text, CountryMention c, int end) => c.Possessive && PossessesPlace(text, c.Span.End, end);

    // "By Seoul's count, the contingent had lost more than 4,000": a country's possessive on a word of an estimate
    // (report_nouns) gives the figure; it is not the subject of the verb after it.
    private bool PossessiveOnEstimate(string text, CountryMention c, int end) =>
        c.Possessive && c.Span.End < end && char.IsWhiteSpace(text[c.Span.End])
        && reportNouns.EndOfPhraseAt(text, c.Span.End, end) is var e and > 0 && (e == end || !CueIndex.IsWordCharacter(text[e]));

    // "Kim Jong Un agreed during Sergei Shoigu's visit to Pyongyang to dispatch 1,000 sappers": a known person's possessive on
    // a place or an event is no more the verb's subject than a country's is.
    private bool SourcePossessesPlace(string text, TextSpan span, int end) =>
        span.End + 2 < end && text[span.End] is '\'' or '’' && text[span.End + 1] == 's' && PossessesPlace(text, span.End + 2, end);

    // The words after a possessive ending at `at` name a place or an event (list possessed_places), at most two words between.
    private bool PossessesPlace(string text, int at, int end)
    {
        for (var words = 0; words < 3; words++)
        {
            if (at >= end || !char.IsWhiteSpace(text[at])) return false;
            if (possessedPlaces.EndOfPhraseAt(text, at, end) is var e and > 0 && (e == end || !CueIndex.IsWordCharacter(text[e]))) return true;
            var word = PhraseLiteral.SkipWhiteSpace(text, at, end);
            if (forceNouns.EndOfPhraseAt(text, word, end) > 0 || services.EndOfPhraseAt(text, word, end) > 0) return false;
            at = word;
            while (at < end && (CueIndex.IsWordCharacter(text[at]) || text[at] == '-')) at++;
            if (at == word) return false;
        }
        return false;
    }

    // "North Korea, which backs Moscow in the war, has sent 12,000 troops", "has backed Russia in its Ukraine offensive, sending
    // 12,000 troops": a country a partner word governs (partner_words: the side helped, joined or fought) or a name set before a
    // war or region word ("the Ukraine war", "Moscow's Ukraine campaign"; possessed_places) is no subject of the verb after it.
    private bool HelpedOrEvent(string text, int start, CountryMention c, int verb)
    {
        if (!c.IsDemonym && !c.Possessive && c.Span.End < verb && char.IsWhiteSpace(text[c.Span.End])
            && possessedPlaces.EndOfPhraseAt(text, c.Span.End, verb) is var e and > 0 && (e == verb || !CueIndex.IsWordCharacter(text[e])))
            return true;
        return partners.StartOfPhraseBefore(text, start, c.Name.Start) is var word and >= 0
            && text.AsSpan(word, c.Name.Start - word).IndexOfAny(",;:") < 0 && partnerNouns.StartOfPhraseBefore(text, start, c.Name.Start) < 0;
    }

    private static bool JoinedByAnd(string text, CountryMention first, CountryMention second) =>
        first.Span.End < second.Span.Start && text.AsSpan(first.Span.End, second.Span.Start - first.Span.End).Trim() is var and
        && (and.SequenceEqual("and") || and.SequenceEqual("and the"));

    // "the 2,000 peacekeepers Moscow sent": a country by name or capital (not a demonym, which would be "Moscow's"), or a known
    // source with a country, right after the figure, then an owner verb right after it.
    private string? ActorThenVerb(string text, int from, int end, IReadOnlyList<CountryMention> countries, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> sources)
    {
        var next = from;
        while (next < end && text[next] == ' ') next++;
        if (next == from || next >= end) return null;
        foreach (var c in countries)
            if (c.Name.Start == next && !c.IsDemonym && !c.Possessive && verbs.EndOfPhraseAt(text, c.Span.End, end) > 0) return c.Country.Name;
        foreach (var (span, entry) in sources)
            if (span.Start == next && entry.Country is { } country && !Relays(entry) && verbs.EndOfPhraseAt(text, span.End, end) > 0) return country;
        return null;
    }

    // "the French army had some 1,500 soldiers", "the Congolese army lost 300 soldiers": a demonym whose armed service or force
    // (lists armed_services, force_nouns) comes right after it acts as its country.
    private bool ServiceAfter(string text, int at, int verb) => at < verb && char.IsWhiteSpace(text[at]) && services.EndOfPhraseAt(text, at, verb) > 0;

    // "with the French, who had about 1,000 soldiers there": a demonym right after "the" names the nation.
    private bool Nation(string text, int start, CountryMention c) =>
        articles.StartOfPhraseBefore(text, start, c.Name.Start) is var the and >= 0 && text.AsSpan(the, c.Name.Start - the).TrimEnd().Length == c.Name.Start - the - 1;

    // "Chad ended its pact with the French, who had about 1,000 soldiers there", "Estonia, which has 900 troops of its own": a
    // country right before ", who" or ", which" is the subject of the relative clause's verb, even after a preposition of place.
    private static bool Relative(string text, int at, int verb)
    {
        if (verb <= at) return false;
        var rest = text.AsSpan(at, verb - at);
        return rest.StartsWith(", who ", StringComparison.Ordinal) || rest.StartsWith(", which ", StringComparison.Ordinal);
    }

    // A country that is itself the cited voice still acts ("Germany said it would send 3,000 troops"); one inside a
    // cited source's name does not ("South Korea's spy agency said the North had sent 15,000").
    // "Shoigu said Kim decided to send 1,000 sappers", "Russia said Pyongyang would send more": a voice whose verb of saying
    // opens a clause with a subject of its own (a capitalised word, not a pronoun) reports that subject's act; it is not the
    // sender. "Shoigu said he would send" keeps the voice (the pronoun may be his).
    private bool SaysOfAnother(string text, int at, int verb)
    {
        var word = PhraseLiteral.SkipWhiteSpace(text, at, verb);
        for (var i = 0; i < 3 && speechFillers.EndOfPhraseAt(text, word, verb) is var filler and > 0; i++) word = PhraseLiteral.SkipWhiteSpace(text, filler, verb);
        // "Shoigu: Kim to send 1,000 sappers": a headline's voice before its colon, as a verb of saying.
        var said = word < verb && text[word] == ':' ? word + 1 : speechVerbs.EndOfPhraseAt(text, word, verb);
        if (said <= 0) return false;
        var next = PhraseLiteral.SkipWhiteSpace(text, said, verb);
        if (next + 4 < verb && text.AsSpan(next).StartsWith("that ", StringComparison.Ordinal)) next = PhraseLiteral.SkipWhiteSpace(text, next + 4, verb);
        if (next >= verb || !char.IsUpper(text[next])) return false;
        var end = next;
        while (end < verb && CueIndex.IsWordCharacter(text[end])) end++;
        return text.AsSpan(next, end - next) is not ("He" or "She" or "It" or "They" or "We" or "I");
    }

    /// <summary>
    /// Whether a voice in the sentence tells of another actor's act at the verb before the figure ("Shoigu said Kim would send
    /// 1,000 sappers", "Shoigu: Kim to send 1,000 sappers"): then the voice's country does not own them by being the voice.
    /// </summary>
    public bool TellsOfAnothersAct(string text, int start, TextSpan quantity)
    {
        if (VerbBefore(text, start, quantity) is not (var verb and >= 0)) return false;
        // Each word end before the verb (a space or a colon after a letter) may end the voice.
        for (var i = start + 1; i < verb; i++)
            if ((char.IsWhiteSpace(text[i]) || text[i] == ':') && char.IsLetter(text[i - 1]) && SaysOfAnother(text, i, verb)) return true;
        return false;
    }

    private bool IsActor(string text, int start, TextSpan span, IReadOnlyList<TextSpan> cited) =>
        !cited.Any(m => m != span && m.Contains(span)) && !IsPlace(text, start, places.Start(text, start, span));

    /// <summary>
    /// Whether a title and "of" stand right before text[at] ("the commander of US ground forces"): the country's forces there
    /// are the title's, who speaks, not troops counted.
    /// </summary>
    public bool AfterTitleOf(string text, int start, int at)
    {
        var of = SourceText.SkipWhiteSpaceBack(text, at, start);
        return of - 2 > start && text.AsSpan(of - 2, 2) is "of" && char.IsWhiteSpace(text[of - 3])
            && titles.StartOfPhraseBefore(text, start, of - 2) >= 0;
    }

    // "in the Russian Far East", "to eastern Ukraine": a preposition of place, then an article or a compass word. Not the "of"
    // of a country's service ("The Armed Forces of Ukraine have 800,000 personnel": the service acts for the country).
    private bool IsPlace(string text, int start, int at)
    {
        var country = at;
        if (countryServices.StartOfPhraseBefore(text, start, at) >= 0) return false;
        foreach (var words in (AdjacentPhrases[])[articles, regions, articles])
            if (words.StartOfPhraseBefore(text, start, at) is var before and >= 0) at = before;
        return placePrepositions.StartOfPhraseBefore(text, start, at) is var word and >= 0 && !leaving.InAState(text, word, country);
    }

    // "10,000 troops sent by Pyongyang": a verb and "by" right after the figure, then the actor. "the 2,000 peacekeepers Moscow
    // sent in 2020", "the 900 troops Washington keeps there": an actor right after the figure, then the verb.
    private string? Agent(string text, int from, int end, IReadOnlyList<CountryMention> countries, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> sources,
        out bool several)
    {
        several = false;
        if (ActorThenVerb(text, from, end, countries, sources) is { } actor) return actor;
        if (verbs.EndOfPhraseAt(text, from, end) is not (var verb and >= 0)) return null;
        if (agentPrepositions.EndOfPhraseAt(text, verb, end) is not (var by and >= 0)) return null;
        if (articles.EndOfPhraseAt(text, by, end) is var article and >= 0) by = article;
        var next = by;
        while (next < end && char.IsWhiteSpace(text[next])) next++;
        foreach (var c in countries)
            if (!c.IsAdjective && c.Name.Start == next) return c.Country.Name;
        foreach (var (span, entry) in sources)
            if (span.Start == next && !Relays(entry))
            {
                several = Multinational(entry);
                return entry.Country;
            }
        return null;
    }

    /// <summary>
    /// Whether the country is part of another name, so names no actor: a unit's, after a hyphen and a word of
    /// <c>unit_name_heads</c> ("the Army Rotational Force-Philippines has around 50 personnel"), or a place's, before a word of
    /// <c>country_place_nouns</c> ("tensions in the South China Sea").
    /// </summary>
    public bool InAName(string text, CountryMention c, int end)
    {
        var dash = c.Name.Start - 1;
        if (dash > 0 && text[dash] is '-' or '\u2010' or '\u2011' or '\u2013')
        {
            var from = dash;
            while (from > 0 && char.IsLetter(text[from - 1])) from--;
            if (from < dash && unitHeads.Contains(text.AsSpan(from, dash - from))) return true;
        }
        if (c.Span.End >= end || !char.IsWhiteSpace(text[c.Span.End])) return false;
        var word = PhraseLiteral.SkipWhiteSpace(text, c.Span.End, end);
        var to = word;
        while (to < end && char.IsLetter(text[to])) to++;
        return to > word && placeNouns.Contains(text.AsSpan(word, to - word));
    }

    // "India has, according to Bloomberg, relocated 50,000 soldiers", "Budanov told The War Zone that the contingent had lost
    // 4,000": an outlet (or state media) reports what others send or lose; it never sends or holds troops itself, so it is
    // no subject of an owner verb, and the country it is of owns nothing.
    private static bool Relays(GazetteerEntry entry) => entry.Kind is SourceKind.Outlet or SourceKind.StateMedia;

    // An alliance, a mission or a regional force (a military the gazetteer knows with no country: "NATO", "ATMIS"), or a bloc of
    // states acting as one (list bloc_sources: "ECOWAS", "IGAD").
    private bool Multinational(GazetteerEntry entry) => entry.Kind == SourceKind.Military && entry.Country is null || blocs.Contains(entry.Name);
}

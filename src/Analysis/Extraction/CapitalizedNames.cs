namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Runs of capitalised words that may name a source no list knows ("Korea Institute for Defense Analyses", "Lee Jae
/// Myung"): another spelling of a gazetteer name ("Lee Jae Myung" for "Lee Jae-myung"), a paper ("the Defense Post",
/// by outlet_name_ends), a person (at most three words, no "of", "for", "the") or something else. Candidates of
/// priority 4: an unknown name is a source only where the text cites it.
/// </summary>
internal sealed class CapitalizedNames
{
    private readonly SourceGazetteer gazetteer;
    private readonly Countries countryWords;
    // The lower-case words a run of capitalised words may hold between them: "Institute for the Study of War".
    private readonly string[] nameConnectors;
    private readonly System.Buffers.SearchValues<char> connectorStarts;
    private readonly bool connectorGate; // an empty connector would follow any word: no gate then
    private readonly WordSet notNameWords;
    // "Post", "Times": the last word of a newspaper's name.
    private readonly WordSet outletNameEnds;
    // "Ministry", "Forces", "Commission": a word that makes a run of capitalised words an organisation's name.
    private readonly WordSet organisationHeads;
    // "Centre", "Institute": a body of kind other, named as an organisation only where a country owns it (owned_body_heads).
    private readonly WordSet ownedBodyHeads;
    // "News Agency": an owned organisation named so is its country's news agency (news_agency_name_ends).
    private readonly string[] newsAgencyEnds;
    // "Party", "Republic", "Sea": a word that makes the words before an "of" a body's or a place's name (not_person_words).
    private readonly WordSet notPersonWords;
    // "run", "backed": the lower-case tail of a hyphenated word that qualifies the name after it ("the Houthi-run Saba").
    private readonly WordSet modifierTails;
    // "Army", "Command": the last word of a country's unit ("Eighth Army", "Northern Command").
    private readonly WordSet unitTwoWordEnds;
    private readonly WordSet unitEnds, unitNameWords, numberedUnitWords, formationHeads, leaderOffices, eventNameEnds, surnamePrefixes, platforms;
    // "Defence Forces", "General Staff": a force's name any country's could have (armed_forces_names, capitalised).
    private readonly HashSet<string> forceNames;
    // A ministry's one-word short name ("MoD", "MND"; the ministry_* lists): a body, never a camel-case outlet's name.
    private readonly WordSet ministryShortNames;
    // One-word titles ("Deputy", "Senator"): a run they open names the person after them.
    private readonly WordSet titleWords;
    // Titles of several words ("Defense Minister", "Prime Minister"), which may open a run as one-word titles do.
    private readonly WordSet titlePhrases;
    // "bin", "Al": a person's particles, no word toward the three a name holds at most (uncounted_name_words).
    private readonly WordSet uncountedNameWords;
    // "People", "Lord": common nouns whose possessive is inside a name ("New People's Army"; name_possessive_nouns).
    private readonly WordSet possessiveNameNouns;
    // "ambassador", "envoy": titles of one posted to a place or body, named after "to" ("ambassador to the UN"; posted_envoy_titles).
    private readonly WordSet postedTitles;
    // "al", "el": the articles a hyphen glues to a surname ("al-Burhan").
    private readonly WordSet particles;

    // "Monitor|Rights", "Review|Defence": an outlet's last word and a word before it that make the name no paper's.
    private readonly HashSet<(string End, string Before)> outletEndTraps;

    // "Agency|Service": a body's last word and the one copy swaps it for (body_head_variants).
    private readonly Dictionary<string, string> headVariants;

    public CapitalizedNames(Lexicon lexicon, SourceGazetteer gazetteer)
    {
        outletEndTraps = lexicon.Pairs("outlet_name_end_traps", '|').ToHashSet();
        headVariants = lexicon.Pairs("body_head_variants", '|').ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        this.gazetteer = gazetteer;
        countryWords = Countries.For(lexicon);
        nameConnectors = lexicon.Words("name_connectors").ToArray();
        connectorStarts = System.Buffers.SearchValues.Create(string.Concat(nameConnectors.Where(c => c.Length > 0).Select(c => c[0]).Distinct()));
        connectorGate = nameConnectors.All(c => c.Length > 0);
        // A live blog's time zone opens no name ("21:40 IST Reports say"), as "The" does not.
        notNameWords = lexicon.Words("not_name_starts").Concat(lexicon.Words("time_zones")).ToWordSet(StringComparer.Ordinal);
        outletNameEnds = lexicon.WordLookup("outlet_name_ends", StringComparer.Ordinal);
        ownerHeads = new(lexicon.Words("body_owner_heads").Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());
        closingReportVerbs = [.. lexicon.Words("closing_report_verbs")];
        organisationHeads = lexicon.WordLookup("organisation_heads", StringComparer.Ordinal);
        ownedBodyHeads = lexicon.WordLookup("owned_body_heads", StringComparer.Ordinal);
        newsAgencyEnds = lexicon.Words("news_agency_name_ends").ToArray();
        notPersonWords = lexicon.WordLookup("not_person_words", StringComparer.Ordinal);
        modifierTails = lexicon.WordLookup("name_modifier_tails", StringComparer.Ordinal);
        unitEnds = lexicon.WordLookup("country_unit_ends", StringComparer.Ordinal);
        unitTwoWordEnds = lexicon.WordLookup("country_unit_two_word_ends", StringComparer.Ordinal);
        unitNameWords = lexicon.WordLookup("unit_name_words", StringComparer.Ordinal);
        numberedUnitWords = lexicon.WordLookup("numbered_unit_words", StringComparer.Ordinal);
        eventNameEnds = lexicon.WordLookup("event_name_ends", StringComparer.Ordinal);
        leaderOffices = lexicon.Words("country_leader_nouns").Where(n => char.IsUpper(n[0])).ToWordSet(StringComparer.Ordinal);
        formationHeads = lexicon.Words("formation_heads").Where(h => !h.Contains(' ')).ToWordSet(StringComparer.Ordinal);
        surnamePrefixes = lexicon.WordLookup("surname_prefixes", StringComparer.Ordinal);
        platforms = lexicon.WordLookup("platform_names", StringComparer.Ordinal);
        ministryShortNames = lexicon.WordListNames.Where(n => n.StartsWith("ministry_", StringComparison.Ordinal)).SelectMany(lexicon.Words)
            .Where(w => !w.Contains(' ')).ToWordSet(StringComparer.Ordinal);
        forceNames = lexicon.Words("armed_forces_names").Where(n => char.IsUpper(n[0])).ToHashSet(StringComparer.Ordinal);
        titleWords = TitledPeople.TitleLists.SelectMany(lexicon.Words).Where(t => !t.Contains(' ') && !t.Contains('.')).ToWordSet(StringComparer.OrdinalIgnoreCase);
        particles = lexicon.WordLookup("name_particle_prefixes", StringComparer.Ordinal);
        postedTitles = lexicon.WordLookup("posted_envoy_titles", StringComparer.OrdinalIgnoreCase);
        uncountedNameWords = lexicon.WordLookup("uncounted_name_words", StringComparer.Ordinal);
        possessiveNameNouns = lexicon.WordLookup("name_possessive_nouns", StringComparer.Ordinal);
        titlePhrases = TitledPeople.TitleLists.SelectMany(lexicon.Words).Where(t => t.Contains(' ')).ToWordSet(StringComparer.OrdinalIgnoreCase);
        abbreviatedTitles = TitledPeople.TitleLists.SelectMany(lexicon.Words).Where(t => !t.Contains(' ') && t.Length > 1 && t[^1] == '.').Select(t => t[..^1])
            .ToWordSet(StringComparer.Ordinal);
        afterConnectorBreaks = lexicon.Words("calendar_names").Concat(lexicon.Words("platform_names")).ToWordSet(StringComparer.Ordinal);
    }

    // "reported", "wrote": the verbs after which one capitalised word closing a sentence is a paper's name (closing_report_verbs).
    private readonly string[] closingReportVerbs;

    // "Rep", "Sen": the titles written with a full stop ("Rep.", "Sen."), which ends the capitalised run they close.
    private readonly WordSet abbreviatedTitles;

    // A date or a platform after a connector ends the name before it: "Radio Okapi on Thursday", "Belaruski Hajun on Telegram".
    private readonly WordSet afterConnectorBreaks;

    // "army", "military", "Armed Forces": a country's force whose possessive after the country's adjective owns a unit named after
    // it ("the Indian Army's Northern Command"; body_owner_heads).
    private readonly PhraseTable ownerHeads;

    public void Add(string s, int start, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches, List<CountryName> countries,
        List<SourceCandidate> candidates, string? documentCountry = null)
    {
        NumberedFormations(s, start, countries, candidates);
        for (var (runStart, runEnd) = CapitalizedRun(s, 0); runStart >= 0; (runStart, runEnd) = CapitalizedRun(s, runEnd))
        {
            var at = runStart;
            var run = s.AsSpan(runStart, runEnd - runStart);
            // "the 47th Mechanized Brigade": the formation with its number is NumberedFormations'.
            if (FormationAfterOrdinal(s, runStart, runEnd) > 0) continue;
            // "The Korea Institute for Defense Analyses": the opener is not part of the name.
            while (FirstWord(run) is var first && notNameWords.Contains(first) && run.Length > first.Length + 1)
            {
                at += first.Length + 1;
                run = run[(first.Length + 1)..].TrimStart();
            }
            // "the Houthi-run Saba news agency", "the Kremlin-backed Izvestia": the hyphenated qualifier is not part of the name.
            if (FirstWord(run) is var qualifier && qualifier.LastIndexOf('-') is var hyphen and > 0 && modifierTails.Contains(qualifier[(hyphen + 1)..])
                && run.Length > qualifier.Length + 1)
            {
                at += qualifier.Length + 1;
                run = run[(qualifier.Length + 1)..].TrimStart();
            }
            // "the Norwegian ambassador to the UN Kari Lind said", "Kenya's high commissioner to Britain Jane Doe": the place an envoy is
            // posted to opens the run before the envoy's name; the person is the name after it (the place is no part of it).
            if (PostedPlaceEnd(s, start, at, runEnd, gazetteerMatches, countries) is > 0 and var placeEnd)
            {
                at = SkipWhiteSpace(s, placeEnd);
                run = s.AsSpan(at, runEnd - at);
            }
            // "Democratic Party Rep. Kim Byung-kee", "Republican Sen. Roger Wicker": a party or a committee before an abbreviated title
            // is part of the person's title (TitledPeople reads the person after it), no voice of its own.
            if (runEnd < s.Length && s[runEnd] == '.' && abbreviatedTitles.Contains(run[(run.LastIndexOf(' ') + 1)..])) continue;
            // Most runs are not names ("The Army", "In March"), and a name the gazetteer matched has its entry's reading
            // (an unknown reading would make it unknown): no string is made for them.
            if (notNameWords.Contains(FirstWord(run)) || !run.Contains(' ')) continue;
            var span = new TextSpan(start + at, start + at + run.Length);
            if (SourceFinder.IsMatched(gazetteerMatches, span)) continue;
            var value = run.ToString();
            // "the UN Mission in the DRC (MONUC) said": a mission named by where it serves and the short name after it is that
            // short name, the place inside it no voice of its own (a mission the gazetteer knows by its full name keeps its entry).
            if (MissionShortName(s, runEnd, value) is var (acronymEnd, acronym) && !gazetteerMatches.Any(m => m.Span.Start < span.End && m.Span.End > span.End))
            {
                candidates.Add(new(1, gazetteer.TryResolveSpelling(acronym, out var mission)
                    ? KnownRef(new TextSpan(start + at, start + acronymEnd), mission)
                    : new SourceRef(new TextSpan(start + at, start + acronymEnd), acronym, SourceKind.Military, null, CitationRole.Mentioned, "mission")));
                continue;
            }
            // "U.S. European and Africa Command", "the Departments of State and Defense": two bodies the gazetteer knows that share
            // the run's head, each a voice of its own, never one name no list knows.
            if (Coordinated(s, at, value) is var (firstBody, secondBody))
            {
                var and = value.IndexOf(" and ", StringComparison.Ordinal);
                candidates.Add(new(4, KnownRef(new TextSpan(start + at, start + at + and), firstBody)));
                candidates.Add(new(4, KnownRef(new TextSpan(start + at + and + 5, span.End), secondBody)));
                continue;
            }
            // One resolution per run: a known spelling gives its entry's reading, an outlet's name or not.
            // "the South Korean National Intelligence Agency": a swapped head (body_head_variants) only where the run opens with
            // the adjective of the known body's own country.
            if (gazetteer.TryResolveSpelling(value, out var known) || HeadVariant(value) is { } variant && gazetteer.TryResolveSpelling(variant, out known)
                && known.Country is { } own && value.StartsWith(countryWords.Adjective(own) + " ", StringComparison.Ordinal))
            {
                candidates.Add(new(4, KnownRef(span, known)));
                continue;
            }
            // "the Northern Command of the United States" (translated copy): the country's body the gazetteer knows, "U.S. Northern Command".
            // Named by the gazetteer, it claims the run before the country in it ("… of the Russian Federation" is no voice of its own).
            if (OfCountry(value) is { } owned)
            {
                candidates.Add(new(2, new SourceRef(span, owned.Name, owned.Kind, owned.Country, CitationRole.Mentioned, SourceNouns.RoleNounOf(owned), AlwaysCited: owned.IsAlwaysCited))
                    { CitedOnly = !owned.IsAlwaysCited });
                continue;
            }
            // "Britain's Defence Intelligence", "South Korea's Joint Chiefs of Staff": a body the gazetteer knows as "<adjective> <name>",
            // named by its country's possessive or adjective and the rest of its name.
            if (PossessedEntry(s, at, value, countries) is var (possessed, owner))
            {
                candidates.Add(new(2, new SourceRef(new TextSpan(start + owner.Span.Start, span.End), possessed.Name, possessed.Kind, possessed.Country, CitationRole.Mentioned,
                    SourceNouns.RoleNounOf(possessed), AlwaysCited: possessed.IsAlwaysCited)) { CitedOnly = !possessed.IsAlwaysCited });
                continue;
            }
            // "the Defense Post reported": a paper no list knows, named with its "the".
            if (outletNameEnds.Contains(value.AsSpan(value.LastIndexOf(' ') + 1)) && !OutletEndTrap(value))
            {
                var the = TryWordBefore(s, at, 0, out var before, out _) && before is "the" or "The";
                var outlet = new SourceRef(span, (the ? "The " : "") + Normalize(value), SourceKind.Outlet, null, CitationRole.Mentioned, null);
                // "according to a tally by NATO Review": a paper whose name holds a name the gazetteer knows is the paper where the
                // text cites it, not the body its name starts with (which claims the span where the paper is not cited).
                candidates.Add(Overlaps(gazetteerMatches, span.Start, span.End) ? new(1, outlet) { CitedOnly = true } : new(4, outlet));
                continue;
            }
            if (Organisation(s, at, value, countries) is { } organisation)
            {
                var from = organisation.Owner?.Span.Start ?? at;
                candidates.Add(new(2, new SourceRef(new TextSpan(start + from, span.End), organisation.Name, organisation.Kind, organisation.Country,
                    CitationRole.Mentioned, null)) { CitedOnly = true });
                continue;
            }
            // "Eighth Army said", "Northern Command": a country's unit named without its country is the document's country's
            // ("U.S. Eighth Army" in a story on U.S. troops), by the gazetteer's name where it has one.
            // A numbered unit ("The Eighth Army said" in a Seoul story) takes only a country its sentence binds to it right
            // before ("South Korea's Eighth Army"); else it is named as written.
            var numbered = NationalUnit(value) && Numbered(value);
            if (numbered && BoundOwner(s, at, countries) is null && ForceOwner(s, start, at, countries, gazetteerMatches) is null
                && countryWords.Find(value, 0, value.Length).Count == 0)
            {
                candidates.Add(new(4, new SourceRef(span, Normalize(value), SourceKind.Military, null, CitationRole.Mentioned, "military")) { CitedOnly = true });
                continue;
            }
            // A force's possessive right before the name owns it, whatever the document's country ("the Indian Army's Northern
            // Command", "the IDF's Northern Command").
            if (NationalUnit(value) && (ForceOwner(s, start, at, countries, gazetteerMatches)
                    ?? (numbered ? BoundOwner(s, at, countries) : documentCountry ?? OwnerIn(countries))) is { } unitCountry
                && countryWords.Find(value, 0, value.Length).Count == 0)
            {
                // Named as CountryBodies names a country's force ("Defence Forces": "Defense Forces").
                var owned2 = $"{countryWords.Adjective(unitCountry)} {CountryBodies.Canonical(value)}";
                candidates.Add(new(4, gazetteer.TryResolveSpelling(owned2, out var unit) && unit.Country == unitCountry
                    ? new SourceRef(span, unit.Name, unit.Kind, unit.Country, CitationRole.Mentioned, SourceNouns.RoleNounOf(unit), AlwaysCited: unit.IsAlwaysCited)
                    : new SourceRef(span, owned2, SourceKind.Military, unitCountry, CitationRole.Mentioned, "military")) { CitedOnly = true });
                continue;
            }
            // "Deputy Kim Byung-joo of the Democratic Party said": a title opens the run, and the person is the name after it
            // (without the body that follows "of"); the run stays the span the text cites.
            if (TitledName(value) is { } titled)
            {
                candidates.Add(new(4, new SourceRef(span, titled, SourceKind.Official, null, CitationRole.Mentioned, null, IsPerson: true)));
                continue;
            }
            // "Yevgeny Ilyin of the Russian Defence Ministry said", "Anna Berg of the Swedish defence agency": a person's name
            // opens the run and "of" ties it to where they work; the person is the name before "of", the body after it their
            // affiliation (named by its own readings, if any).
            if (AffiliatedPerson(value) is > 0 and var head && !Overlaps(gazetteerMatches, start + at, start + at + head))
            {
                candidates.Add(new(4, new SourceRef(new TextSpan(span.Start, span.Start + head), Normalize(value[..head]), SourceKind.Official, null,
                    CitationRole.Mentioned, null, IsPerson: true)));
                continue;
            }
            // "The South Korean agency said": a country's demonym alone is no one's name (the description after it speaks).
            var runEndAt = at + run.Length;
            if (countries.Exists(c => c is { IsDemonym: true, Possessive: false } && c.Span.Start == at && c.Span.End == runEndAt)) continue;
            // "the Ukrainian President said": a demonym and a head of state's office name the country's head named before
            // (PronounFinder.CountryLeaders), no body of that name.
            if (countries.Exists(c => c is { IsDemonym: true, Possessive: false } && c.Span.Start == at && c.Span.End < runEndAt
                && leaderOffices.Contains(s.AsSpan(c.Span.End, runEndAt - c.Span.End).Trim())))
                continue;
            // "Kagera War: what the victory cost", "the Suez Crisis": an event's name is no one's voice (event_name_ends).
            if (eventNameEnds.Contains(value.AsSpan(value.LastIndexOf(' ') + 1))) continue;
            // At most three words between single spaces (what Split(' ') would count), a person's particles not counted.
            // "Karin J. Holmgren", "Robert Keane Jr": a person is named without a middle initial or a generation, as a titled one is.
            var plain = TitledPeople.PlainName(value) ?? value;
            var person = !value.Contains(" of ") && !value.Contains(" for ") && !value.Contains(" the ") && NameWords(plain) <= 3
                && NamesOnePerson(value);
            candidates.Add(new(4, new SourceRef(span, Normalize(person ? plain : value), person ? SourceKind.Official : SourceKind.Other, null, CitationRole.Mentioned, null, IsPerson: person)));
        }
    }

    // Where the place or body an envoy is posted to ends when it opens the run at `at` ("UN" in "ambassador to the UN Kari Lind"):
    // "to" (and "the") right before the run, a title of posted_envoy_titles right before "to", a country's name or a gazetteer
    // name starting the run, and at least two more capitalised words after it (the envoy's name); else -1.
    private int PostedPlaceEnd(string s, int start, int at, int runEnd, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches,
        List<CountryName> countries)
    {
        if (!TryWordBefore(s, at, 0, out var link, out var linkStart)) return -1;
        if (link is "the" && !TryWordBefore(s, linkStart, 0, out link, out linkStart)) return -1;
        if (link is not "to" || !postedTitles.Contains(WordBefore(s, linkStart, out _))) return -1;
        var placeEnd = -1;
        foreach (var c in countries)
            if (c.Span.Start == at && c.Country is not null && !c.Possessive && !c.IsDemonym) placeEnd = Math.Max(placeEnd, c.Span.End);
        foreach (var m in gazetteerMatches)
            if (m.Span.Start == start + at) placeEnd = Math.Max(placeEnd, m.Span.End - start);
        if (placeEnd < 0 || placeEnd >= runEnd) return -1;
        var rest = s.AsSpan(placeEnd, runEnd - placeEnd).Trim();
        return rest.IndexOf(' ') > 0 && char.IsUpper(rest[0]) ? placeEnd : -1;
    }

    /// <summary>One-word names no list knows, in the shapes that make a word a name: "according to InformNapalm", "according to
    /// Mediazona" (a capitalised word after "according to"), "InformNapalm reported" (a word with a capital inside it), and
    /// "…, Alakhbar reported." (a word closing the sentence after a comma with a closing_report_verbs verb: an outlet).
    /// Candidates of priority 4: sources only where the text cites them.</summary>
    public void AddSingleWords(string s, int start, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches, List<CountryName> countries,
        List<SourceCandidate> candidates)
    {
        AddClosingOutlets(s, start, gazetteerMatches, countries, candidates);
        // A candidate needs "according" before it or a capital inside it (a lower-case letter, then a capital): a sentence with
        // neither is not walked word by word.
        if (!s.Contains("according", StringComparison.OrdinalIgnoreCase) && !HasInnerCapital(s)) return;
        for (var p = NextUpper(s, 0); p >= 0 && p < s.Length; p = NextUpper(s, p))
        {
            var e = CapitalizedWord(s, p);
            if (e < 0 || p > 0 && (CueIndex.IsWordCharacter(s[p - 1]) || s[p - 1] is '\'' or '’' or '-'))
            {
                p = Math.Max(e, p + 1);
                continue;
            }
            var word = s.AsSpan(p, e - p);
            // Alone: not the first word of a run of capitalised words (CapitalizedRun reads those), nor glued to a digit.
            // The shape tests first and FollowingWord (a walk over the connectors) last: most capitalised words have neither shape.
            var shaped = e - p >= 3 && (e == s.Length || !CueIndex.IsWordCharacter(s[e]));
            var inner = shaped && HasInnerCapital(word);
            var alone = (inner || shaped && AfterAccordingTo(s, p)) && FollowingWord(s, e) < 0;
            var camel = alone && inner;
            var cited = alone && !camel;
            if ((camel || cited) && !notNameWords.Contains(word) && !platforms.Contains(word) && !SentenceCountries.StartsAt(countries, p)
                && !Overlaps(gazetteerMatches, start + p, start + e) && !(p > 0 && PreviousIsCapitalized(s, p)))
            {
                // "DeSantis said", "McConnell told reporters": a capital inside a surname's prefix (surname_prefixes) makes a
                // person's name, not an outlet's ("InformNapalm", "DeepState": the letters before the capital are no prefix).
                var person = camel && SurnameShaped(word);
                candidates.Add(new(4, new SourceRef(new TextSpan(start + p, start + e), word.ToString(),
                    person ? SourceKind.Official : camel && !ministryShortNames.Contains(word) ? SourceKind.Outlet : SourceKind.Other, null, CitationRole.Mentioned, null, IsPerson: person)));
            }
            p = e;
        }
    }

    // "…, Alakhbar reported.", "…, Kathimerini wrote.": one capitalised word (letters, a lower-case one after the first) after a
    // comma, then a closing_report_verbs verb that ends the sentence, is a paper's name; not a word that never starts a name, a
    // date or a platform, a country, nor a name a list knows (a person the document named stays that person: Surnames).
    private void AddClosingOutlets(string s, int start, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches, List<CountryName> countries,
        List<SourceCandidate> candidates)
    {
        foreach (var verb in closingReportVerbs)
            for (var v = s.IndexOf(verb, StringComparison.Ordinal); v > 0; v = s.IndexOf(verb, v + verb.Length, StringComparison.Ordinal))
            {
                var after = v + verb.Length;
                if (s[v - 1] != ' ' || !s.AsSpan(after).TrimEnd(" \"”’'").SequenceEqual(".")) continue;
                var e = v - 1;
                var p = e;
                while (p > 0 && char.IsLetter(s[p - 1])) p--;
                if (e - p < 3 || p < 2 || s[p - 1] != ' ' || s[p - 2] != ',' || !char.IsUpper(s[p]) || !s.AsSpan(p + 1, e - p - 1).ContainsAnyInRange('a', 'z')) continue;
                var word = s.AsSpan(p, e - p);
                if (notNameWords.Contains(word) || afterConnectorBreaks.Contains(word) || titleWords.Contains(word) || SentenceCountries.StartsAt(countries, p)
                    || Overlaps(gazetteerMatches, start + p, start + e)) continue;
                candidates.Add(new(4, new SourceRef(new TextSpan(start + p, start + e), word.ToString(), SourceKind.Outlet, null, CitationRole.Mentioned, "outlet")));
            }
    }

    // "Euro-Med Human Rights Monitor", "Strategic Defence Review": the word before a paper's last word makes the name a group's
    // or a document's (outlet_name_end_traps).
    private bool OutletEndTrap(string value)
    {
        var space = value.LastIndexOf(' ');
        var previous = value.LastIndexOf(' ', space - 1) + 1;
        return space > 0 && outletEndTraps.Contains((value[(space + 1)..], value[previous..space]));
    }

    // A short run that is one person's name: not two names joined ("Finland and Sweden", "Marks & Spencer"), and not one whose
    // last word names a body or a paper ("Solidarity Movement", "Civic Group", "Defence Review").
    private bool NamesOnePerson(string value)
    {
        if (value.Contains(" and ") || value.Contains('&')) return false;
        var last = value.AsSpan(value.LastIndexOf(' ') + 1);
        return !notPersonWords.Contains(last) && !organisationHeads.Contains(last) && !outletNameEnds.Contains(last);
    }

    // The words of a name between single spaces, its particles not counted ("Khalid bin Ahmed Al Khalifa": three).
    private int NameWords(string value)
    {
        var words = 0;
        foreach (var range in value.AsSpan().Split(' '))
            if (!uncountedNameWords.Contains(value.AsSpan()[range])) words++;
        return words;
    }

    // "DeSantis", "McConnell", "MacArthur": the letters before the first inner capital are a surname's prefix.
    private bool SurnameShaped(ReadOnlySpan<char> word)
    {
        for (var i = 1; i + 1 < word.Length; i++)
            if (char.IsLower(word[i]) && char.IsUpper(word[i + 1])) return surnamePrefixes.Contains(word[..(i + 1)]);
        return false;
    }

    // "InformNapalm": a lower-case letter, then a capital. The gate of every sentence: the places that may hold a capital (an
    // ASCII one or any character outside ASCII) are found by a vectorized search, and only they are tested.
    private static bool HasInnerCapital(ReadOnlySpan<char> word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            var n = word[i..].IndexOfAnyExcept(NoCapital);
            if (n < 0) return false;
            i += n;
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1])) return true;
        }
        return false;
    }

    // The ASCII characters that are not capitals.
    private static readonly System.Buffers.SearchValues<char> NoCapital =
        System.Buffers.SearchValues.Create(Enumerable.Range(0, 128).Select(c => (char)c).Where(c => c is not (>= 'A' and <= 'Z')).ToArray());

    private static bool AfterAccordingTo(string s, int at) =>
        TryWordBefore(s, at, 0, out var to, out var toStart) && to is "to" && TryWordBefore(s, toStart, 0, out var according, out _)
            && according.Equals("according", StringComparison.OrdinalIgnoreCase);

    // Whether a capitalised word ends right before `at` (white space between): the word at `at` closes a run.
    private static bool PreviousIsCapitalized(string s, int at) =>
        TryWordBefore(s, at, 0, out var before, out _) && before.Length > 0 && char.IsUpper(before[0]);

    private static bool Overlaps(IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> matches, int from, int to)
    {
        for (var i = 0; i < matches.Count; i++)
            if (matches[i].Span.Start < to && from < matches[i].Span.End) return true;
        return false;
    }

    // An organisation's name no list knows (a run that holds an organisation_heads word), with the country that owns it:
    // "Kenya's National Police Service" ("Kenyan National Police Service", owned by the possessive before it), "the Armed
    // Forces of the Philippines" (as written: the country is part of the name, not a voice of its own). Null for other runs
    // and for a run the country does not own, which stays an unknown name. The country is the body's, however it is named
    // ("Armed Forces of Ukraine": Ukraine's). A body by what it is (owned_body_heads: "Ukraine's Centre for Countering
    // Disinformation") is of kind other; one named a news agency (news_agency_name_ends) is its country's state media.
    private (string Name, SourceKind Kind, CountryName? Owner, string? Country)? Organisation(string s, int at, string value, List<CountryName> countries)
    {
        var head = OrganisationHead(value) ?? OwnedBodyHead(value);
        if (head is null) return null;
        var kind = head is "Forces" or "Force" or "Army" or "Navy" or "Guard" or "Corps" or "Staff" or "Command" or "Gendarmerie" ? SourceKind.Military
            : ownedBodyHeads.Contains(head) ? SourceKind.Other : SourceKind.Government;
        foreach (var end in newsAgencyEnds)
            if (value.EndsWith(" " + end, StringComparison.Ordinal)) kind = SourceKind.StateMedia;
        foreach (var c in countries)
        {
            // A body by what it is keeps its own name ("Ukraine's National Resistance Center": National Resistance Center).
            if (c is { Country: { } country, Possessive: true } && c.Span.End < at && IsWhiteSpace(s, c.Span.End, at) && c.IsAdjectiveOfGroup(s))
                return (kind == SourceKind.Other ? Normalize(value) : $"{countryWords.Adjective(country)} {Normalize(value)}", kind, c, country);
            // "Ghana Armed Forces", "Kenya Defence Forces": a country's name opens the body's own name, written as it is. A body
            // by what it is must be owned, not merely opened by a country's name ("Korea Institute for Defense Analyses" is known).
            if (c is { Country: { } opening, Possessive: false, IsDemonym: false } && c.Span.Start == at && c.Span.End < at + value.Length && !ownedBodyHeads.Contains(head))
                return (Normalize(value), kind, null, opening);
        }
        var of = value.LastIndexOf(" of ", StringComparison.Ordinal);
        if (of <= 0 || (OrganisationHead(value[..of]) ?? OwnedBodyHead(value[..of])) is null) return null;
        var tail = of + 4;
        if (string.CompareOrdinal(value, tail, "the ", 0, 4) == 0) tail += 4;
        var named = countryWords.Find(value, tail, value.Length);
        // "the National Resistance Center of Ukraine": a body by what it is is named without its country, as after a possessive.
        return named.Count == 1 && named[0].Span.Start == tail && named[0].Span.End == value.Length
            ? (Normalize(kind == SourceKind.Other ? value[..of] : value), kind, null, named[0].Country.Name) : null;
    }

    // The owned_body_heads word of a run, or null.
    private string? OwnedBodyHead(string value)
    {
        foreach (var range in value.AsSpan().Split(' '))
            if (ownedBodyHeads.Contains(value.AsSpan()[range])) return value[range];
        return null;
    }

    // The organisation_heads word of a run, or null.
    private string? OrganisationHead(string value)
    {
        foreach (var range in value.AsSpan().Split(' '))
            if (organisationHeads.Contains(value.AsSpan()[range])) return value[range];
        return null;
    }

    // The first country the sentence names as an owner ("Irish troops … , the Defence Forces said"), when the document has
    // none yet; null when it names none.
    private static string? OwnerIn(List<CountryName> countries)
    {
        foreach (var c in countries)
            if (c.Country is { } country && (c.IsDemonym || c.Possessive)) return country;
        return null;
    }

    // "Eighth Army", "1st Army": a unit named by its number (numbered_unit_words, or digits with an ordinal's ending).
    private bool Numbered(string value)
    {
        foreach (var range in value.AsSpan().Split(' '))
        {
            var word = value.AsSpan()[range];
            if (numberedUnitWords.Contains(word) || (word.Length > 2 && char.IsAsciiDigit(word[0]) && char.IsLetter(word[^1]))) return true;
        }
        return false;
    }

    // "Ukraine's 47th Mechanized Brigade said", "the 82nd Airborne Division": a formation copy names by its number (digits and an
    // ordinal's letters) and capitalised words that end in a formation_heads word is a military voice under its number, the
    // country a demonym or possessive binds right before it named first, as a country's unit is ("Ukrainian 47th Mechanized
    // Brigade"); without one it is named as written (many countries number their brigades).
    private void NumberedFormations(string s, int start, List<CountryName> countries, List<SourceCandidate> candidates)
    {
        for (var i = s.AsSpan().IndexOfAny(AsciiDigits); i >= 0; i = NextDigit(s, i + 1))
        {
            if (i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] is ',' or '.')) continue;
            var e = i;
            while (e < s.Length && char.IsAsciiDigit(s[e])) e++;
            // The ordinal's two letters and a space after the digits, then the formation's words (FormationAfterOrdinal reads both).
            if (e + 3 >= s.Length || FormationAfterOrdinal(s, e + 3, s.Length) is not (> 0 and var end)) continue;
            var value = s[i..end];
            var span = new TextSpan(start + i, start + end);
            candidates.Add(new(2, BoundOwner(s, i, countries) is { } owner
                ? new SourceRef(span, $"{countryWords.Adjective(owner)} {value}", SourceKind.Military, owner, CitationRole.Mentioned, "military")
                : new SourceRef(span, value, SourceKind.Military, null, CitationRole.Mentioned, "military")) { CitedOnly = true });
            i = end;
        }
    }

    private static readonly System.Buffers.SearchValues<char> AsciiDigits = System.Buffers.SearchValues.Create("0123456789");

    private static int NextDigit(string s, int from) =>
        from < s.Length && s.AsSpan(from).IndexOfAny(AsciiDigits) is var i and >= 0 ? from + i : -1;

    // Where the capitalised words from `at` (up to four, ending by `limit`) that close with a formation_heads word end, when
    // digits and an ordinal's letters stand right before them ("47th Mechanized Brigade"), or -1.
    private int FormationAfterOrdinal(string s, int at, int limit)
    {
        if (at < 4 || s[at - 1] != ' ') return -1;
        var b = at - 1;
        while (b > 0 && char.IsAsciiLetterOrDigit(s[b - 1])) b--;
        var before = s.AsSpan(b, at - 1 - b);
        if (before.Length < 3 || !(before[^2..] is "st" or "nd" or "rd" or "th") || before[..^2].ContainsAnyExceptInRange('0', '9'))
            return -1;
        var (e, found) = (at, -1);
        for (var words = 0; words < 4 && CapitalizedWord(s, e) is var w and > 0 && w <= limit; words++)
        {
            if (formationHeads.Contains(s.AsSpan(e, w - e))) found = w;
            if (w + 1 >= s.Length || s[w] != ' ') break;
            e = w + 1;
        }
        return found;
    }

    // The country a demonym or possessive right before the run binds to it ("South Korea's Eighth Army", "the Russian
    // Second Army"), or null.
    private static string? BoundOwner(string s, int at, List<CountryName> countries)
    {
        foreach (var c in countries)
            if (c is { Country: { } country } && (c.IsDemonym || c.Possessive) && c.Span.End <= at && IsWhiteSpace(s, c.Span.End, at)) return country;
        return null;
    }

    // The country of the force whose possessive stands right before s[at]: a country's adjective and its force ("the Indian Army's",
    // "the Thai army's": body_owner_heads), or a force the gazetteer gives one country ("the IDF's"); null when there is none.
    private string? ForceOwner(string s, int start, int at, List<CountryName> countries, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches)
    {
        var e = SkipWhiteSpaceBack(s, at);
        if (e == at || e < 3 || s[e - 1] != 's' || s[e - 2] is not ('\'' or '’')) return null;
        var headEnd = e - 2;
        foreach (var (span, entry) in gazetteerMatches)
            if (span.End - start == headEnd && entry is { Kind: SourceKind.Military, Country: { } bodyCountry }) return bodyCountry;
        foreach (var c in countries)
            if (c is { Country: { } country, IsDemonym: true, Possessive: false } && SkipWhiteSpace(s, c.Span.End) is var p && p > c.Span.End
                && PhraseAt(s, p, ownerHeads, wholeWord: true) == headEnd)
                return country;
        return null;
    }

    // Whether a run names a country's unit or force by a name any country's could have: a force's generic name ("Defence
    // Forces", "General Staff": armed_forces_names), or a country_unit_ends word after unit_name_words only ("Eighth Army",
    // "Northern Command", "Pacific Fleet"; not "Arakan Army" nor "Rapid Support Forces", whose names are their own).
    private bool NationalUnit(string value)
    {
        if (forceNames.Contains(value)) return true;
        var last = value.LastIndexOf(' ');
        if (last <= 0) return false;
        // "Southern Military District", "Second Army Area": an end of two words (country_unit_two_word_ends).
        if (!unitEnds.Contains(value.AsSpan(last + 1)))
        {
            var before = value.LastIndexOf(' ', last - 1);
            if (before <= 0 || !unitTwoWordEnds.Contains(value.AsSpan(before + 1))) return false;
            last = before;
        }
        foreach (var range in value.AsSpan(0, last).Split(' '))
            if (!unitNameWords.Contains(value.AsSpan(0, last)[range])) return false;
        return true;
    }

    // The length of the person's name that opens a run before " of " ("Anna Berg" in "Anna Berg of the Swedish"), or -1: two or
    // three words, each a capital then lower-case letters (a hyphen or an apostrophe inside), none a word that starts no name
    // (not_name_starts, months, weekdays), a title, an organisation's or a unit's word, a country's name or adjective, and
    // not a name the gazetteer knows ("Bank of England", "Democratic Republic of Congo", "Islamic State of Iraq" stay whole).
    private int AffiliatedPerson(string value)
    {
        var of = value.IndexOf(" of ", StringComparison.Ordinal);
        if (of <= 0 || value.AsSpan(0, of).Count(' ') is not (1 or 2)) return -1;
        foreach (var range in value.AsSpan(0, of).Split(' '))
        {
            var word = value.AsSpan(0, of)[range];
            if (word.Length < 2 || !char.IsUpper(word[0]) || notNameWords.Contains(word) || afterConnectorBreaks.Contains(word) || titleWords.Contains(word)
                || organisationHeads.Contains(word) || notPersonWords.Contains(word) || unitEnds.Contains(word) || unitNameWords.Contains(word) || outletNameEnds.Contains(word)) return -1;
            for (var k = 1; k < word.Length; k++)
                if (!(char.IsLower(word[k]) || word[k] is '-' or '\'' or '’' && k + 1 < word.Length && char.IsLetter(word[k + 1]))) return -1;
        }
        var head = value[..of];
        if (countryWords.Find(head, 0, head.Length).Count > 0 || gazetteer.TryResolveSpelling(head, out _) || gazetteer.TryResolveSpelling(value, out _)) return -1;
        return of;
    }

    // The person a run opened by a one-word title names ("Deputy Kim Byung-joo of the Democratic Party": "Kim Byung-joo"),
    // or null: two or three capitalised words after the title, up to an "of".
    // A title of several words ("Defense Minister Petrenko", "Prime Minister Kowalski said") opens the run too, and after one a
    // lone surname is the person's: a capitalised title says the word after it is a name, and the title is never part of it.
    private string? TitledName(string value)
    {
        var space = value.IndexOf(' ');
        if (space <= 0) return null;
        var oneWord = titleWords.Contains(value.AsSpan(0, space));
        for (var next = space; !oneWord && value.IndexOf(' ', next + 1) is > 0 and var further; next = further)
            if (titlePhrases.Contains(value.AsSpan(0, further))) (space, oneWord) = (further, true);
        if (!oneWord || !char.IsUpper(value[space + 1])) return null;
        var name = value[(space + 1)..];
        var of = name.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0) name = name[..of];
        var words = NameWords(name);
        if (words == 1) return name.Length > 2 && name.All(c => char.IsLetter(c) || c is '\'' or '’') && !name.All(char.IsUpper) && NamesOnePerson(name)
            && !notNameWords.Contains(name) && !titleWords.Contains(name) ? Normalize(name) : null;
        return words is 2 or 3 && !name.Contains(" for ") && !name.Contains(" the ") && !name.Contains(" and ") ? Normalize(name) : null;
    }

    // The gazetteer's entry for "<adjective> <run>" of the country whose possessive or adjective stands right before the run, with it.
    private (GazetteerEntry Entry, CountryName Owner)? PossessedEntry(string s, int at, string value, List<CountryName> countries)
    {
        foreach (var c in countries)
            if (c is { Country: { } country } && (c.IsDemonym || c.Possessive) && c.Span.End < at && IsWhiteSpace(s, c.Span.End, at)
                && (KnownOf(value, country) ?? (HeadVariant(value) is { } variant ? KnownOf(variant, country) : null)) is { } entry)
                return (entry, c);
        return null;

        GazetteerEntry? KnownOf(string name, string country) =>
            gazetteer.TryResolveSpelling($"{countryWords.Adjective(country)} {name}", out var entry) && entry.Country == country ? entry : null;
    }

    // The run with its last word swapped for its variant (body_head_variants: "National Intelligence Agency" -> "National
    // Intelligence Service"), or null when its last word has none.
    private string? HeadVariant(string value)
    {
        var space = value.LastIndexOf(' ');
        return space > 0 && headVariants.GetValueOrDefault(value[(space + 1)..]) is { } other ? string.Concat(value.AsSpan(0, space + 1), other) : null;
    }

    // "Northern Command of the United States": the gazetteer's entry for "<adjective> <name>" when the run ends in "of (the)"
    // and a country's name, or null.
    private GazetteerEntry? OfCountry(string value)
    {
        var of = value.LastIndexOf(" of ", StringComparison.Ordinal);
        if (of <= 0) return null;
        var tail = of + 4;
        if (string.CompareOrdinal(value, tail, "the ", 0, 4) == 0) tail += 4;
        var named = countryWords.Find(value, tail, value.Length);
        if (named.Count != 1 || named[0].Span.Start != tail || named[0].Span.End != value.Length) return null;
        var country = named[0].Country.Name;
        var body = value[..of];
        // "the Minister of Defence of the Russian Federation": an office named without its holder is the body it heads.
        if (body.StartsWith("Minister of ", StringComparison.Ordinal)) body = "Ministry" + body[8..];
        return gazetteer.TryResolveSpelling($"{countryWords.Adjective(country)} {body}", out var entry) && entry.Country == country ? entry : null;
    }

    // After a run that ends in "Mission" ("UN Mission", "African Union Mission"): " in ", at most five words of the place,
    // then a short name of capitals in brackets ("in the DRC (MONUC)", "in Liberia (UNMIL)"): where the bracket closes and
    // the short name; else null.
    private static (int End, string Acronym)? MissionShortName(string s, int runEnd, string value)
    {
        if (!value.EndsWith(" Mission", StringComparison.Ordinal) || runEnd + 4 >= s.Length || string.CompareOrdinal(s, runEnd, " in ", 0, 4) != 0) return null;
        var open = s.IndexOf(" (", runEnd + 4, Math.Min(60, s.Length - runEnd - 4), StringComparison.Ordinal);
        if (open < 0 || s.AsSpan(runEnd + 4, open - runEnd - 4).Count(' ') > 4 || s.AsSpan(runEnd + 4, open - runEnd - 4).IndexOfAny(",.;") >= 0) return null;
        var close = s.IndexOf(')', open);
        if (close < open + 4 || close > open + 12) return null;
        var acronym = s[(open + 2)..close];
        return acronym.All(char.IsAsciiLetterUpper) ? (close + 1, acronym) : null;
    }

    // A name the gazetteer knows, as its entry names it.
    private static SourceRef KnownRef(TextSpan span, GazetteerEntry known) =>
        new(span, known.Name, known.Kind, known.Country, CitationRole.Mentioned, SourceNouns.RoleNounOf(known), IsPerson: known.Kind == SourceKind.Official, AlwaysCited: known.IsAlwaysCited);

    // The two known bodies a run of one "and" names with a shared head, or null: "European and Africa Command" ("European
    // Command", "Africa Command"), "Departments of State and Defense" ("Department of State", "Department of Defense"). A
    // country's abbreviation right before the run ("U.S.") is tried before each name as well.
    private (GazetteerEntry, GazetteerEntry)? Coordinated(string s, int at, string value)
    {
        var and = value.IndexOf(" and ", StringComparison.Ordinal);
        if (and <= 0 || value.IndexOf(" and ", and + 5, StringComparison.Ordinal) >= 0) return null;
        var (left, right) = (value[..and], value[(and + 5)..]);
        string firstName, secondName;
        if (left.IndexOf(" of ", StringComparison.Ordinal) is var of and > 0 && !right.Contains(' ') && left[..of] is var heads && heads.EndsWith('s') && !heads.Contains(' '))
            (firstName, secondName) = ($"{heads[..^1]} of {left[(of + 4)..]}", $"{heads[..^1]} of {right}");
        else if (!left.Contains(' ') && right.LastIndexOf(' ') is var space and > 0)
            (firstName, secondName) = ($"{left} {right[(space + 1)..]}", right);
        // "the U.S. departments of State and Defense": the plural head in lower case before the run.
        else if (!left.Contains(' ') && !right.Contains(' ') && s.AsSpan(0, at).TrimEnd() is var lead && lead.EndsWith(" of", StringComparison.Ordinal)
            && lead[..^3].TrimEnd() is var headsBefore && headsBefore[(headsBefore.LastIndexOf(' ') + 1)..] is { Length: > 3 } plural
            && plural[^1] == 's' && char.IsAsciiLetterLower(plural[0]))
        {
            var head = char.ToUpperInvariant(plural[0]) + plural[1..^1].ToString();
            (firstName, secondName) = ($"{head} of {left}", $"{head} of {right}");
            at = headsBefore.Length - plural.Length;
        }
        else return null;
        var before = s.AsSpan(0, at).TrimEnd();
        var prefix = before.Length < at && before.LastIndexOf(' ') is var p && before[(p + 1)..] is { Length: > 0 } word && char.IsUpper(word[0]) && word.Contains('.')
            ? word.ToString() + " " : "";
        GazetteerEntry? Known(string name) =>
            prefix.Length > 0 && gazetteer.TryResolveSpelling(prefix + name, out var withCountry) ? withCountry
            : gazetteer.TryResolveSpelling(name, out var plain) ? plain : null;
        return Known(firstName) is { } first && Known(secondName) is { } second && first.Name != second.Name ? (first, second) : null;
    }

    // The text before the first space, as Split(' ')[0] gives it.
    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> s) => s.IndexOf(' ') is var i and >= 0 ? s[..i] : s;

    // The next run of capitalised words at or after `from`: a capitalised word not glued to a word, an apostrophe or a
    // hyphen before it, then one to five more, each after white space and any name_connectors. (-1, -1) when there is none.
    private (int Start, int End) CapitalizedRun(string s, int from)
    {
        for (var p = from; p < s.Length; p++)
        {
            var next = NextUpper(s, p);
            if (next < 0) break;
            p = next;
            if (p > 0 && (CueIndex.IsWordCharacter(s[p - 1]) || s[p - 1] is '\'' or '’' or '-')) continue;
            var e = CapitalizedWord(s, p);
            if (e < 0) continue;
            var words = 1;
            e = PastNamePossessive(s, p, e);
            var first = e;
            while (words <= 5 && FollowingWord(s, e) is var f and >= 0)
            {
                // "Foreign Minister Sheikh Khalid bin Ahmed Al Khalifa": a capitalised particle ("Al") is no word toward the limit.
                var wordStart = f;
                while (wordStart > e && !char.IsWhiteSpace(s[wordStart - 1])) wordStart--;
                if (!uncountedNameWords.Contains(s.AsSpan(wordStart, f - wordStart))) words++;
                if (PartyThenPerson(s, p, e, wordStart)) break;
                e = PastNamePossessive(s, wordStart, f);
            }
            // "Robert Keane Jr. said": a generation's stop is part of the name (which is read without it: TitledPeople.PlainName).
            if (e > first && e < s.Length && s[e] == '.' && s.AsSpan(e - 3, 3) is " Jr" or " Sr") e++;
            if (e > first) return (p, e);
            // A word alone: its other capitals ("NATO", "McCain", "Al-Hassan") follow a letter, a hyphen or an apostrophe.
            p = e - 1;
        }
        return (-1, -1);
    }

    // "Rep. Lee of the ruling People Power Party and Park Sun-won of the main opposition Democratic Party": the run after a
    // person's "of" (past "the" and up to three lower-case words) ends before an "and" whose capitalised words (up to four) go
    // on to an "of" of their own: the second person, with their own affiliation, is no part of the first one's party.
    private static bool PartyThenPerson(string s, int runStart, int end, int next)
    {
        if (!s.AsSpan(end, next - end).Trim().SequenceEqual("and")) return false;
        var at = runStart;
        for (var k = 0; k < 5; k++)
        {
            if (SourceText.WordStartBefore(s, at) is not (>= 0 and var start)) return false;
            var word = s.AsSpan(start, at - start).TrimEnd(' ');
            at = start;
            if (word is "of") break;
            if (k == 4 || word.IsEmpty || !char.IsLower(word[0])) return false;
        }
        if (SourceText.WordStartBefore(s, at) is not (>= 0 and var nameStart) || !char.IsUpper(s[nameStart]) || s[at - 1] is not ' ' || s.AsSpan(nameStart, at - nameStart).TrimEnd(' ').IndexOfAny(",;:") >= 0)
            return false;
        var p = next;
        for (var words = 0; words < 4 && p < s.Length && char.IsUpper(s[p]); words++)
        {
            while (p < s.Length && !char.IsWhiteSpace(s[p]) && s[p] is not (',' or ';')) p++;
            if (p + 1 >= s.Length || s[p] != ' ') return false;
            p++;
        }
        return p > next && s.AsSpan(p).StartsWith("of ", StringComparison.Ordinal);
    }

    // "New People's Army", "Kurdistan Workers' Party": past the possessive of a name_possessive_nouns word ending at `end`
    // (started at `start`) when a capitalised word follows it, the run goes on; else `end`.
    private int PastNamePossessive(string s, int start, int end)
    {
        if (end + 2 >= s.Length || s[end] is not ('\'' or '’') || !possessiveNameNouns.Contains(s.AsSpan(start, end - start))) return end;
        var after = s[end + 1] == 's' ? end + 2 : end + 1;
        return after + 1 < s.Length && s[after] == ' ' && char.IsUpper(s[after + 1]) && (after == end + 1) == (s[end - 1] == 's') ? after : end;
    }

    // The end of the capitalised word after white space and any connectors from `at`, or -1.
    private int FollowingWord(string s, int at)
    {
        var p = SkipWhiteSpace(s, at);
        if (p == at) return -1;
        var joined = false;
        while (AfterConnector(s, p) is var q and >= 0) (p, joined) = (q, true);
        // "Karin J. Holmgren": a middle initial and the capitalised word after it go on the name (which is read without the
        // initial: TitledPeople.PlainName).
        if (!joined && p + 3 < s.Length && char.IsUpper(s[p]) && s[p + 1] == '.' && s[p + 2] == ' ' && CapitalizedWord(s, p + 3) is > 0 and var named)
            return named;
        var e = CapitalizedWord(s, p);
        // "Ahmed al-Sharaa": an article glued to the surname by a hyphen (name_particle_prefixes) is part of it.
        if (e < 0 && ParticleEnd(s, p) is > 0 and var glued) e = CapitalizedWord(s, glued);
        if (joined && e > p && afterConnectorBreaks.Contains(s.AsSpan(p, e - p))) return -1;
        // "Central Military Commission of the Workers' Party of Korea", "Committee of Soldiers' Mothers": a plural possessive
        // after a connector goes on to the capitalised word after it (the run read it as two names, "Party of Korea" the one cited).
        if (joined && e > p + 1 && s[e - 1] == 's' && e + 2 < s.Length && s[e] is '\'' or '’' && s[e + 1] == ' ' && char.IsUpper(s[e + 2])) return e + 1;
        return e;
    }

    // Where the capital after a name particle and its hyphen at `at` stands ("al-Burhan": the B), or -1.
    private int ParticleEnd(string s, int at)
    {
        var n = 0;
        while (at + n < s.Length && char.IsAsciiLetterLower(s[at + n])) n++;
        return n > 0 && at + n + 1 < s.Length && s[at + n] == '-' && char.IsUpper(s[at + n + 1]) && particles.Contains(s.AsSpan(at, n)) ? at + n + 1 : -1;
    }

    // Where the white space after a connector at `at` ends, or -1 when none is there.
    private int AfterConnector(string s, int at)
    {
        // Most words start with no connector's first letter: one test turns them away before the walk over the connectors.
        if (connectorGate && (at >= s.Length || !connectorStarts.Contains(s[at]))) return -1;
        foreach (var connector in nameConnectors)
            if (at + connector.Length < s.Length && string.CompareOrdinal(s, at, connector, 0, connector.Length) == 0 && char.IsWhiteSpace(s[at + connector.Length]))
                return SkipWhiteSpace(s, at + connector.Length);
        return -1;
    }

    // Where the next capital letter at or after `from` is ("Micheál", "Łukasz": any script's capitals), or -1: the next
    // ASCII capital, unless a letter outside ASCII before it is a capital.
    private static int NextUpper(string s, int from)
    {
        var ascii = s.AsSpan(from).IndexOfAnyInRange('A', 'Z');
        var limit = ascii < 0 ? s.Length : from + ascii;
        for (var p = from; p < limit; p++)
        {
            var n = s.AsSpan(p, limit - p).IndexOfAnyExceptInRange('\0', '\x7f');
            if (n < 0) break;
            p += n;
            if (char.IsUpper(s[p])) return p;
        }
        return ascii < 0 ? -1 : limit;
    }

    // The end of a capitalised word at `at` ("Kim", "Seong-kweun", "O'Neil", "Al-Hassan", "Micheál"), or -1: a capital, one
    // or more letters, then maybe a hyphen or an apostrophe before another capitalised word, or a hyphen before lower-case letters.
    private static int CapitalizedWord(string s, int at)
    {
        if (at >= s.Length || !char.IsUpper(s[at])) return -1;
        var e = at + 1;
        while (e < s.Length && char.IsLetter(s[e])) e++;
        if (e == at + 1 && !ApostropheAfterCapital(s, e)) return -1;
        if (e + 2 < s.Length && s[e] is '-' or '\'' or '’' && char.IsUpper(s[e + 1]) && char.IsLetter(s[e + 2]))
        {
            var f = e + 2;
            while (f < s.Length && char.IsLetter(s[f])) f++;
            return f;
        }
        if (e + 1 < s.Length && s[e] == '-' && char.IsLower(s[e + 1]))
        {
            var f = e + 1;
            while (f < s.Length && char.IsLower(s[f])) f++;
            return f;
        }
        return InnerApostropheEnd(s, e);
    }

    // "O'Brien", "N'Diaye", "D'Souza": whether an apostrophe at `e`, after one capital, opens a capitalised word (the two one surname).
    internal static bool ApostropheAfterCapital(string s, int e) =>
        e + 2 < s.Length && s[e] is '\'' or '’' && char.IsUpper(s[e + 1]) && char.IsLower(s[e + 2]);

    // "Sare'e", "Ma'an", "Ja'afar": where the lower-case letters after an apostrophe inside a name end when they go on with it
    // (not a possessive "'s" nor a contraction's "'ll", "'re", "'ve", "'d", "'t", "'m"); else `e`, where the word ends.
    internal static int InnerApostropheEnd(string s, int e)
    {
        if (e + 1 >= s.Length || s[e] is not ('\'' or '’') || !char.IsLower(s[e + 1])) return e;
        var f = e + 1;
        while (f < s.Length && char.IsLower(s[f])) f++;
        if (f < s.Length && (char.IsLetterOrDigit(s[f]) || s[f] is '\'' or '’')) return e;
        return s.AsSpan(e + 1, f - e - 1) is "s" or "ll" or "re" or "ve" or "d" or "t" or "m" ? e : f;
    }
}

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// Statements and documents that say what they are, when no one is named as their author: "according to an
/// intelligence assessment", "according to the mission's plan", "Western estimates put", "according to media reports"
/// (document_modifiers or a possessive before a statement_nouns or document_nouns cue), or one named by its noun alone
/// right after "according to" ("according to estimates"). Generic ones are named as the text names them, as the
/// session-11 conventions have it. A statement speaks; it is never told anything. Candidates of priority 4.
/// </summary>
internal sealed partial class DocumentFinder
{
    /// <summary>The name of estimates no one is named for ("is estimated to keep 30,000 soldiers"), as the DevSet header has it.</summary>
    public const string UnnamedEstimates = "estimates";

    private readonly HashSet<string> modifierPairs;
    // "agency", "service", "officials": a body's noun after the cue makes the cue its modifier ("the country's intelligence agency").
    private readonly PhraseTable bodyNouns;
    private readonly WordSet spokespersonNouns, toldVerbs, documentModifiers, statementLinks, timeZones, invertedVerbs, properModifiers, genericModifiers, genericNouns,
        quantifiers, citingPrepositions, passiveVerbs, passiveAuxiliaries, passiveLinks, passiveAdverbs, rangedVerbs;

    public DocumentFinder(Lexicon lexicon)
    {
        spokespersonNouns = lexicon.WordLookup("spokesperson_nouns", StringComparer.Ordinal);
        documentModifiers = lexicon.WordLookup("document_modifiers", StringComparer.Ordinal);
        toldVerbs = lexicon.WordLookup("told_occasion_verbs", StringComparer.Ordinal);
        statementLinks = lexicon.Words("statement_links").Select(FirstWord).ToWordSet(StringComparer.Ordinal);
        timeZones = lexicon.WordLookup("time_zones", StringComparer.Ordinal);
        invertedVerbs = lexicon.WordLookup("inverted_verbs", StringComparer.Ordinal);
        genericModifiers = lexicon.WordLookup("generic_source_modifiers", StringComparer.Ordinal);
        genericNouns = lexicon.WordLookup("generic_source_nouns", StringComparer.Ordinal);
        quantifiers = lexicon.WordLookup("generic_source_quantifiers", StringComparer.OrdinalIgnoreCase);
        citingPrepositions = lexicon.WordLookup("generic_source_prepositions", StringComparer.OrdinalIgnoreCase);
        passiveVerbs = lexicon.WordLookup("passive_estimate_verbs", StringComparer.Ordinal);
        passiveAuxiliaries = lexicon.WordLookup("passive_estimate_auxiliaries", StringComparer.Ordinal);
        passiveLinks = lexicon.WordLookup("passive_estimate_links", StringComparer.Ordinal);
        passiveAdverbs = lexicon.WordLookup("passive_estimate_adverbs", StringComparer.Ordinal);
        rangedVerbs = lexicon.WordLookup("ranged_estimate_verbs", StringComparer.Ordinal);
        modifierPairs = lexicon.Words("document_modifier_pairs").ToHashSet(StringComparer.Ordinal);
        bodyNouns = new PhraseTable(lexicon.Words("description_nouns").Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray());
        // "Western estimates": a modifier that is a proper adjective keeps its capital where it opens the sentence.
        properModifiers = lexicon.WordLookup("group_adjectives", StringComparer.OrdinalIgnoreCase);
        reportClauseWords = new ReportClauseWords(lexicon);
    }

    public void Add(string s, int start, IReadOnlyList<PhraseMatch> cueHits, List<SourceCandidate> candidates)
    {
        Span<char> lowered = stackalloc char[64];
        for (var i = 0; i < cueHits.Count; i++)
        {
            var hit = cueHits[i];
            // "Reports say …", "22:15 IST Reports say …": a plural noun that opens the sentence may speak alone.
            var opens = OpensSentence(s, hit.Span.Start) && s[hit.Span.End - 1] == 's';
            if (hit.Label is not ("statement_nouns" or "document_nouns" or "voice_body_nouns") || !(opens || char.IsLower(s[hit.Span.Start])) || spokespersonNouns.Contains(s.AsSpan(hit.Span.Start, hit.Span.Length))) continue;
            // An author after it speaks instead: "estimates from the Pentagon".
            if (SkipWhiteSpace(s, hit.Span.End) is var n && WordEnd(s, n) is var e && statementLinks.Contains(s.AsSpan(n, e - n)))
            {
                // "Estimates of the garrison range from 8,000 to 12,000": estimates of a thing, not by anyone, that open the sentence.
                if (opens && RangedOverThing(s, n, e)) candidates.Add(new(4, new SourceRef(new TextSpan(start + hit.Span.Start, start + hit.Span.End),
                    s[hit.Span.Start..hit.Span.End].ToLowerInvariant(), SourceKind.Other, null, CitationRole.Mentioned, null)) { CitedOnly = true, SpeakerOnly = true, Speaks = true });
                continue;
            }
            // "the country's intelligence agency", "intelligence officials": the cue qualifies a body or group that speaks instead
            // (PronounFinder, GroupFinder and CountryBodies name those).
            if (n > hit.Span.End && PhraseAt(s, n, bodyNouns, wholeWord: true) > 0) continue;
            var first = hit.Span.Start;
            var kind = SourceKind.Other;
            // "local media", "unconfirmed reports": words that qualify only the press and its reports ("Ukrainian foreign intelligence" is a body).
            var generic = genericNouns.Contains(s.AsSpan(hit.Span.Start, hit.Span.Length));
            // "recent media reports": the press noun before plural reports qualifies them; the reports speak, named with it. Not
            // before a singular ("local media report, citing officials"), the plural press's verb.
            if (generic && SkipWhiteSpace(s, hit.Span.End) is var press && press > hit.Span.End && WordEnd(s, press) is var pressEnd
                && s[pressEnd - 1] == 's' && genericNouns.Contains(s.AsSpan(press, pressEnd - press))) continue;
            var lowerFirst = false;
            // "Other accounts give …", "according to some estimates": a word that counts the estimates stands where the noun alone would.
            var counted = false;
            while (true)
            {
                var e2 = first;
                e2 = SkipWhiteSpaceBack(s, e2);
                var b2 = e2;
                while (b2 > 0 && (char.IsAsciiLetterLower(s[b2 - 1]) || s[b2 - 1] is '\'' or '’' or '-')) b2--;
                // "Western estimates": a modifier capitalised (the list's words are lower case).
                if (b2 > 0 && char.IsAsciiLetterUpper(s[b2 - 1]) && (b2 == 1 || !char.IsLetter(s[b2 - 2]))) b2--;
                if (e2 == first || b2 == e2) break;
                var word = s.AsSpan(b2, e2 - b2);
                if (generic && quantifiers.Contains(word))
                {
                    counted = OpensSentence(s, b2) || AfterClauseMark(s, b2) || AfterAccordingTo(s, b2) || AfterCitingPreposition(s, b2);
                    break;
                }
                // "By Western estimates, …": the preposition that cites them is no modifier, though it opens the sentence capitalised.
                if (char.IsUpper(word[0]) && citingPrepositions.Contains(word)) break;
                if (char.IsUpper(word[0]))
                {
                    if (word.Length > lowered.Length || !(documentModifiers.Contains(lowered[..word.ToLowerInvariant(lowered)])
                        || generic && genericModifiers.Contains(lowered[..word.ToLowerInvariant(lowered)]))) break;
                    first = b2;
                    // "Unconfirmed reports put …", "Local media reported": a common word capitalised only because it opens the sentence.
                    lowerFirst = OpensSentence(s, b2) && !properModifiers.Contains(word);
                    break;
                }
                var possessive = word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’';
                if (!possessive && !documentModifiers.Contains(word) && !(generic && genericModifiers.Contains(word)) && !PairedModifier(s, b2, e2)) break;
                if (word is "intelligence") kind = SourceKind.Intelligence;
                else if (kind == SourceKind.Other && word is "military" or "defense" or "defence") kind = SourceKind.Military;
                first = b2;
                if (possessive) break;
            }
            // "Kirby told a press briefing": a briefing someone told is where the speaker spoke, no voice of its own.
            if (Told(s, first)) continue;
            // "after a news report that some 4,000 …", "reports in Latvian media that 2,000 …": the report speaks for its clause's figures.
            if (generic && ReportClause(s, first, hit.Span.Start, hit.Span.End, out var pressSpan))
            {
                var span = pressSpan.Length > 0 ? pressSpan : new TextSpan(first, hit.Span.End);
                var reportName = Normalize(s[span.Start..span.End]);
                if (OpensSentence(s, span.Start) && !properModifiers.Contains(s.AsSpan(span.Start, WordEnd(s, span.Start) - span.Start)) || counted) reportName = char.ToLowerInvariant(reportName[0]) + reportName[1..];
                candidates.Add(new(4, new SourceRef(new TextSpan(start + span.Start, start + span.End), reportName, kind, null,
                    CitationRole.Mentioned, null)) { CitedOnly = true, SpeakerOnly = true, Speaks = true });
                continue;
            }
            if (first == hit.Span.Start && !counted && !AfterAccordingTo(s, first) && !(generic && AfterCitingPreposition(s, first)) && !opens && !(s[hit.Span.End - 1] == 's' && Inverted(s, first, hit.Span.End))) continue;
            // Cited by a preposition, with no verb of saying: the estimates speak for the sentence's figures as "according to" does.
            var cited = generic && AfterCitingPreposition(s, counted ? PrecedingWordStart(s, first) : first);
            var name = Normalize(s[first..hit.Span.End]);
            if (counted) lowerFirst = true;
            if (lowerFirst) name = char.ToLowerInvariant(name[0]) + name[1..];
            candidates.Add(new(4, new SourceRef(new TextSpan(start + first, start + hit.Span.End), opens && first == hit.Span.Start ? name.ToLowerInvariant() : name, kind, null,
                CitationRole.Mentioned, null)) { CitedOnly = true, SpeakerOnly = true, Speaks = cited });
        }
        AddPassiveEstimates(s, start, cueHits, candidates);
    }

    // "Ankara is estimated to keep 30,000 soldiers", "the force was reckoned at 8,000": the unnamed estimates speak
    // (passive_estimate_verbs after a form of "be", an adverb between allowed, and "to" or "at" after). Not "an estimated
    // 10,000", the writer's hedge, which no form of "be" precedes.
    private void AddPassiveEstimates(string s, int start, IReadOnlyList<PhraseMatch> cueHits, List<SourceCandidate> candidates)
    {
        for (var i = 0; i < cueHits.Count; i++)
        {
            var hit = cueHits[i];
            if (hit.Label != "reporting_verbs" || !passiveVerbs.Contains(s.AsSpan(hit.Span.Start, hit.Span.Length))) continue;
            if (SkipWhiteSpace(s, hit.Span.End) is var n && WordEnd(s, n) is var e && (e == n || !passiveLinks.Contains(s.AsSpan(n, e - n)))) continue;
            // Inside a quotation the passive is the quoted speaker's ("\"Their strength is estimated at 45,\" the major said").
            if (QuoteOpenAt(s, hit.Span.Start) || !TryWordBefore(s, hit.Span.Start, 0, out var before, out var beforeStart)) continue;
            if (!passiveAuxiliaries.Contains(before) && !((before.EndsWith("ly") || passiveAdverbs.Contains(before)) && TryWordBefore(s, beforeStart, 0, out var aux, out _) && passiveAuxiliaries.Contains(aux))) continue;
            candidates.Add(new(4, new SourceRef(new TextSpan(start + hit.Span.Start, start + hit.Span.End), UnnamedEstimates, SourceKind.Other, null,
                CitationRole.Mentioned, null)) { CitedOnly = true, SpeakerOnly = true, Speaks = true });
        }
    }

    // Whether "of" at `link`..`linkEnd` opens a thing, no author, and a verb that gives the estimates' size follows it within a
    // few words (ranged_estimate_verbs: "Estimates of the Panamanian dead run from", "of how many Nepalis are fighting"). A thing
    // has a word in lower case besides its article ("estimates of the Pentagon are" name their author).
    private bool RangedOverThing(string s, int link, int linkEnd)
    {
        if (!s.AsSpan(link, linkEnd - link).Equals("of", StringComparison.Ordinal)) return false;
        var p = SkipWhiteSpace(s, linkEnd);
        var thing = false;
        for (var words = 0; words < 7 && p < s.Length && WordEnd(s, p) is var e && e > p; words++)
        {
            var word = s.AsSpan(p, e - p);
            if (thing && rangedVerbs.Contains(word)) return true;
            thing |= char.IsAsciiLetterLower(word[0]) && word is not ("the" or "its" or "their" or "a" or "an");
            if (e < s.Length && s[e] is not ' ') return false;
            p = SkipWhiteSpace(s, e);
        }
        return false;
    }

    // Whether the word at `from`..`to` qualifies only with the word after it ("flight tracking data", "flight trackers", while
    // "satellite images and flight data" is no voice): document_modifier_pairs.
    private bool PairedModifier(string s, int from, int to)
    {
        var n = SkipWhiteSpace(s, to);
        return n > to && WordEnd(s, n) is var e && e > n && modifierPairs.Contains(string.Concat(s.AsSpan(from, to - from), " ", s.AsSpan(n, e - n)));
    }

    // Whether only white space, or a live blog's time stamp ("22:15 IST"), stands before `at`.
    private bool OpensSentence(string s, int at)
    {
        var p = 0;
        while (p < at && char.IsWhiteSpace(s[p])) p++;
        if (p == at) return true;
        var q = p;
        while (q < at && (char.IsAsciiDigit(s[q]) || s[q] is ':' or '.')) q++;
        if (q == p || q - p < 4) return false;
        p = SkipWhiteSpace(s, q);
        if (p < at && WordEnd(s, p) is var e && timeZones.Contains(s.AsSpan(p, e - p))) p = SkipWhiteSpace(s, e);
        return p == at;
    }

    // "…, reports said on Sunday": a plural noun alone between a comma and an inverted verb speaks, as a wire story's closing
    // attribution does ("…, reports said", "…, media reports say").
    private bool Inverted(string s, int from, int to)
    {
        var b = from;
        while (b > 0 && s[b - 1] == ' ') b--;
        if (b == from || b == 0 || s[b - 1] != ',') return false;
        var p = SkipWhiteSpace(s, to);
        return p > to && WordEnd(s, p) is var e && e > p && invertedVerbs.Contains(s.AsSpan(p, e - p));
    }

    // Whether a verb of telling (told_occasion_verbs) stands right before `at`, an article between them: "told a press briefing".
    private bool Told(string s, int at)
    {
        if (!TryWordBefore(s, at, 0, out var word, out var start)) return false;
        if (word is "a" or "an" or "the" && !TryWordBefore(s, start, 0, out word, out _)) return false;
        return toldVerbs.Contains(word);
    }

    // "By most accounts, …", "…, by some estimates": a preposition that cites the estimates after it as "according to" does
    // (generic_source_prepositions), opening the sentence or right after a comma, so that "confirmed by reports" or "backed by
    // estimates" stay as they are.
    private bool AfterCitingPreposition(string s, int at)
    {
        var e = SkipWhiteSpaceBack(s, at);
        if (e == at) return false;
        var b = e;
        while (b > 0 && char.IsAsciiLetter(s[b - 1])) b--;
        if (b == e || !citingPrepositions.Contains(s.AsSpan(b, e - b))) return false;
        var c = SkipWhiteSpaceBack(s, b);
        return OpensSentence(s, b) || c > 0 && s[c - 1] == ',';
    }

    // Whether a semicolon or a dash opens the clause at `at`, as a sentence does ("… speaks of 21,000; other accounts give 22,000").
    private static bool AfterClauseMark(string s, int at) =>
        SkipWhiteSpaceBack(s, at) is var e && e < at && e > 0 && s[e - 1] is ';' or '—' or '–';

    // Where the word before `at` starts (the quantifier before a counted noun: "some" in "by some estimates").
    private static int PrecedingWordStart(string s, int at)
    {
        var e = SkipWhiteSpaceBack(s, at);
        var b = e;
        while (b > 0 && char.IsLetter(s[b - 1])) b--;
        return b;
    }

    // "according to estimates": the noun is the first word after "according to".
    private static bool AfterAccordingTo(string s, int at) =>
        TryWordBefore(s, at, 0, out var to, out var toStart) && to is "to" && s.AsSpan(0, toStart).TrimEnd() is var before
        && before.EndsWith("according", StringComparison.OrdinalIgnoreCase) && (before.Length == 9 || !char.IsLetter(before[^10]));
}

using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;
using static SourceText;

/// <summary>
/// What role a name plays in its sentence: it speaks ("X said", "according to X", "statements from X", "X's
/// estimate"), informs ("briefed by X", "citing X"), is told ("told X"), or is only mentioned. The patterns are
/// reporting.json's (speaker_after, statement_after, informant_before, audience_before, speaker_before,
/// inverted_before); cheap word tests decide first whether a pattern can match at all.
/// </summary>
internal sealed partial class CitationRoles
{
    private readonly Regex speakerAfter, statementAfter, informantBefore, audienceBefore, speakerBefore, coordinatedSpeakerBefore, invertedBefore;
    // speaker_before is run only where its last words allow a match.
    private readonly SpeakerBeforeGate speakerBeforeGate;
    // The words a cue before a name ends with (its last word, or the one before a last "the"): a name whose left
    // context ends otherwise cannot match that cue's pattern, which is then not run.
    private readonly WordSet informantEnds, audienceEnds, speakerEnds, invertedEnds;
    // "official", "the": the words between an opening "by" and the count it cites (by_count_fillers).
    private readonly WordSet byCountFillers;
    // "By": a cue that opens a sentence capitalised and is no name's modifier (generic_source_prepositions).
    private readonly WordSet openingCues;
    // "count", "estimates": what an opening "by" cites (country_statement_nouns).
    private readonly WordSet countNouns;
    // The four sets' closing words in one (RoleBefore's first test), in any case.
    private readonly WordSet anyEnds;
    // The words that can come right before those closing words, and the words that the patterns' other branches need
    // somewhere before the name ("citing …", "based on … from", "according to …", "quoted"): a name with neither is
    // not tried against the pattern. Most names after "from", "by", "to" or "for" are not cited ("troops from Russia").
    private readonly WordSet informantLeads, speakerLeads;
    // audience_before's cues of one word ("told"), and the word before the last of its cues of several words ("revealed
    // to", "in an interview with"): a name after "according to" is not told anything, and the pattern is not run.
    private readonly WordSet audienceSingles, audienceLeads;
    // statement_after's words: the nouns its apostrophe branch ends in, the words its verb branch passes over, the first
    // words of its release verbs.
    private readonly WordSet statementNouns, statementNounCompounds, releasedPictures, releaseVerbStarts;
    // The words statement_after's verb branch passes over before its release verb ("has also released", "first gave"; "on" with a
    // day); the same as the pattern's.
    private static readonly string[] StatementChain = ["has", "have", "had", "also", "first", "later", "earlier", "previously", "again", "on"];
    private readonly string[] informantNeedles, speakerNeedles, passiveSpeechNeedles;
    // The words speaker_after can read first after a name (null: any word may be; see MaySpeakAfter).
    private readonly WordSet? speakerAfterOpeners;
    // The words statement_after can read first after white space (null: any word may be; see MayStateAfter).
    private readonly WordSet? statementAfterOpeners;
    // The reporting verbs, in any case: speaker_after ends with one after white space, so an `after` without a token that
    // one starts with is not read.
    private readonly PhraseMatcher verbs;
    // The reporting verbs of one word, as speaker_after reads them (case and all): "Kim said" needs no pattern.
    private readonly WordSet oneWordVerbs;
    // speaker_after's part after its asides, word by word, in its case: the words that may open an aside after white space
    // ("and", "of", "in", "at", "for", speaker_companions, voice_postmodifiers, outlet_name_tails); the words that may stand
    // before the verb (speech_verb_adverbs, "been", "was", "were"), those followed by any word ("last", "this", "on"), the
    // adverbs of one word, and the verbs' first words. See SpeaksAfter.
    private readonly WordSet asideOpeners, verbFillers, timeWords, oneWordAdverbs, verbStarts;
    // The prepositions of speaker_aside_prepositions that open no other of its asides ("in Seoul", "of the Pentagon"): after
    // one, a place's or a body's capitalised words, else the word is read as the words before the verb are ("in a statement").
    private readonly WordSet placeOpeners;
    // The prepositions of speaker_aside_prepositions in lower case: the words that open its aside of a place, whatever else they open.
    private readonly WordSet placeWords;
    // What may follow the first word of a reporting verb, and of an aside other than a place's (speaker_aside_coordinators,
    // speaker_companions, voice_postmodifiers, outlet_name_tails), after white space: the first letters of the next word of
    // each of its phrases; null where one of them is that word alone or goes on past it with no white space. MayReachVerb
    // reads "was" as a verb's start only before "requesting" ("was requesting"), "in" as an aside's only before "charge" or
    // "command" ("in charge"): "were taking part in …", "officials in Seoul held …" do not run the pattern.
    private readonly Dictionary<string, string[]?>.AlternateLookup<ReadOnlySpan<char>> verbNextWords, asideNextWords;
    // The adverbs and verbs of one word that no other of their alternatives starts with ("said", not "pointed": "pointed out"):
    // where the pattern reads only those, its match ends with the verb.
    private readonly WordSet plainAdverbs, plainVerbs;
    // "Lin Jian saying": participles that speak right after the name only.
    private readonly WordSet participles;
    // "…, telling reporters", "…, adding that": participles of speech whose subject is the person a sentence opens with.
    private readonly WordSet subjectParticiples, sourceLabels;
    // "telling reporters": who hears what a participle of speech says (inverted_audiences).
    private readonly WordSet audiences;
    // A refusal and what it refuses: something asked of the speaker (no citation) or something said (a citation).
    private readonly WordSet refusalVerbs, refusedAsks, refusedStatements;
    // A verb that names what was said ("called the claims groundless") speaks only for something said.
    private readonly WordSet characterizingVerbs;
    // The same verbs as one search, in their case or not as the set compares them: Characterizes' gate.
    private readonly System.Buffers.SearchValues<string> characterizingVerbList;
    // "4,700 North Korean soldiers put out of combat", "troops put on alert": a verb of placing that speaks only for an estimate
    // ("put the number at"), never before a particle that places what it moves (placing_verbs, placement_particles).
    private readonly WordSet placingVerbs, placementParticles, placedAmounts;
    // "at": the word before which an estimate places its figure ("put the number at 10,000"); a count before it, with a particle
    // of place after the count, is moved ("placed 800 soldiers under NATO command"; placed_figure_particles).
    private readonly WordSet placedFigureParticles;
    // "at", "at least": the hedges of two words before a count of what a verb of placing moves, and their first words.
    private readonly WordSet placedHedges;
    // "posted" before "to", "along": troops posted somewhere, no speech (posting_verbs, posting_particles).
    private readonly WordSet postingVerbs, postingParticles;
    private readonly System.Buffers.SearchValues<string> placingVerbList;
    // The refusal and characterizing verbs as one search: whether the text after a name holds any of them, in one pass.
    private readonly System.Buffers.SearchValues<string> refusalVerbList;
    // "requested 40,000 more troops", "asked for another 3,000": a request speaks only for the count it asks for (request_verbs),
    // read over request_count_openers up to the count; the same verbs as one search, the gate.
    private readonly string[] requestVerbs;
    private readonly System.Buffers.SearchValues<string> requestVerbList;
    private readonly WordSet requestCountOpeners, countWords;
    // "asked NATO to send 1,000 more": the verbs by which the party asked is to send the count, and the particles after them.
    private readonly WordSet askedPartyVerbs, askedPartyParticles;
    // "the ministry raised its death toll to 2,823", "the Pentagon revised up the number to 64": a verb that changes a count
    // speaks only for a count it names (count_revision_verbs, revised_counts; count_correction_verbs also before
    // corrected_counts); the same verbs as one search, the gate.
    private readonly WordSet revisionVerbs, correctionVerbs, revisedCounts, correctedCounts;
    private readonly System.Buffers.SearchValues<string> revisionVerbList;
    private readonly string[] officePhrases;
    // "Reuters could not independently verify the report", "AFP was unable to confirm the toll": what says that a name could not
    // check a claim (unable_openers, verify_adverbs, verification_verbs); such a name is no voice of the claim.
    private readonly string[] unableOpeners;
    // "declined", "refused": a refusal whose addressee is told nothing (refusal_leads); "but", "yet": a turn past which the
    // addressee is told something after all (negation_turns); "according", "close": words whose own "to" comes before a name
    // (to_phrase_leads). DeclineAddressedTo reads the three.
    private readonly WordSet refusalLeads, refusalTurns, toPhraseLeads;
    // "no immediate statement from": the words of a statement the text says a name did not give (AbsentStatementFrom).
    private readonly WordSet absentStatementLeads, absentStatementModifiers, absentStatementNouns;
    // "in cooperation with", "working with": what makes the name after "with" a partner of an act (PartnerWith).
    private readonly WordSet partnerNouns, partnerVerbs;
    private readonly WordSet verifyAdverbs, verificationVerbs;
    // "A leaked Pentagon planning document lists …": the nouns of a body's own document and the verbs by which it speaks.
    private readonly WordSet documentNouns, documentVerbs;
    // The words a speaker's description before its name never holds ("of", "and", "that"): DescribedBefore stops there.
    private readonly WordSet descriptorBreaks;
    // What opens a description of a name's holder (DescribedHolderStart): a determiner (definite_determiners,
    // holder_determiners), past a conjunction (holder_conjunctions).
    private readonly WordSet definiteWords, holderDeterminers, holderConjunctions;
    // "party", "contractor", "applicants": a description's head noun that names a body or several, so the name after it is no person.
    private readonly WordSet organisationDescriptionNouns;
    // "Miami-based", "Kremlin-backed" (name_modifier_tails): a capitalised word whose hyphenated tail describes what follows.
    private readonly WordSet modifierTails;
    private readonly WordSet headingOffices, officeLinkWords, apposedOfficeLinkWords, voiceWords, voiceLinkWords, speakerDescriptionWords;
    private readonly string[] closingSpeakerAsides, citingCues;
    // "for his part", "in turn": what translated copy sets between an inverted verb and its speaker (inverted_verb_asides).
    private readonly string[] invertedAsides;
    // "the country's", "the nation's" between a cue and the name it leads to (state_possessives_before_name).
    private readonly string[] statePossessives;
    private readonly Regex invertedAdverbials, leadingAdverbials;
    private readonly WordSet adverbialOpeners;
    // The one word speech adverbials must end or open with, asked before their patterns (SpeechAdverbialGate).
    private readonly SpeechAdverbialGate adverbialGate;
    // "Read also", "Related": the labels of lines that link to other stories (RelatedLinkLabel).
    private readonly WordSet relatedLinkLabels;
    /// <summary>Months and weekdays (calendar_names): a capitalised word that is a date, not a name ("On Monday, a spokesman
    /// for …"), neither a title holder's nor an outlet's (OutletNouns reads this one set).</summary>
    public WordSet CalendarNames { get; }
    // platform_names: a platform after "on" before a title is where the voice spoke, not a word of its title (NamedModifiersStart).
    private readonly WordSet platformNames;

    public CitationRoles(Lexicon lexicon)
    {
        speakerAfter = lexicon.Regex("speaker_after", RegexOptions.None);
        bracketSourceWords = lexicon.WordLookup("bracket_source_words", StringComparer.Ordinal);
        statementAfter = lexicon.Regex("statement_after", RegexOptions.None);
        spokenOfCount = lexicon.Regex("spoken_of_count", RegexOptions.IgnoreCase);
        spokenOfCountVerbs = SpokenOfCountVerbs(lexicon);
        // The before-patterns end at the name: searched from the right, they are tried once, at the end. Case folds as in the
        // invariant culture, as the ASCII-folding shortcuts that gate them do (a Turkish culture would not fold "I" to "i").
        informantBefore = lexicon.Regex("informant_before", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft);
        audienceBefore = lexicon.Regex("audience_before", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft);
        speakerBefore = lexicon.Regex("speaker_before", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft);
        speakerBeforeGate = new SpeakerBeforeGate(lexicon);
        coordinatedSpeakerBefore = lexicon.Regex("coordinated_speaker_before", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft);
        invertedBefore = lexicon.Regex("inverted_before", RegexOptions.RightToLeft);
        // Each pattern's own closing words (informant_before: "by", "from", "citing"; audience_before: "with", "to";
        // speaker_before: "to", "for", "quoted") with the last words of the lists it ends with.
        WordSet Ends(StringComparer comparer, IEnumerable<string> words, params string[] lists) =>
            words.Concat(lists.SelectMany(lexicon.Words)).Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1])
                .ToWordSet(comparer);
        byCountFillers = lexicon.WordLookup("by_count_fillers", StringComparer.OrdinalIgnoreCase);
        openingCues = lexicon.WordLookup("generic_source_prepositions", StringComparer.OrdinalIgnoreCase);
        countNouns = lexicon.WordLookup("country_statement_nouns", StringComparer.OrdinalIgnoreCase);
        informantEnds = Ends(StringComparer.OrdinalIgnoreCase, ["by", "from", "with"], "citing_verbs", "citing_fillers");
        audienceEnds = Ends(StringComparer.OrdinalIgnoreCase, ["with", "to"], "audience_cues");
        speakerEnds = Ends(StringComparer.OrdinalIgnoreCase, ["to", "for", "per"], "quoting_verbs", "according_fillers", "statement_links");
        // The words the patterns' other branches need somewhere before the name: "citing …", "which cited …", "based on …";
        // "according to …", "quoted …", "cited …". Of a phrase, its longest word: "referring to" needs "referring", where
        // its last word, "to", is in nearly every sentence.
        string[] Needles(string own, params string[] lists) => [own, .. lists.SelectMany(lexicon.Words).Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Aggregate((longest, word) => word.Length >= longest.Length ? word : longest)).Distinct()];
        informantNeedles = Needles("based", "citing_verbs", "learned_from_verbs");
        // The figure-giver branch ("The figures were given at a news conference by X") runs only where one of its verbs stands.
        speakerNeedles = Needles("according", "quoting_verbs", "figure_giving_verbs").Append("per").ToArray();
        // The passive of speaking whose verb an adverbial parts from "by" ("was confirmed late on Tuesday by X"): only after "by".
        passiveSpeechNeedles = Needles("by", "passive_speech_verbs");
        invertedEnds = Ends(StringComparer.Ordinal, [], "inverted_verbs");
        anyEnds = informantEnds.Set.Concat(audienceEnds.Set).Concat(speakerEnds.Set).Concat(invertedEnds.Set).ToWordSet(StringComparer.OrdinalIgnoreCase);
        // informant_before: "{informed_by_verbs} by", "briefing(s) by|from", "session(s) with", "{shared_things} (provided|supplied|shared)? by|from".
        informantLeads = LastWords(lexicon.Words("informed_by_verbs").Concat(lexicon.Words("learned_from_verbs")).Concat(lexicon.Words("shared_things")).Concat(["briefing", "briefings", "session", "sessions", "provided", "supplied", "shared"]));
        // speaker_before: "{statement_nouns} {statement_links}" (a link of two words: its first), "spokesman|spokeswoman|spokesperson for",
        // "{passive_speech_verbs} by".
        speakerLeads = LastWords(lexicon.Words("statement_nouns").Concat(lexicon.Words("statement_links").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 1).Select(w => w[^2])).Concat(["spokesman", "spokeswoman", "spokesperson"]).Concat(lexicon.Words("passive_speech_verbs")));
        audienceSingles = lexicon.Words("audience_cues").Where(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 1)
            .ToWordSet(StringComparer.OrdinalIgnoreCase);
        audienceLeads = lexicon.Words("audience_cues").Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 1).Select(w => w[^2])
            .Concat(lexicon.Words("interview_nouns")).ToWordSet(StringComparer.OrdinalIgnoreCase);
        statementNouns = lexicon.WordLookup("statement_nouns", StringComparer.OrdinalIgnoreCase);
        countedPersonnel = lexicon.Words("counted_personnel_nouns").ToArray();
        statementNounCompounds = lexicon.WordLookup("statement_noun_compounds", StringComparer.OrdinalIgnoreCase);
        releasedPictures = lexicon.WordLookup("released_pictures", StringComparer.OrdinalIgnoreCase);
        releaseVerbStarts = lexicon.Words("release_verbs").Select(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])
            .ToWordSet(StringComparer.OrdinalIgnoreCase);
        // speaker_after's own openers ("and the Pentagon said", "of Ukraine said", "last week said", "this month said",
        // "on Monday said") with the first words of the lists it may open with: an adverb, the verb itself.
        var openers = new[] { "and", "of", "in", "at", "for", "last", "this", "on", "been", "was", "were" }.Concat(new[] { "speech_verb_adverbs", "reporting_verbs", "outlet_name_tails", "voice_postmodifiers" }.SelectMany(lexicon.Words)).ToArray();
        verbs = PhraseMatcher.Of(lexicon, ["reporting_verbs"]);
        unableOpeners = lexicon.Words("unable_openers").ToArray();
        refusalLeads = lexicon.WordLookup("refusal_leads", StringComparer.OrdinalIgnoreCase);
        absentStatementLeads = lexicon.WordLookup("absent_statement_leads", StringComparer.OrdinalIgnoreCase);
        absentStatementModifiers = lexicon.WordLookup("absent_statement_modifiers", StringComparer.Ordinal);
        absentStatementNouns = lexicon.WordLookup("absent_statement_nouns", StringComparer.Ordinal);
        partnerNouns = lexicon.WordLookup("partner_nouns", StringComparer.Ordinal);
        partnerVerbs = lexicon.WordLookup("partner_verbs", StringComparer.Ordinal);
        refusalTurns = lexicon.WordLookup("negation_turns", StringComparer.OrdinalIgnoreCase);
        toPhraseLeads = lexicon.WordLookup("to_phrase_leads", StringComparer.Ordinal);
        verifyAdverbs = lexicon.WordLookup("verify_adverbs", StringComparer.OrdinalIgnoreCase);
        verificationVerbs = lexicon.WordLookup("verification_verbs", StringComparer.OrdinalIgnoreCase);
        documentNouns = lexicon.Words("statement_nouns").Concat(lexicon.Words("document_nouns"))
            .Where(w => !w.Contains(' ') && !w.StartsWith("spokes", StringComparison.Ordinal) && w is not "media").ToWordSet(StringComparer.Ordinal);
        documentVerbs = lexicon.WordLookup("document_verbs", StringComparer.Ordinal);
        participles = lexicon.WordLookup("speaking_participles", StringComparer.Ordinal);
        subjectParticiples = lexicon.WordLookup("subject_speaking_participles", StringComparer.Ordinal);
        audiences = lexicon.WordLookup("inverted_audiences", StringComparer.Ordinal);
        sourceLabels = lexicon.WordLookup("source_line_labels", StringComparer.Ordinal);
        oneWordVerbs = lexicon.Words("reporting_verbs").Where(v => v.Length > 0 && v.All(char.IsAsciiLetter)).ToWordSet(StringComparer.Ordinal);
        static string FirstWord(string phrase) => phrase.TrimStart()[..LetterRun(phrase.TrimStart(), 0)];
        asideOpeners = new[] { "speaker_aside_coordinators", "speaker_aside_prepositions" }.SelectMany(lexicon.Words)
            .Concat(new[] { "speaker_companions", "voice_postmodifiers", "outlet_name_tails" }
            .SelectMany(lexicon.Words).Select(FirstWord)).ToWordSet(StringComparer.Ordinal);
        verbFillers = lexicon.Words("speech_verb_adverbs").SelectMany(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Concat(lexicon.Words("speaker_passive_auxiliaries"))
            .ToWordSet(StringComparer.Ordinal);
        timeWords = new[] { "speaker_time_determiners", "speaker_day_prepositions" }.SelectMany(lexicon.Words).ToWordSet(StringComparer.Ordinal);
        oneWordAdverbs = lexicon.Words("speech_verb_adverbs").Where(a => a.Length > 0 && a.All(char.IsAsciiLetter)).ToWordSet(StringComparer.Ordinal);
        verbStarts = lexicon.Words("reporting_verbs").Select(FirstWord).ToWordSet(StringComparer.Ordinal);
        relatedLinkLabels = lexicon.WordLookup("related_link_labels", StringComparer.OrdinalIgnoreCase);
        invertedAsides = lexicon.Words("inverted_verb_asides").ToArray();
        statePossessives = lexicon.Words("state_possessives_before_name").ToArray();
        invertedAdverbials = InvertedAdverbials(lexicon);
        adverbialOpeners = lexicon.WordLookup("speech_adverbial_openers", StringComparer.OrdinalIgnoreCase);
        leadingAdverbials = LeadingAdverbials(lexicon);
        adverbialGate = new SpeechAdverbialGate(lexicon);
        sceneWords = lexicon.WordLookup("speaker_scene_prepositions", StringComparer.Ordinal);
        asideWords = new[] { "speaker_aside_prepositions", "speaker_aside_coordinators" }.SelectMany(lexicon.Words).ToWordSet(StringComparer.Ordinal);
        placeOpeners = lexicon.Words("speaker_aside_prepositions")
            .Except(new[] { "speaker_aside_coordinators", "speaker_companions", "voice_postmodifiers", "outlet_name_tails" }.SelectMany(lexicon.Words).Select(FirstWord))
            .Where(w => w.Length > 0 && w.All(char.IsAsciiLetterLower))
            .ToWordSet(StringComparer.Ordinal);
        placeWords = lexicon.Words("speaker_aside_prepositions").Where(w => w.Length > 0 && w.All(char.IsAsciiLetterLower))
            .ToWordSet(StringComparer.Ordinal);
        verbNextWords = NextWords(lexicon.Words("reporting_verbs"));
        asideNextWords = NextWords(new[] { "speaker_aside_coordinators", "speaker_companions", "voice_postmodifiers", "outlet_name_tails" }.SelectMany(lexicon.Words));
        // Each phrase's first word (as FirstWord reads it) and the first letters of the word after its white space.
        static Dictionary<string, string[]?>.AlternateLookup<ReadOnlySpan<char>> NextWords(IEnumerable<string> phrases)
        {
            var next = new Dictionary<string, string[]?>(StringComparer.Ordinal);
            foreach (var phrase in phrases.Select(p => p.TrimStart()))
            {
                var first = phrase[..LetterRun(phrase, 0)];
                if (first.Length == 0) continue;
                var rest = phrase[first.Length..];
                var second = rest.TrimStart();
                second = second[..LetterRun(second, 0)];
                if (rest.Length == 0 || !char.IsWhiteSpace(rest[0]) || second.Length == 0) next[first] = null;
                else if (!next.TryGetValue(first, out var seconds)) next[first] = [second];
                else if (seconds is not null) next[first] = [.. seconds, second];
            }
            return next.GetAlternateLookup<ReadOnlySpan<char>>();
        }
        // A word is plain when no other alternative may match where it stands, before white space or a mark: none of its own
        // list goes on past it with a space or a mark ("pointed out"; "reported" cannot match at "report,"), and none of the
        // other list (or "been", "last", …) is it or goes on past it so.
        static bool Extends(string other, string word) =>
            other.StartsWith(word, StringComparison.Ordinal) && (other.Length == word.Length || !CueIndex.IsWordCharacter(other[word.Length]));
        static WordSet Plain(IReadOnlyList<string> all, IEnumerable<string> others) =>
            all.Where(w => w.Length > 0 && w.All(char.IsAsciiLetter) && !all.Any(o => o.Length > w.Length && Extends(o, w))
                && !others.Any(o => Extends(o, w))).ToWordSet(StringComparer.Ordinal);
        string[] beforeVerb = ["been", "was", "were", "last", "this", "on"];
        plainAdverbs = Plain(lexicon.Words("speech_verb_adverbs"), [.. lexicon.Words("reporting_verbs"), .. beforeVerb]);
        plainVerbs = Plain(lexicon.Words("reporting_verbs"), [.. lexicon.Words("speech_verb_adverbs"), .. beforeVerb]);
        (adverbRivals, verbRivals) = VerbEndRivals(lexicon);
        if (openers.All(o => o.Length > 0 && char.IsLetter(o[0])))
            // In their case: speaker_after is read as written ("Says" in a headline opens none of its branches).
            speakerAfterOpeners = openers.Select(o => o[..LetterRun(o, 0)]).ToWordSet(StringComparer.Ordinal);
        // statement_after: "'s … {statement_nouns}", or white space, then "has|have|had|also|on …day" or a release verb.
        var statementOpeners = StatementChain.Concat(lexicon.Words("release_verbs")).ToArray();
        if (statementOpeners.All(o => o.Length > 0 && char.IsLetter(o[0])))
            statementAfterOpeners = statementOpeners.Select(o => o[..LetterRun(o, 0)]).ToWordSet(StringComparer.OrdinalIgnoreCase);
        officePhrases = lexicon.Words("office_words").Select(p => string.Join(' ', p.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToArray();
        postedEnvoyTitles = lexicon.WordLookup("posted_envoy_titles", StringComparer.OrdinalIgnoreCase);
        serialListOpeners = lexicon.WordLookup("serial_list_openers", StringComparer.Ordinal);
        companionJoiners = lexicon.Words("speaker_companion_joiners").ToArray();
        sentencePrepositions = lexicon.WordLookup("sentence_opening_prepositions", StringComparer.Ordinal);
        officeLinkWords = lexicon.WordLookup("office_links", StringComparer.Ordinal);
        headingOffices = lexicon.WordLookup("heading_offices", StringComparer.OrdinalIgnoreCase);
        CalendarNames = lexicon.WordLookup("calendar_names", StringComparer.Ordinal);
        platformNames = lexicon.WordLookup("platform_names", StringComparer.Ordinal);
        actingVerbs = lexicon.WordLookup("acting_verbs", StringComparer.Ordinal);
        bodyActingVerbs = lexicon.WordLookup("body_acting_verbs", StringComparer.Ordinal);
        bodyActClauseOpeners = lexicon.WordLookup("body_act_clause_openers", StringComparer.Ordinal);
        refusedSpeech = lexicon.WordLookup("refused_speech", StringComparer.Ordinal);
        refusingVerbs = lexicon.WordLookup("body_refusing_verbs", StringComparer.Ordinal);
        coordinatedSpeechVerbs = lexicon.WordLookup("coordinated_speech_verbs", StringComparer.Ordinal);
        coordinatedSayingVerbs = lexicon.WordLookup("coordinated_saying_verbs", StringComparer.Ordinal);
        emphaticAuxiliaries = lexicon.WordLookup("coordinated_emphatic_auxiliaries", StringComparer.Ordinal);
        bareSpeechVerbs = lexicon.WordLookup("coordinated_bare_speech_verbs", StringComparer.Ordinal);
        openingLeadWords = lexicon.WordLookup("opening_lead_words", StringComparer.Ordinal);
        leadDeterminers = lexicon.WordLookup("opening_lead_determiners", StringComparer.Ordinal);
        coordinatedSpeechBreaks = lexicon.WordLookup("coordinated_speech_breaks", StringComparer.OrdinalIgnoreCase);
        coordinatedSpeechAsVerbs = lexicon.WordLookup("coordinated_speech_as_verbs", StringComparer.Ordinal);
        unclosedAsideOpeners = lexicon.WordLookup("unclosed_aside_openers", StringComparer.Ordinal);
        (voicePlaceWords, voicePlaceCompassWords) = (lexicon.WordLookup("voice_place_words", StringComparer.Ordinal),
            lexicon.WordLookup("voice_place_compass_words", StringComparer.Ordinal));
        voiceNounWords = lexicon.Words("group_heads").Concat(lexicon.Words("group_modifiers")).Where(w => !w.Contains(' '))
            .ToWordSet(StringComparer.OrdinalIgnoreCase);
        actingFillers = lexicon.WordLookup("acting_verb_fillers", StringComparer.Ordinal);
        (promiseVerbs, promisedActs) = (lexicon.WordLookup("promise_verbs", StringComparer.Ordinal), lexicon.WordLookup("promised_acts", StringComparer.Ordinal));
        apposedOfficeLinkWords = lexicon.WordLookup("apposed_office_links", StringComparer.Ordinal);
        voiceWords = lexicon.Words("unnamed_speakers").Concat(lexicon.Words("qualified_speakers")).ToWordSet(StringComparer.Ordinal);
        speakerDescriptionWords = lexicon.WordLookup("speaker_descriptions", StringComparer.Ordinal);
        citingCues = lexicon.Words("citing_verbs").Where(c => !c.StartsWith("which ", StringComparison.Ordinal) && !c.StartsWith("who ", StringComparison.Ordinal)
            && !c.StartsWith("that ", StringComparison.Ordinal)).ToArray();
        closingSpeakerAsides = lexicon.Words("closing_speaker_asides").ToArray();
        refusalVerbList = System.Buffers.SearchValues.Create([.. lexicon.Words("refusal_verbs"), .. lexicon.Words("characterizing_verbs")], StringComparison.Ordinal);
        characterizingVerbs = lexicon.WordLookup("characterizing_verbs", StringComparer.OrdinalIgnoreCase);
        characterizingVerbList = System.Buffers.SearchValues.Create([.. lexicon.Words("characterizing_verbs")], StringComparison.OrdinalIgnoreCase);
        refusalVerbs = lexicon.WordLookup("refusal_verbs", StringComparer.OrdinalIgnoreCase);
        placingVerbs = lexicon.WordLookup("placing_verbs", StringComparer.OrdinalIgnoreCase);
        placingVerbList = System.Buffers.SearchValues.Create([.. lexicon.Words("placing_verbs"), .. lexicon.Words("posting_verbs")], StringComparison.OrdinalIgnoreCase);
        postingVerbs = lexicon.WordLookup("posting_verbs", StringComparer.OrdinalIgnoreCase);
        postingParticles = lexicon.WordLookup("posting_particles", StringComparer.OrdinalIgnoreCase);
        placementParticles = lexicon.WordLookup("placement_particles", StringComparer.OrdinalIgnoreCase);
        placedFigureParticles = lexicon.WordLookup("placed_figure_particles", StringComparer.Ordinal);
        placedAmounts = lexicon.WordLookup("placed_amounts", StringComparer.OrdinalIgnoreCase);
        placedHedges = lexicon.Words("placed_amount_hedges").SelectMany(h => new[] { h, h.Split(" ")[0] }).Distinct().ToWordSet(StringComparer.OrdinalIgnoreCase);
        refusedAsks = lexicon.WordLookup("refused_asks", StringComparer.OrdinalIgnoreCase);
        requestVerbs = lexicon.Words("request_verbs").ToArray();
        revisionVerbs = lexicon.WordLookup("count_revision_verbs", StringComparer.OrdinalIgnoreCase);
        correctionVerbs = lexicon.WordLookup("count_correction_verbs", StringComparer.OrdinalIgnoreCase);
        revisedCounts = lexicon.WordLookup("revised_counts", StringComparer.OrdinalIgnoreCase);
        correctedCounts = lexicon.WordLookup("corrected_counts", StringComparer.OrdinalIgnoreCase);
        revisionVerbList = System.Buffers.SearchValues.Create([.. lexicon.Words("count_revision_verbs")], StringComparison.OrdinalIgnoreCase);
        requestVerbList = System.Buffers.SearchValues.Create(requestVerbs, StringComparison.OrdinalIgnoreCase);
        requestCountOpeners = lexicon.WordLookup("request_count_openers", StringComparer.OrdinalIgnoreCase);
        askedPartyVerbs = lexicon.WordLookup("asked_party_verbs", StringComparer.OrdinalIgnoreCase);
        askedPartyParticles = lexicon.WordLookup("asked_party_particles", StringComparer.OrdinalIgnoreCase);
        countWords = lexicon.Words("number_words").Concat(lexicon.Words("request_count_words")).ToWordSet(StringComparer.OrdinalIgnoreCase);
        refusedStatements = lexicon.WordLookup("refused_statements", StringComparer.OrdinalIgnoreCase);
        voiceLinkWords = lexicon.WordLookup("voice_links", StringComparer.Ordinal);
        descriptorBreaks = lexicon.WordLookup("descriptor_breaks", StringComparer.OrdinalIgnoreCase);
        definiteWords = lexicon.WordLookup("definite_determiners", StringComparer.OrdinalIgnoreCase);
        organisationDescriptionNouns = lexicon.WordLookup("organisation_description_nouns", StringComparer.OrdinalIgnoreCase);
        holderDeterminers = lexicon.WordLookup("holder_determiners", StringComparer.OrdinalIgnoreCase);
        holderConjunctions = lexicon.WordLookup("holder_conjunctions", StringComparer.OrdinalIgnoreCase);
        modifierTails = lexicon.WordLookup("name_modifier_tails", StringComparer.Ordinal);
    }

    /// <summary>
    /// The role of the name at `span` in the sentence text[start..end) (s is its text). headline: the name may speak by a
    /// colon after it; cueAfter: whether a cue word (of any list) ends after the name (every verb the after-patterns need
    /// is one); titledPerson: the
    /// name follows its title; person: the name is one person's.
    /// </summary>
    public CitationRole Role(string text, string s, int start, int end, TextSpan span, IReadOnlyList<PhraseMatch> titleHits, List<CountryName> countries, bool headline,
        bool cueAfter, bool titledPerson = false, bool person = false)
    {
        // Spans, not substrings: the regexes read the same characters, and nothing is copied.
        var before = text.AsSpan(start, span.Start - start);
        var after = text.AsSpan(span.End, end - span.End);
        // "Poland's ambassador to Lithuania said": the envoy's post is part of the office; the verb after it is the envoy's.
        if (EnvoyPostLength(text.AsSpan(span.Start, span.Length), after, span.End - start, countries) is var post && post < 0 || !person && IsEnvoyPost(before))
            return CitationRole.Mentioned;
        if (post > 0) after = after[post..];
        // "Pentagon: 2,000 more troops…": a headline opens with its speaker and a colon (a dateline, "TEL AVIV:", does not).
        // A body paragraph may do the same where a live blog's entry opens with its time stamp and speaker ("09:40 MSK / Belarus's
        // General Staff: 12,800 … are training."); a country or capital there is a dateline ("KYIV: …"); without the time stamp a
        // body line's label is a topic ("Rising Tensions: …", "Analysis: …", "Kuwait: More than 13,000 …").
        // The colon right after the name first: the time stamp tests (the line before scanned back) only for a name before one.
        if (after.Length > 1 && after[0] == ':' && char.IsWhiteSpace(after[1])
            && (headline || (HasTimeStamp(before) || LineBeforeIsTimeStamp(text, start)) && !countries.Exists(c => c.Span.Start == span.Start - start && c.Span.End >= span.End - start))
            // A heading in a block of lines ("More from CBS News" over "Zelenskyy: …") opens its own line.
            && (IsHeadingStart(before[(before.LastIndexOf('\n') + 1)..].TrimEnd()) || RelatedLinkLabel(before[(before.LastIndexOf('\n') + 1)..]))
            && !(text.AsSpan(span.Start, span.Length).Contains(' ') && !text.AsSpan(span.Start, span.Length).ContainsAnyInRange('a', 'z')))
            return CitationRole.Speaker;
        // "North Korea sent 1,500 troops to Russia — Seoul", "… to Russia this year: South Korea": a headline may name its
        // speaker last, after a spaced dash or a colon.
        if (headline && after.TrimEnd(" \t\r\n\"”'’").IsEmpty && TrailingMark(before)) return CitationRole.Speaker;
        if (InBracketAfterFigure(before, after)) return CitationRole.Speaker;
        if (EndsInWhiteSpace(before))
        {
            // "statements from President Vladimir Putin": the title belongs to the name, and so does the office it is of
            // ("by President of Ukraine Volodymyr Zelenskyy": OfficeOfTitle).
            var at = span.Start - start;
            for (var t = 0; t < titleHits.Count; t++)
                if (titleHits[t] is var title && title.Span.End < at
                    && (IsWhiteSpace(text, start + title.Span.End, span.Start) || OfficeOfTitle(text, start + title.Span.End, span.Start)))
                {
                    var from = SentenceCountries.AdjectiveBefore(countries, s, title.Span.Start, 0) is { } adjective ? adjective.Span.Start : title.Span.Start;
                    before = before[..NamedModifiersStart(before, from)];
                    break;
                }
        }
        // "By official Soviet count, …", "…, by Ukrainian estimates.": "by" opening the clause cites a country's count or estimates
        // named after it where the clause ends there (by_count_fillers; not "by Major X, U.S. Army": a person is no count).
        if (EndsInWhiteSpace(before) && ByOpensClause(before) && ClauseEnds(after) && text.AsSpan(span.Start, span.Length) is var counted
            && !counted.ContainsAny('\'', '’') && countNouns.Contains(WordBefore(counted, counted.Length, out _))) return CitationRole.Speaker;
        if (EndsInWhiteSpace(before) && CountedPersonnel(before, text.AsSpan(span.Start, span.Length))) return CitationRole.Mentioned;
        if (EndsInWhiteSpace(before) && RoleBefore(before, after) is { } cited) return cited;
        // "according to Reps. Lee of the PPP and Kim of the DP" ("according to representatives Lee …"): a person after another's
        // affiliation and "and" is cited with them.
        if (EndsInWhiteSpace(before) && PartnerBefore(before) is > 0 and var partner && EndsInWhiteSpace(before[..partner])
            && (RoleBefore(before[..partner], after) ?? DescribedBefore(before[..partner], after, countries)) is { } shared and not CitationRole.Mentioned) return shared;
        // "according to Sudan's Rapid Support Forces", "citing Seoul's Joint Chiefs of Staff": a country's possessive right before
        // the name says whose the body is; the cue before the possessive cites the body (the country itself is left out, see
        // PossessiveOwners).
        if (EndsInWhiteSpace(before) && PossessiveOwnerStart(before, countries) is > 0 and var owner && EndsInWhiteSpace(before[..owner])
            && RoleBefore(before[..owner], after) is { } owned and not CitationRole.Mentioned) return owned;
        // "…, said Tomas Varga of the Baltic Security Foundation.": a person's affiliation closes the clause after an inverted verb.
        if (person && EndsInWhiteSpace(before) && AffiliationEnd(after, out var verbAfter) is > 0 and var affiliation && !verbAfter
            && RoleBefore(before, after[affiliation..]) is { } affiliated) return affiliated;
        // "This was stated by the monitoring group Belaruski Hajun", "announced by army spokesman Gen. X", "told the daily Y": a
        // cue before lower-case words that say what the name is.
        if (EndsInWhiteSpace(before) && DescribedBefore(before, after, countries) is { } described) return described;
        // "according to analysts at RUSI": a body after an unnamed voice and its link is cited as the voice is.
        if (EndsInWhiteSpace(before) && VoiceBefore(before) is >= 0 and var voice && EndsInWhiteSpace(before[..voice])
            && RoleBefore(before[..voice], after) is { } voiced && voiced is CitationRole.Speaker or CitationRole.Informant) return voiced;
        // "according to the army's top commander, General Ivan Petrenko, …": a person set off by commas after the title
        // that says who they are is cited by the words before that title.
        // "…, says the BBC's correspondent in the region, Ishbel Matheson.": or after a description no title list holds.
        var head = person ? ApposedTitleStart(before, titleHits) is >= 0 and var titled ? titled : DescribedHolderStart(before, countries) : -1;
        var apposed = head >= 0;
        if (apposed)
            for (var cut = head; head - cut <= 40;)
            {
                if (EndsInWhiteSpace(before[..cut]) && RoleBefore(before[..cut], after) is { } role) return role;
                // Back over the head's determiner and modifiers ("the", "his", "Ukraine's top"), never into another clause.
                if (WordStartBefore(before, cut) is not (>= 0 and var previous) || before[previous..cut].TrimEnd().IndexOfAny(",.;:()\"“”") >= 0) break;
                cut = previous;
            }
        // speaker_after ends with a reporting verb: a name with none after it is not read by it. The text after the name
        // is searched for one only once the words right after the name allow the pattern. A request told inside another's
        // words is the teller's (AsksInsideSpeech).
        if (cueAfter && (SpeaksRightAfter(after, participles)
            || (MaySpeakAfter(after, person) && VerbAfter(text, span.End, end) && !VoiceFromCountry(before, after, span.Start - start, countries)
                && SpeaksAfter(after, out var verbEnd) && !SaysNothing(after, ref verbEnd) && !PlacesWhatItMoves(after, ref verbEnd)
                && !AsksInsideSpeech(before, after, ref verbEnd))
            || (MayStateAfter(after) && statementAfter.IsMatch(after)))) return CitationRole.Speaker;
        // "the ministry late on Tuesday said", "X at a news conference in Warsaw estimated …": the verb past the adverbials.
        if (cueAfter && SpeaksPastAdverbials(text, span.End, end, after, person)) return CitationRole.Speaker;
        // "Zelensky had already spoken at the end of December of more than 3,000 dead", "officials have talked of around 1,200".
        if (cueAfter && SpeaksOfCount(after)) return CitationRole.Speaker;
        // "Benin, Bangladesh, the Bahamas and Chad have said": every name of a longer list that speaks as one.
        if (cueAfter && SpeaksAfterSerialList(before, after)) return CitationRole.Speaker;
        // "The Pentagon, along with NATO, said": a companion set off by commas speaks with the voice before it.
        if (cueAfter && SpeaksAsCompanion(before, after)) return CitationRole.Speaker;
        // "the commanding officer, Colonel D Jyotish, told ANI": a titled person set off by commas speaks through the verb after them.
        // "The African Union's mediator, Olusegun Obasanjo, said": so does a person's name set off by commas after a description
        // no title list holds (apposed: DescribedHolderStart above).
        if (cueAfter && (titledPerson || apposed) && after.Length > 1 && after[0] == ',' && before.TrimEnd().EndsWith(',') && MaySpeakAfter(after[1..])
            && VerbAfter(text, span.End, end) && speakerAfter.IsMatch(after[1..]) && !SaysNothing(after[1..]))
            return CitationRole.Speaker;
        // "Anna Berg of the Swedish defence agency said": a person's affiliation between the name and the verb.
        if (cueAfter && person && SpeaksAfterAffiliation(after)) return CitationRole.Speaker;
        if (cueAfter && person && (ApposedSecond(before) && SpeaksPastAffiliation(after, apposedSecond: true)
            || before.TrimEnd().EndsWith(',') && SpeaksPastAffiliation(after, apposedPair: true))) return CitationRole.Speaker;
        // "Defense Secretary Pete Hegseth visited the ship on Monday, telling the Marines that …": the person the sentence opens
        // with speaks through a participle of speech after the comma that closes their clause.
        if (person && OpensAfterLead(before) && ParticipleClosesClause(after)) return CitationRole.Speaker;
        // "Moscow has raised its contingent to 3,000, but says …", "UNESCO welcomed the ceasefire and said …", "Kyiv parades foreign
        // POWs, says …" (after a live blog's time stamp or a headline's label and colon too): the opening name speaks in the clause joined to its own.
        // A body or state the sentence opens with speaks through a participle after the comma that closes its clause, as a person
        // does ("The Pentagon sent 3,000 troops on Monday, saying more would follow").
        if (OpensAfterLead(AfterLastColon(before)) && !ModifiesVoiceNoun(after) && (SpeaksInCoordinatedClause(after, headline) || !person && ParticipleClosesClause(after)))
            return CitationRole.Speaker;
        // "Source: Andrii Demchenko, spokesperson for the border service, on national television": the person a source line
        // opens with is the voice of the paragraphs it labels (Attribution.SourceLines), as a body named there is.
        if (person && before.TrimEnd() is { Length: > 1 } label && label[^1] == ':' && sourceLabels.Contains(label[..^1].Trim())) return CitationRole.Speaker;
        // "The high commissioner, Alan Jones, decided yesterday to evacuate about 1,000": a titled person acts for their office (ActsAfter).
        if (person && (titledPerson || apposed && before.TrimEnd().EndsWith(',')) && ActsAfter(after, apposed) && !ReportedBefore(before)) return CitationRole.Speaker;
        return CitationRole.Mentioned;
    }

    // Whether the line before a name is a related link's label and its colon alone ("Read also: "; related_link_labels).
    private bool RelatedLinkLabel(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return line.Length > 1 && line[^1] == ':' && relatedLinkLabels.Contains(line[..^1].TrimEnd());
    }

    // "according to Democratic Party Rep. Kim Byung-kee", "according to House Armed Services Committee Chairman Mike Rogers": the
    // capitalised words of a party or a committee right before a title (up to four, no date among them) belong to the title
    // too, so the cue before them cites the person. Where `at` starts when none stand there.
    private int NamedModifiersStart(ReadOnlySpan<char> before, int at)
    {
        for (var words = 0; words < 4 && WordStartBefore(before, at) is >= 0 and var previous; words++)
        {
            var word = before[previous..at].TrimEnd();
            // "By official Soviet count": a capitalised cue opening the sentence is no modifier of the title after it.
            if (word.Length < 2 || !char.IsUpper(word[0]) || CalendarNames.Contains(word) || openingCues.Contains(word)) break;
            // "…, wrote on Telegram Defence Minister X", "…, said in Warsaw Defence Minister X": the platform or the place an
            // inverted verb spoke on or in is its adverbial, no modifier of the title ("Facebook spokesman X", "Warsaw's mayor"
            // keep theirs: no "on" or "in" before).
            if (WordBefore(before, previous, out _) is var preposition && (preposition is "in" or "at" || platformNames.Contains(word) && preposition is "on" or "via")) break;
            foreach (var c in word)
                if (!char.IsLetter(c) && c != '-') return at;
            at = previous;
        }
        return at;
    }

    // Whether the name is its sentence's subject past a lead of time, place or occasion that opens the sentence (opening_lead_words):
    // "On Monday, Kim Jong Un thanked …", "At a ceremony in Pyongyang, Kim …", "At the ceremony Kim …". With a comma the lead is any
    // eight words or fewer before it ("In talks with Kim Jong Un, Putin praised …": Putin); without one it is the lead word, a
    // determiner at most and one lower-case word or a weekday or month ("At the ceremony", "On Monday"), so that "In talks with Kim
    // Jong Un praised …" leaves Kim Jong Un an object.
    private bool OpensAfterLead(ReadOnlySpan<char> before)
    {
        if (OpensSentence(before)) return true;
        var lead = before.TrimStart();
        var first = lead[..LetterRun(lead, 0)];
        if (first.IsEmpty || !openingLeadWords.Contains(first) || lead.IndexOfAny(";:\"“”()") >= 0) return false;
        var comma = lead.IndexOf(',');
        if (comma > 0) return lead[..comma].Count(' ') < 8 && OpensSentence(lead[(comma + 1)..]);
        var words = lead[first.Length..].Trim();
        var space = words.IndexOf(' ');
        if (space > 0 && leadDeterminers.Contains(words[..space])) words = words[(space + 1)..].TrimStart();
        space = words.IndexOf(' ');
        var word = space < 0 ? words : words[..space];
        return !word.IsEmpty && (char.IsLower(word[0]) && !leadDeterminers.Contains(word) && LetterRun(word, 0) == word.Length || CalendarNames.Contains(word))
            && (space < 0 || OpensSentence(words[space..]));
    }

    // Whether only a title's capitalised words stand before a name ("Defense Secretary ", "The ", nothing): it is the sentence's subject.
    private static bool OpensSentence(ReadOnlySpan<char> before)
    {
        foreach (var range in before.Trim().Split(' '))
        {
            var word = before.Trim()[range];
            if (word.Length > 0 && !(char.IsUpper(word[0]) && word[1..].IndexOfAny(",;:\"“”()") < 0) && word is not ("of" or "for" or "the" or "and")) return false;
        }
        return true;
    }

    // Whether the name's clause (a verb after the name, no quotation) ends at its first comma with a participle of speech.
    private bool ParticipleClosesClause(ReadOnlySpan<char> after)
    {
        var comma = after.IndexOf(',');
        if (comma < 3 || !char.IsWhiteSpace(after[0]) || after[..comma].IndexOfAny(";:\"“”()") >= 0 || !after[..comma].ContainsAnyInRange('a', 'z')) return false;
        var rest = after[(comma + 1)..].TrimStart();
        var word = rest[..LetterRun(rest, 0)];
        return word.Length > 0 && subjectParticiples.Contains(word) && (participles.Contains(word) || SaysSomething(rest[word.Length..])
            || placingVerbs.Contains(word) && PlacesFigureAt(rest[word.Length..]));
    }

    // Whether the words after a participle of placing put a figure "at" a count ("putting North Korean losses at about 4,000"), as
    // an estimate does, and move no count of their own (MovesCount: "putting 2,000 troops on alert"): a word of
    // placed_figure_particles, then a count within its next three words, in the clause.
    private bool PlacesFigureAt(ReadOnlySpan<char> rest)
    {
        if (MovesCount(rest)) return false;
        for (var k = 0; k < rest.Length; k++)
        {
            if (rest[k] is ',' or ';' or ':' or '.' or '"' or '“') return false;
            if (!char.IsAsciiLetter(rest[k]) || k > 0 && char.IsAsciiLetter(rest[k - 1])) continue;
            var n = LetterRun(rest, k);
            if (!placedFigureParticles.Contains(rest.Slice(k, n))) { k += n - 1; continue; }
            var tail = rest[(k + n)..];
            var words = 0;
            for (var j = 0; j < tail.Length && words <= 3; j++)
            {
                if (char.IsAsciiDigit(tail[j])) return true;
                if (tail[j] is ',' or ';' or ':' or '.') return false;
                if (char.IsWhiteSpace(tail[j]) && j > 0 && !char.IsWhiteSpace(tail[j - 1])) words++;
            }
            return false;
        }
        return false;
    }

    // Whether what follows a participle is something said: "that …", a quotation or a colon within its first words ("telling the
    // Marines that …", "adding: “…”"), or an audience ("telling reporters"). "claiming 20 lives", "warning of a war as …",
    // "adding 2,000 troops to the force" say nothing.
    private bool SaysSomething(ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart();
        if (rest.Length > 0 && rest[0] is ':' or '"' or '“') return true;
        var words = 0;
        foreach (var range in rest.Split(' '))
        {
            var raw = rest[range];
            var word = raw.TrimEnd(",.;");
            if (word is "that" || (word.Length > 0 && word[0] is '"' or '“') || raw.EndsWith(':')) return true;
            if (words == 0 && audiences.Contains(word)) return true;
            if (++words == 4 || word.Length < raw.Length || word.Length == 0) return false;
        }
        return false;
    }
}

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
internal sealed class CitationRoles
{
    private readonly Regex speakerAfter, statementAfter, informantBefore, audienceBefore, speakerBefore, invertedBefore;
    // The words a cue before a name ends with (its last word, or the one before a last "the"): a name whose left
    // context ends otherwise cannot match that cue's pattern, which is then not run.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> informantEnds, audienceEnds, speakerEnds, invertedEnds;
    // The four sets' closing words in one (RoleBefore's first test), in any case.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> anyEnds;
    // The words that can come right before those closing words, and the words that the patterns' other branches need
    // somewhere before the name ("citing …", "based on … from", "according to …", "quoted"): a name with neither is
    // not tried against the pattern. Most names after "from", "by", "to" or "for" are not cited ("troops from Russia").
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> informantLeads, speakerLeads;
    // audience_before's cues of one word ("told"), and the word before the last of its cues of several words ("revealed
    // to", "in an interview with"): a name after "according to" is not told anything, and the pattern is not run.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> audienceSingles, audienceLeads;
    // statement_after's words: the nouns its apostrophe branch ends in, the words its verb branch passes over, the first
    // words of its release verbs.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> statementNouns, releaseVerbStarts;
    // The words statement_after's verb branch passes over before its release verb ("has also released"; "on" with a day).
    private static readonly string[] StatementChain = ["has", "have", "had", "also", "on"];
    private readonly string[] informantNeedles, speakerNeedles;
    // The words speaker_after can read first after a name (null: any word may be; see MaySpeakAfter).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? speakerAfterOpeners;
    // The words statement_after can read first after white space (null: any word may be; see MayStateAfter).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? statementAfterOpeners;
    // The reporting verbs, in any case: speaker_after ends with one after white space, so an `after` without a token that
    // one starts with is not read.
    private readonly PhraseMatcher verbs;
    // The reporting verbs of one word, as speaker_after reads them (case and all): "Kim said" needs no pattern.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> oneWordVerbs;
    // speaker_after's part after its asides, word by word, in its case: the words that may open an aside after white space
    // ("and", "of", "in", "at", "for", speaker_companions, voice_postmodifiers, outlet_name_tails); the words that may stand
    // before the verb (speech_verb_adverbs, "been", "was", "were"), those followed by any word ("last", "this", "on"), the
    // adverbs of one word, and the verbs' first words. See SpeaksAfter.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> asideOpeners, verbFillers, timeWords, oneWordAdverbs, verbStarts;
    // The adverbs and verbs of one word that no other of their alternatives starts with ("said", not "pointed": "pointed out"):
    // where the pattern reads only those, its match ends with the verb.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> plainAdverbs, plainVerbs;
    // "Lin Jian saying": participles that speak right after the name only.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> participles;
    // A refusal and what it refuses: something asked of the speaker (no citation) or something said (a citation).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> refusalVerbs, refusedAsks, refusedStatements;
    // A verb that names what was said ("called the claims groundless") speaks only for something said.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> characterizingVerbs;
    // "4,700 North Korean soldiers put out of combat", "troops put on alert": a verb of placing that speaks only for an estimate
    // ("put the number at"), never before a particle that places what it moves (placing_verbs, placement_particles).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> placingVerbs, placementParticles;
    private readonly System.Buffers.SearchValues<string> placingVerbList;
    // The refusal and characterizing verbs as one search: whether the text after a name holds any of them, in one pass.
    private readonly System.Buffers.SearchValues<string> refusalVerbList;
    private readonly string[] officePhrases;
    // "Reuters could not independently verify the report", "AFP was unable to confirm the toll": what says that a name could not
    // check a claim (unable_openers, verify_adverbs, verification_verbs); such a name is no voice of the claim.
    private readonly string[] unableOpeners;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> verifyAdverbs, verificationVerbs;
    // "A leaked Pentagon planning document lists …": the nouns of a body's own document and the verbs by which it speaks.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> documentNouns, documentVerbs;
    // The words a speaker's description before its name never holds ("of", "and", "that"): DescribedBefore stops there.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> descriptorBreaks;
    // What opens a description of a name's holder (DescribedHolderStart): a determiner (definite_determiners,
    // holder_determiners), past a conjunction (holder_conjunctions).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> definiteWords, holderDeterminers, holderConjunctions;
    // "party", "contractor", "applicants": a description's head noun that names a body or several, so the name after it is no person.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> organisationDescriptionNouns;
    // "Miami-based", "Kremlin-backed" (name_modifier_tails): a capitalised word whose hyphenated tail describes what follows.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> modifierTails;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> officeLinkWords, apposedOfficeLinkWords, voiceWords, voiceLinkWords, speakerDescriptionWords;
    /// <summary>Months and weekdays (calendar_names): a capitalised word that is a date, not a name ("On Monday, a spokesman
    /// for …"), neither a title holder's nor an outlet's (OutletNouns reads this one set).</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarNames { get; }

    public CitationRoles(Lexicon lexicon)
    {
        speakerAfter = lexicon.Regex("speaker_after", RegexOptions.None);
        statementAfter = lexicon.Regex("statement_after", RegexOptions.None);
        // The before-patterns end at the name: searched from the right, they are tried once, at the end.
        informantBefore = lexicon.Regex("informant_before", RegexOptions.IgnoreCase | RegexOptions.RightToLeft);
        audienceBefore = lexicon.Regex("audience_before", RegexOptions.IgnoreCase | RegexOptions.RightToLeft);
        speakerBefore = lexicon.Regex("speaker_before", RegexOptions.IgnoreCase | RegexOptions.RightToLeft);
        invertedBefore = lexicon.Regex("inverted_before", RegexOptions.RightToLeft);
        // Each pattern's own closing words (informant_before: "by", "from", "citing"; audience_before: "with", "to";
        // speaker_before: "to", "for", "quoted") with the last words of the lists it ends with.
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Ends(StringComparer comparer, IEnumerable<string> words, params string[] lists) =>
            words.Concat(lists.SelectMany(lexicon.Words)).Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1])
                .ToHashSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
        informantEnds = Ends(StringComparer.OrdinalIgnoreCase, ["by", "from"], "citing_verbs", "citing_fillers");
        audienceEnds = Ends(StringComparer.OrdinalIgnoreCase, ["with", "to"], "audience_cues");
        speakerEnds = Ends(StringComparer.OrdinalIgnoreCase, ["to", "for"], "quoting_verbs", "according_fillers", "statement_links");
        // The words the patterns' other branches need somewhere before the name: "citing …", "which cited …", "based on …";
        // "according to …", "quoted …", "cited …". Of a phrase, its longest word: "referring to" needs "referring", where
        // its last word, "to", is in nearly every sentence.
        string[] Needles(string own, string list) => [own, .. lexicon.Words(list).Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Aggregate((longest, word) => word.Length >= longest.Length ? word : longest)).Distinct()];
        informantNeedles = Needles("based", "citing_verbs");
        speakerNeedles = Needles("according", "quoting_verbs");
        invertedEnds = Ends(StringComparer.Ordinal, [], "inverted_verbs");
        anyEnds = informantEnds.Set.Concat(audienceEnds.Set).Concat(speakerEnds.Set).Concat(invertedEnds.Set).ToHashSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        // informant_before: "{informed_by_verbs} by", "briefing(s) by|from", "{shared_things} (provided|supplied|shared)? by|from".
        informantLeads = LastWords(lexicon.Words("informed_by_verbs").Concat(lexicon.Words("shared_things")).Concat(["briefing", "briefings", "provided", "supplied", "shared"]));
        // speaker_before: "{statement_nouns} {statement_links}" (a link of two words: its first), "spokesman|spokeswoman|spokesperson for",
        // "{passive_speech_verbs} by".
        speakerLeads = LastWords(lexicon.Words("statement_nouns").Concat(lexicon.Words("statement_links").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 1).Select(w => w[^2])).Concat(["spokesman", "spokeswoman", "spokesperson"]).Concat(lexicon.Words("passive_speech_verbs")));
        audienceSingles = lexicon.Words("audience_cues").Where(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 1)
            .ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        audienceLeads = lexicon.Words("audience_cues").Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(w => w.Length > 1).Select(w => w[^2])
            .Concat(lexicon.Words("interview_nouns")).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        statementNouns = lexicon.WordLookup("statement_nouns", StringComparer.OrdinalIgnoreCase);
        releaseVerbStarts = lexicon.Words("release_verbs").Select(v => v.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])
            .ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        // speaker_after's own openers ("and the Pentagon said", "of Ukraine said", "last week said", "this month said",
        // "on Monday said") with the first words of the lists it may open with: an adverb, the verb itself.
        var openers = new[] { "and", "of", "in", "at", "for", "last", "this", "on", "been", "was", "were" }.Concat(new[] { "speech_verb_adverbs", "reporting_verbs", "outlet_name_tails", "voice_postmodifiers" }.SelectMany(lexicon.Words)).ToArray();
        verbs = PhraseMatcher.Of(lexicon, ["reporting_verbs"]);
        unableOpeners = lexicon.Words("unable_openers").ToArray();
        verifyAdverbs = lexicon.WordLookup("verify_adverbs", StringComparer.OrdinalIgnoreCase);
        verificationVerbs = lexicon.WordLookup("verification_verbs", StringComparer.OrdinalIgnoreCase);
        documentNouns = lexicon.Words("statement_nouns").Concat(lexicon.Words("document_nouns"))
            .Where(w => !w.Contains(' ') && !w.StartsWith("spokes", StringComparison.Ordinal) && w is not "media").ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        documentVerbs = lexicon.WordLookup("document_verbs", StringComparer.Ordinal);
        participles = lexicon.WordLookup("speaking_participles", StringComparer.Ordinal);
        oneWordVerbs = lexicon.Words("reporting_verbs").Where(v => v.Length > 0 && v.All(char.IsAsciiLetter)).ToHashSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        static string FirstWord(string phrase) => phrase.TrimStart()[..LetterRun(phrase.TrimStart(), 0)];
        asideOpeners = new[] { "and", "of", "in", "at", "for" }.Concat(new[] { "speaker_companions", "voice_postmodifiers", "outlet_name_tails" }
            .SelectMany(lexicon.Words).Select(FirstWord)).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        verbFillers = lexicon.Words("speech_verb_adverbs").SelectMany(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Concat(["been", "was", "were"])
            .ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        timeWords = new[] { "last", "this", "on" }.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        oneWordAdverbs = lexicon.Words("speech_verb_adverbs").Where(a => a.Length > 0 && a.All(char.IsAsciiLetter)).ToHashSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        verbStarts = lexicon.Words("reporting_verbs").Select(FirstWord).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // A word is plain when no other alternative may match where it stands, before white space or a mark: none of its own
        // list goes on past it with a space or a mark ("pointed out"; "reported" cannot match at "report,"), and none of the
        // other list (or "been", "last", …) is it or goes on past it so.
        static bool Extends(string other, string word) =>
            other.StartsWith(word, StringComparison.Ordinal) && (other.Length == word.Length || !CueIndex.IsWordCharacter(other[word.Length]));
        static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Plain(IReadOnlyList<string> all, IEnumerable<string> others) =>
            all.Where(w => w.Length > 0 && w.All(char.IsAsciiLetter) && !all.Any(o => o.Length > w.Length && Extends(o, w))
                && !others.Any(o => Extends(o, w))).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        string[] beforeVerb = ["been", "was", "were", "last", "this", "on"];
        plainAdverbs = Plain(lexicon.Words("speech_verb_adverbs"), [.. lexicon.Words("reporting_verbs"), .. beforeVerb]);
        plainVerbs = Plain(lexicon.Words("reporting_verbs"), [.. lexicon.Words("speech_verb_adverbs"), .. beforeVerb]);
        if (openers.All(o => o.Length > 0 && char.IsLetter(o[0])))
            // In their case: speaker_after is read as written ("Says" in a headline opens none of its branches).
            speakerAfterOpeners = openers.Select(o => o[..LetterRun(o, 0)]).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // statement_after: "'s … {statement_nouns}", or white space, then "has|have|had|also|on …day" or a release verb.
        var statementOpeners = StatementChain.Concat(lexicon.Words("release_verbs")).ToArray();
        if (statementOpeners.All(o => o.Length > 0 && char.IsLetter(o[0])))
            statementAfterOpeners = statementOpeners.Select(o => o[..LetterRun(o, 0)]).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        officePhrases = lexicon.Words("office_words").Select(p => string.Join(' ', p.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToArray();
        officeLinkWords = lexicon.WordLookup("office_links", StringComparer.Ordinal);
        CalendarNames = lexicon.WordLookup("calendar_names", StringComparer.Ordinal);
        apposedOfficeLinkWords = lexicon.WordLookup("apposed_office_links", StringComparer.Ordinal);
        voiceWords = lexicon.Words("unnamed_speakers").Concat(lexicon.Words("qualified_speakers")).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        speakerDescriptionWords = lexicon.WordLookup("speaker_descriptions", StringComparer.Ordinal);
        refusalVerbList = System.Buffers.SearchValues.Create([.. lexicon.Words("refusal_verbs"), .. lexicon.Words("characterizing_verbs")], StringComparison.Ordinal);
        characterizingVerbs = lexicon.WordLookup("characterizing_verbs", StringComparer.OrdinalIgnoreCase);
        refusalVerbs = lexicon.WordLookup("refusal_verbs", StringComparer.OrdinalIgnoreCase);
        placingVerbs = lexicon.WordLookup("placing_verbs", StringComparer.OrdinalIgnoreCase);
        placingVerbList = System.Buffers.SearchValues.Create([.. lexicon.Words("placing_verbs")], StringComparison.OrdinalIgnoreCase);
        placementParticles = lexicon.WordLookup("placement_particles", StringComparer.OrdinalIgnoreCase);
        refusedAsks = lexicon.WordLookup("refused_asks", StringComparer.OrdinalIgnoreCase);
        refusedStatements = lexicon.WordLookup("refused_statements", StringComparer.OrdinalIgnoreCase);
        voiceLinkWords = lexicon.WordLookup("voice_links", StringComparer.Ordinal);
        descriptorBreaks = lexicon.WordLookup("descriptor_breaks", StringComparer.OrdinalIgnoreCase);
        definiteWords = lexicon.WordLookup("definite_determiners", StringComparer.OrdinalIgnoreCase);
        organisationDescriptionNouns = lexicon.WordLookup("organisation_description_nouns", StringComparer.OrdinalIgnoreCase);
        holderDeterminers = lexicon.WordLookup("holder_determiners", StringComparer.OrdinalIgnoreCase);
        holderConjunctions = lexicon.WordLookup("holder_conjunctions", StringComparer.OrdinalIgnoreCase);
        modifierTails = lexicon.WordLookup("name_modifier_tails", StringComparer.Ordinal);
    }

    // What may stand before a heading's speaker: quotes, markup ("**", "## "), and a live blog entry's time stamp with its
    // zone ("14:05 GMT", "10.42am", "2:15 p.m. ET –").
    private static bool IsHeadingStart(ReadOnlySpan<char> before)
    {
        const string marks = "\"“‘'*#_>•|-–— \t";
        before = before.TrimStart(marks);
        if (before.IsEmpty) return true;
        var i = 0;
        while (i < before.Length && char.IsAsciiDigit(before[i])) i++;
        if (i is 0 or > 2 || i + 3 > before.Length || before[i] is not (':' or '.') || !char.IsAsciiDigit(before[i + 1]) || !char.IsAsciiDigit(before[i + 2]))
            return false;
        var rest = before[(i + 3)..].TrimStart(' ');
        // At most two zone words: "GMT", "am", "p.m. ET".
        for (var w = 0; w < 2 && !rest.IsEmpty && char.IsAsciiLetter(rest[0]); w++)
        {
            var end = 0;
            while (end < rest.Length && (char.IsAsciiLetter(rest[end]) || rest[end] == '.')) end++;
            var word = rest[..end];
            if (!(word is "am" or "pm" or "a.m." or "p.m." || word.Length <= 4 && !word.ContainsAnyExceptInRange('A', 'Z'))) return false;
            rest = rest[end..].TrimStart(' ');
        }
        return rest.TrimStart(marks).TrimStart(':').TrimStart(marks).IsEmpty;
    }

    /// <summary>Whether a sentence may name its speaker by a colon: the document's first paragraph (its headline), a headline
    /// run into the text below it by a double space (as scraped copy has it), or a heading without a final full stop. A body paragraph that ends in one opens with a dateline
    /// ("Seoul: U.S. President …, the adviser said.") or a list item's topic ("Kuwait: More than 13,000 … are stationed there.").</summary>
    public static bool MayBeHeading(string s, int paragraph)
    {
        var trimmed = s.AsSpan().TrimEnd(" \t\r\n\"”'’");
        return paragraph == 0 || trimmed.IsEmpty || trimmed[^1] != '.' || s.Contains("  ", StringComparison.Ordinal);
    }

    // Whether the text before a heading's name holds a live blog entry's time stamp ("09:40 MSK", "14:05 GMT"), not only marks.
    private static bool HasTimeStamp(ReadOnlySpan<char> before) => before.ContainsAnyInRange('0', '9') && IsHeadingStart(before.Trim());

    // Whether the line before the sentence at `start` is a live blog entry's time stamp alone ("09:40 MSK").
    private static bool LineBeforeIsTimeStamp(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        var line = before[(before.LastIndexOf('\n') + 1)..];
        return !line.IsEmpty && line.Length <= 24 && HasTimeStamp(line);
    }

    // Before a headline's last words: a spaced dash or a colon after at least four words of its own.
    private static bool TrailingMark(ReadOnlySpan<char> before)
    {
        before = before.TrimEnd(' ');
        if (before.IsEmpty || !(before[^1] == ':' || before[^1] is '—' or '–' && before.Length > 1 && before[^2] == ' ')) return false;
        return before[..^1].Count(' ') >= 3;
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
        // "Pentagon: 2,000 more troops…": a headline opens with its speaker and a colon (a dateline, "TEL AVIV:", does not).
        // A body paragraph may do the same where a live blog's entry opens with its time stamp and speaker ("09:40 MSK / Belarus's
        // General Staff: 12,800 … are training."); a country or capital there is a dateline ("KYIV: …"); without the time stamp a
        // body line's label is a topic ("Rising Tensions: …", "Analysis: …", "Kuwait: More than 13,000 …").
        // The colon right after the name first: the time stamp tests (the line before scanned back) only for a name before one.
        if (after.Length > 1 && after[0] == ':' && char.IsWhiteSpace(after[1])
            && (headline || (HasTimeStamp(before) || LineBeforeIsTimeStamp(text, start)) && !countries.Exists(c => c.Span.Start == span.Start - start && c.Span.End >= span.End - start)) && IsHeadingStart(before.TrimEnd())
            && !(text.AsSpan(span.Start, span.Length).Contains(' ') && !text.AsSpan(span.Start, span.Length).ContainsAnyInRange('a', 'z')))
            return CitationRole.Speaker;
        // "North Korea sent 1,500 troops to Russia — Seoul", "… to Russia this year: South Korea": a headline may name its
        // speaker last, after a spaced dash or a colon.
        if (headline && after.TrimEnd(" \t\r\n\"”'’").IsEmpty && TrailingMark(before)) return CitationRole.Speaker;
        if (EndsInWhiteSpace(before))
        {
            // "statements from President Vladimir Putin": the title belongs to the name.
            var at = span.Start - start;
            for (var t = 0; t < titleHits.Count; t++)
                if (titleHits[t] is var title && title.Span.End < at && IsWhiteSpace(text, start + title.Span.End, span.Start))
                {
                    var from = SentenceCountries.AdjectiveBefore(countries, s, title.Span.Start, 0) is { } adjective ? adjective.Span.Start : title.Span.Start;
                    before = before[..from];
                    break;
                }
        }
        if (EndsInWhiteSpace(before) && RoleBefore(before, after) is { } cited) return cited;
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
        // is searched for one only once the words right after the name allow the pattern.
        if (cueAfter && (SpeaksRightAfter(after, participles)
            || (MaySpeakAfter(after) && VerbAfter(text, span.End, end) && !VoiceFromCountry(before, after, span.Start - start, countries)
                && SpeaksAfter(after, out var verbEnd) && !RefusesAnAsk(after, ref verbEnd) && !PlacesWhatItMoves(after, ref verbEnd))
            || (MayStateAfter(after) && statementAfter.IsMatch(after)))) return CitationRole.Speaker;
        // "the commanding officer, Colonel D Jyotish, told ANI": a titled person set off by commas speaks through the verb after them.
        // "The African Union's mediator, Olusegun Obasanjo, said": so does a person's name set off by commas after a description
        // no title list holds (apposed: DescribedHolderStart above).
        if (cueAfter && (titledPerson || apposed) && after.Length > 1 && after[0] == ',' && before.TrimEnd().EndsWith(',') && MaySpeakAfter(after[1..])
            && VerbAfter(text, span.End, end) && speakerAfter.IsMatch(after[1..]) && !RefusesAnAsk(after[1..]))
            return CitationRole.Speaker;
        // "Anna Berg of the Swedish defence agency said": a person's affiliation between the name and the verb.
        if (cueAfter && person && SpeaksAfterAffiliation(after)) return CitationRole.Speaker;
        return CitationRole.Mentioned;
    }

    // Where the country's possessive that ends right before the name (past white space) starts, or -1: "Sudan's " in
    // "according to Sudan's Rapid Support Forces". `before` runs from the sentence's start, as the countries' spans do.
    private static int PossessiveOwnerStart(ReadOnlySpan<char> before, List<CountryName> countries)
    {
        var end = before.TrimEnd().Length;
        foreach (var c in countries)
            if (c is { Possessive: true, Country: not null } && c.Span.End == end && c.Span.Length > 2 && CountryName.IsPossessiveEnd(before, end)) return c.Span.Start;
        return -1;
    }

    // Where the description of a name set off by commas starts in the clause before it, or -1: the clause ends in that comma,
    // opens (past a conjunction or an inverted verb: "while", "says") with a determiner or a possessive, holds two to eight
    // words, and ends in a lower-case noun or a demonym ("The EU's top diplomat,", "Kenya's envoy to the talks,", "The
    // Cuban,"). Not a clause opened by a preposition or an adverb ("In March,", "On Monday,"), nor one that ends in a name
    // ("Officials in Kyiv,"), nor one whose noun names a body or several ("The ruling party,", "the two applicants,").
    private int DescribedHolderStart(ReadOnlySpan<char> before, List<CountryName> countries)
    {
        var trimmed = before.TrimEnd();
        if (trimmed is not [.., ',']) return -1;
        var comma = trimmed.Length - 1;
        var clauseStart = trimmed[..comma].LastIndexOfAny(",.;:()\"“”") + 1;
        var clause = trimmed[clauseStart..comma];
        var words = 0;
        var first = -1;
        ReadOnlySpan<char> last = [];
        var lastStart = 0;
        foreach (var range in clause.Split(' '))
        {
            var word = clause[range];
            if (word.IsEmpty) continue;
            if (first < 0 && (holderConjunctions.Contains(word) || invertedEnds.Contains(word))) continue;
            if (first < 0 && !(definiteWords.Contains(word) || holderDeterminers.Contains(word) || word.EndsWith("'s") || word.EndsWith("’s"))) return -1;
            if (first < 0) first = clauseStart + range.Start.Value;
            words++;
            last = word;
            lastStart = clauseStart + range.Start.Value;
        }
        if (words is < 2 or > 8 || last.IsEmpty) return -1;
        if (last.ContainsAnyExcept(DescriptorLetters)) return Demonym(countries, lastStart, lastStart + last.Length) >= 0 ? first : -1;
        return descriptorBreaks.Contains(last) || organisationDescriptionNouns.Contains(last) ? -1 : first;
    }

    // "Anna Berg of the Swedish defence agency said": a person's affiliation, then the verb.
    private bool SpeaksAfterAffiliation(ReadOnlySpan<char> after) => AffiliationEnd(after, out var verb) > 0 && verb;

    // Where a name's affiliation after it ends: "of", "at" or "from", then up to ten words of letters, digits, hyphens,
    // apostrophes and initials' dots, up to a reporting verb of one word that no determiner or possessive makes a noun ("of
    // the agency's report" is a report; verb: true, the verb's start) or a mark that closes the clause (verb: false, the
    // mark's place). A clause's link (descriptor_breaks other than the prepositions of a body's name) or a longer run: -1.
    private int AffiliationEnd(ReadOnlySpan<char> after, out bool verb)
    {
        verb = false;
        var i = 0;
        while (i < after.Length && after[i] == ' ') i++;
        if (i == 0) return -1;
        var n = LetterRun(after, i);
        if (after.Slice(i, n) is not ("of" or "at" or "from")) return -1;
        i += n;
        var nounBefore = true;
        for (var words = 0; words < 10; words++)
        {
            var start = i;
            while (i < after.Length && after[i] == ' ') i++;
            if (i == start || i == after.Length) return -1;
            var e = i;
            while (e < after.Length && (char.IsLetterOrDigit(after[e]) || after[e] is '-' or '\'' or '’' or '.' && e + 1 < after.Length && char.IsLetter(after[e + 1])
                || after[e] == '.' && e > i && char.IsUpper(after[e - 1]))) e++;
            if (e == i) return -1;
            var word = after[i..e];
            if (words > 0 && !nounBefore && oneWordVerbs.Contains(word))
            {
                verb = e == after.Length || !CueIndex.IsWordCharacter(after[e]);
                return verb ? i : -1;
            }
            if (descriptorBreaks.Contains(word) && !(word is "of" or "for" or "on" or "in" or "at")) return -1;
            nounBefore = word is "the" or "a" or "an" or "its" or "their" || word.EndsWith("'s") || word.EndsWith("’s");
            i = e;
            if (i == after.Length || after[i] is ',' or '.' or ';' or ':' or '!' or '?' or '”' or '"' or '(') return words > 0 ? i : -1;
            if (after[i] != ' ') return -1;
        }
        return -1;
    }

    // The role a before-pattern gives the name once at most three lower-case words right before it are read as its description
    // ("the monitoring group", "army spokesman"); never across a preposition, a conjunction or a mark (descriptor_breaks). A
    // demonym among them says whose the name is, not whether it is cited ("told the American outlet The War Zone", "as quoted by
    // the South African portal News24", "the Israeli daily Haaretz reported"): it is passed over as one word.
    private CitationRole? DescribedBefore(ReadOnlySpan<char> before, ReadOnlySpan<char> after, List<CountryName> countries)
    {
        if (after.TrimStart(' ').StartsWith(':')) return null;
        var cut = before.Length;
        for (var words = 0; words < 3; words++)
        {
            var word = WordBefore(before, cut, out var start);
            // "the American outlet The War Zone": a name's own article, where the name was found without it.
            if (words == 0 && word is "The" && start > 0 && char.IsWhiteSpace(before[start - 1]) && before[(start + word.Length)..cut].IsWhiteSpace())
            {
                cut = start;
                continue;
            }
            if (!word.IsEmpty && char.IsUpper(word[0]) && words > 0 && Demonym(countries, start, start + word.Length) is >= 0 and var from
                && from > 0 && char.IsWhiteSpace(before[from - 1]) && before[(start + word.Length)..cut].IsWhiteSpace())
            {
                cut = from;
                if (RoleBefore(before[..cut], after) is { } owned and not CitationRole.Mentioned) return owned;
                continue;
            }
            // "told the Miami-based outlet": a capitalised word with a hyphenated tail that describes (name_modifier_tails) is one word of the description.
            if (!word.IsEmpty && words > 0 && modifierTails.Contains(word) && start > 1 && before[start - 1] == '-' && before[(start + word.Length)..cut].IsWhiteSpace()
                && WordStartBefore(before, start) is > 0 and var hyphenated && char.IsUpper(before[hyphenated]) && char.IsWhiteSpace(before[hyphenated - 1]))
            {
                cut = hyphenated;
                if (RoleBefore(before[..cut], after) is { } placed and not CitationRole.Mentioned) return placed;
                continue;
            }
            if (word.IsEmpty || !char.IsLower(word[0]) || descriptorBreaks.Contains(word) || start == 0 || !char.IsWhiteSpace(before[start - 1])) return null;
            // Only letters and hyphens, and white space alone up to the cut.
            if (word.ContainsAnyExcept(DescriptorLetters) || !before[(start + word.Length)..cut].IsWhiteSpace()) return null;
            cut = start;
            if (RoleBefore(before[..cut], after) is { } role and not CitationRole.Mentioned) return role;
        }
        return null;
    }

    // Where the demonym that ends at `end` starts (a country adjective, not a name or a possessive: "American", "South African"); else -1.
    private static int Demonym(List<CountryName> countries, int start, int end)
    {
        foreach (var c in countries)
            if (c.IsDemonym && !c.Possessive && c.Span.End == end && c.Span.Start <= start) return c.Span.Start;
        return -1;
    }

    private static readonly System.Buffers.SearchValues<char> DescriptorLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    // "Soldiers from North Korea who were captured in Kursk said": a country after "from"/"of" says where an unnamed voice
    // comes from; the relative clause and the verb after it are that voice's, not the country's.
    // at: where the name starts in its sentence (the countries' spans are the sentence's).
    private static bool VoiceFromCountry(ReadOnlySpan<char> before, ReadOnlySpan<char> after, int at, List<CountryName> countries) =>
        SourceText.WordBefore(before, before.Length, out _) is "from" or "of" && after.TrimStart().StartsWith("who ", StringComparison.Ordinal)
        && countries.Exists(c => c.Span.Start == at);

    // Where "analysts at " (an unnamed voice, a voice_links word) starts at the end of `before`, or -1.
    private int VoiceBefore(ReadOnlySpan<char> before)
    {
        var link = WordBefore(before, before.Length, out var linkStart);
        if (link is "the") link = WordBefore(before, linkStart, out linkStart);
        if (!voiceLinkWords.Contains(link)) return -1;
        var voice = WordBefore(before, linkStart, out var voiceStart);
        return voiceWords.Contains(voice) ? voiceStart : -1;
    }

    // Whether a word that may start a reporting verb occurs in text[from..end).
    private bool VerbAfter(string text, int from, int end) => verbs.FirstOpening(text, from, end) >= 0;

    // The role the before-patterns give a name that `before` (ending in white space) leads to, or null.
    private CitationRole? RoleBefore(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        // The before-patterns end in a word and white space (and an optional "the"): the last three words tell
        // which of them can match.
        var w1 = WordBefore(before, before.Length, out var b1);
        var w2 = WordBefore(before, b1, out var b2);
        var the = w1.Equals("the", StringComparison.OrdinalIgnoreCase);
        // Without a determiner last, each pattern below needs its closing word last (or "told" before the last word): most
        // names' left context ends otherwise, and one look-up in all the closing words turns them away.
        if (!the && w1 is not ("a" or "an") && w2 is not "told" && !anyEnds.Contains(w1)) return null;
        var w3 = WordBefore(before, b2, out _);
        if (EndsWith(informantEnds, w1, w2, the) && MayEnd(informantLeads, informantNeedles, before, w2, w3, the) && informantBefore.IsMatch(before)) return CitationRole.Informant;
        if (EndsWith(audienceEnds, w1, w2, the) && (MayBeTold(w1, w2) || (the && MayBeTold(w2, w3))) && audienceBefore.IsMatch(before)) return CitationRole.Audience;
        if (EndsWith(speakerEnds, w1, w2, the) && MayEnd(speakerLeads, speakerNeedles, before, w2, w3, the) && (AccordingToLast(before) || speakerBefore.IsMatch(before)))
            return CitationRole.Speaker;
        // "…, said the agency", "…, told Yonhap the official", "…, said a senior naval officer".
        var determiner = the || w1 is "a" or "an";
        if ((EndsWith(invertedEnds, w1, w2, determiner) || w2 is "told" || (determiner && w3 is "told") || (determiner && InvertedToOutlet(before)))
            && ClauseEnds(after) && invertedBefore.IsMatch(before)) return CitationRole.Speaker;
        return null;
    }

    /// <summary>
    /// "the head of Ukraine's …", "envoy to the …": the name at `at` of s follows an office word and a link, and is part
    /// of a job title, not its holder's voice.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> Initials = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ.");

    public bool InJobTitle(string s, int at)
    {
        var p = at;
        if (TryWordBefore(s, p, 0, out var article, out var the) && article is "the") p = the;
        // A country's possessive between them: "the head of Ukraine's Defence Intelligence".
        var q = p;
        while (q > 0 && char.IsWhiteSpace(s[q - 1])) q--;
        if (q > 1 && s[q - 1] == 's' && s[q - 2] is '\'' or '’')
        {
            var r = q - 2;
            while (r > 0 && !char.IsWhiteSpace(s[r - 1])) r--;
            p = r;
        }
        // A country's initials between them: "the head of U.S. Air Forces in Europe", "the commander of UK Strategic Command".
        else if (q > 1 && WordStartBefore(s.AsSpan(0, q), q) is >= 0 and var w && q - w <= 5 && !s.AsSpan(w, q - w).ContainsAnyExcept(Initials)
            && s.AsSpan(w, q - w).ContainsAnyInRange('A', 'Z'))
        {
            p = w;
            if (TryWordBefore(s, p, 0, out var article2, out var the2) && article2 is "the") p = the2;
        }
        if (!TryWordBefore(s, p, 0, out var link, out var linkStart)) return false;
        var apposed = apposedOfficeLinkWords.Contains(link);
        if (!apposed && !officeLinkWords.Contains(link)) return false;
        var e = linkStart;
        while (e > 0 && char.IsWhiteSpace(s[e - 1])) e--;
        foreach (var phrase in officePhrases)
        {
            if (e >= phrase.Length && string.Compare(s, e - phrase.Length, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (e == phrase.Length || !IsWord(s[e - phrase.Length - 1])))
                return !apposed || AfterComma(s, e - phrase.Length);
        }
        return false;
    }

    // Whether the title at `at` is set beside a name: a capitalised word, a comma, at most an article ("Erik Sandvik, a
    // spokesman", "said Sangare, spokeswoman"); not "arrived, a spokesman". Nor a capitalised word that opens the sentence
    // ("However, a spokesman for the UN mission said"; a surname alone there is rarer than an opening adverb) or is a
    // month or weekday ("On Monday, a spokesman for the Pentagon said").
    private bool AfterComma(string s, int at)
    {
        if (TryWordBefore(s, at, 0, out var article, out var articleStart) && article is "a" or "an" or "the") at = articleStart;
        while (at > 0 && char.IsWhiteSpace(s[at - 1])) at--;
        if (at < 2 || s[at - 1] != ',' || !char.IsLetter(s[at - 2])) return false;
        var b = at - 2;
        while (b > 0 && (char.IsLetter(s[b - 1]) || s[b - 1] is '-' or '\'' or '’')) b--;
        if (!char.IsUpper(s[b]) || CalendarNames.Contains(s.AsSpan(b, at - 1 - b))) return false;
        var first = 0;
        while (first < b && !char.IsLetterOrDigit(s[first])) first++;
        return first < b;
    }

    // Where the title phrase starts that a name set off by a comma stands in apposition to ("the army chief, " in "the army
    // chief, Ivan Petrenko,"): the first title in the clause before the comma; -1 when `before` does not end in a comma
    // after one.
    private static int ApposedTitleStart(ReadOnlySpan<char> before, IReadOnlyList<PhraseMatch> titleHits)
    {
        var trimmed = before.TrimEnd();
        // "according to the spokesman of the Pentagon, the general Pat Ryder": the name's own title, with its article, is
        // what stands in apposition.
        if (trimmed.EndsWith(" the", StringComparison.Ordinal) || trimmed.EndsWith(" a", StringComparison.Ordinal))
            trimmed = trimmed[..trimmed.LastIndexOf(' ')].TrimEnd();
        if (trimmed is not [.., ',']) return -1;
        var comma = trimmed.Length - 1;
        var clause = trimmed[..comma].LastIndexOfAny(",.;:(\"“") + 1;
        for (var t = 0; t < titleHits.Count; t++)
            if (titleHits[t] is var title && title.Span.Start >= clause && title.Span.End <= comma) return title.Span.Start;
        return -1;
    }

    // Whether speaker_after can match at the start of `after`: it opens with "(", or with "," and an aside up to the next
    // comma (white space before them or not), or with white space and one of its openers. Most names are followed by
    // other words, and the pattern is not run.
    private bool MaySpeakAfter(ReadOnlySpan<char> after)
    {
        if (speakerAfterOpeners is not { } openers) return true;
        var i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        if (i < after.Length && after[i] == '(') return true;
        // ", the army's chief, said": an aside that closes with a comma before any other mark (an initial's dot, "the
        // commander of U.S. forces", is none).
        if (i < after.Length && after[i] == ',') return AsideCloses(after[(i + 1)..], NameAfterComma(after[(i + 1)..]));
        if (i == 0 || i == after.Length) return false;
        var j = i + LetterRun(after[i..], 0);
        return j > i && openers.Contains(after[i..j]);
    }

    private static bool IsStatementChain(ReadOnlySpan<char> word)
    {
        foreach (var w in StatementChain)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // Whether speaker_after's branch of a name after a comma (", the Pentagon and") may start the aside: its first word is
    // capitalised or "the" (read loosely: anything but another letter or a digit may be white space to the pattern).
    private static bool NameAfterComma(ReadOnlySpan<char> aside)
    {
        var j = 0;
        while (j < aside.Length && char.IsWhiteSpace(aside[j])) j++;
        return j == aside.Length || !char.IsLetterOrDigit(aside[j]) || char.IsAsciiLetterUpper(aside[j]) || aside[j] == 't';
    }

    // Whether statement_after can match at the start of `after`: an apostrophe ("X's estimate"), or white space and one of
    // its openers ("X has released figures"). Most names are followed by neither, and the pattern is not run.
    private bool MayStateAfter(ReadOnlySpan<char> after)
    {
        if (after.IsEmpty) return false;
        if (statementAfterOpeners is not { } openers) return true;
        // "'s latest estimate": one of the three words after the apostrophe opens a statement noun, which ends at a word
        // boundary (so the word's leading run of word characters is the noun).
        if (after[0] is '\'' or '’')
        {
            var at = after.Length > 1 && after[1] == 's' ? 2 : 1;
            for (var words = 0; words < 3; words++)
            {
                var start = at;
                while (at < after.Length && char.IsWhiteSpace(after[at])) at++;
                if (at == start || at == after.Length) return false;
                var run = at;
                while (run < after.Length && CueIndex.IsWordCharacter(after[run])) run++;
                if (run > at && statementNouns.Contains(after[at..run])) return true;
                while (at < after.Length && !char.IsWhiteSpace(after[at])) at++;
            }
            return false;
        }
        var i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        if (i == 0 || i == after.Length) return false;
        var n = LetterRun(after[i..], 0);
        if (n == 0 || !openers.Contains(after.Slice(i, n))) return false;
        // "has also released", "on Monday gave": past the auxiliaries, "also", and "on" with the word after it, a release
        // verb's first word.
        var dayWord = false;
        while (i < after.Length)
        {
            if (dayWord) dayWord = false;
            else
            {
                n = LetterRun(after[i..], 0);
                var word = after.Slice(i, n);
                if (n == 0) return false;
                if (releaseVerbStarts.Contains(word)) return true;
                dayWord = word.Equals("on", StringComparison.OrdinalIgnoreCase);
                if (!dayWord && !IsStatementChain(word)) return false;
            }
            while (i < after.Length && !char.IsWhiteSpace(after[i])) i++;
            while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        }
        return false;
    }

    // speaker_after's commonest match, found without running it: white space, a reporting verb of one word, and no word
    // character after it ("Kim said", "the ministry told"). False says nothing: the pattern decides.
    // Whether an aside closes with a comma before any other mark; the dot of an initial (a capital letter that follows no
    // word character: "U.S.", "D.C.") is no mark, as in speaker_after.
    // nameMayFollow: whether the aside may be a name ("(the) Pentagon and …", the one branch that needs no closing comma);
    // when it may not, the pattern goes on after the closing comma only with white space, "(" or another comma: a comma
    // between digits (", up from an earlier estimate of 3,500.") closes nothing.
    private static bool AsideCloses(ReadOnlySpan<char> aside, bool nameMayFollow = true)
    {
        for (var k = 0; k < aside.Length; k++)
            switch (aside[k])
            {
                case ',': return nameMayFollow || (k + 1 < aside.Length && !char.IsLetterOrDigit(aside[k + 1]));
                case ';' or ':': return false;
                case '.' when !(k > 0 && char.IsAsciiLetterUpper(aside[k - 1]) && (k == 1 || !CueIndex.IsWordCharacter(aside[k - 2]))): return false;
            }
        return false;
    }

    // Whether the verb speaker_after reads after a name is one of placing followed by a particle of place ("put out of combat",
    // "put on alert", "puts up"): the name is what was placed, no voice.
    private bool PlacesWhatItMoves(ReadOnlySpan<char> after, ref int verbEnd)
    {
        // Most speakers' verbs are no verb of placing: the pattern is not run again for them.
        if (after.IndexOfAny(placingVerbList) < 0) return false;
        if (verbEnd == UnknownEnd) verbEnd = SpeakerVerbEnd(after);
        if (verbEnd < 0 || !placingVerbs.Contains(WordBefore(after, verbEnd, out _))) return false;
        var i = verbEnd;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        var n = i < after.Length ? LetterRun(after, i) : 0;
        return n > 0 && placementParticles.Contains(after.Slice(i, n));
    }

    // Where the first match of speaker_after in the words after a name ends (its verb's end), or -1.
    private int SpeakerVerbEnd(ReadOnlySpan<char> after)
    {
        foreach (var match in speakerAfter.EnumerateMatches(after)) return match.Index + match.Length;
        return -1;
    }

    // A verb end not looked for yet (SpeaksAfter found the match without the pattern).
    private const int UnknownEnd = -2;

    // Whether speaker_after matches `after`, and where its match ends (UnknownEnd when it was found without running it; the
    // refusal and placing tests run it only if they need the end). Its commonest matches are read word by word: white space,
    // adverbs of one word, a reporting verb of one word ("Kim said", "the ministry has not confirmed"). Where the words after the
    // name open none of its asides, the pattern is only its verb part, and a name none of whose words after it can reach a
    // verb that way ("were taking part in …, up from …") is not tried.
    private bool SpeaksAfter(ReadOnlySpan<char> after, out int verbEnd)
    {
        verbEnd = UnknownEnd;
        if (AdverbsThenVerb(after, out verbEnd) || SpeaksRightAfter(after)) return true;
        if (!MayReachVerb(after)) return false;
        verbEnd = SpeakerVerbEnd(after);
        return verbEnd >= 0;
    }

    // White space, adverbs of one word each followed by white space, then a reporting verb of one word that no word character
    // follows (read strictly: any character past ASCII is left to the pattern's own \b). verbEnd: where the pattern's first
    // match ends, when the words tell (the first opens none of its asides, and every word is a plain one: the pattern then
    // reads them as they are read here); else UnknownEnd.
    private bool AdverbsThenVerb(ReadOnlySpan<char> after, out int verbEnd)
    {
        verbEnd = UnknownEnd;
        var i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        if (i == 0) return false;
        var plain = true;
        for (var first = true; i < after.Length; first = false)
        {
            var n = LetterRun(after, i);
            if (n == 0) return false;
            var word = after.Slice(i, n);
            var next = i + n;
            if (first && asideOpeners.Contains(word)) plain = false;
            if (oneWordVerbs.Contains(word))
            {
                if (!(next == after.Length || after[next] < 128 && !CueIndex.IsWordCharacter(after[next]))) return false;
                if (plain && plainVerbs.Contains(word)) verbEnd = next;
                return true;
            }
            if (next == after.Length || !char.IsWhiteSpace(after[next]) || !oneWordAdverbs.Contains(word)) return false;
            plain &= plainAdverbs.Contains(word);
            i = next;
            while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        }
        return false;
    }

    // Whether speaker_after may match where the first word after the white space opens none of its asides: past that word,
    // every word up to the verb must be one the pattern lets stand before it (an adverb's, "been", "was", "were"; "last",
    // "this" or "on" and any word after it), and the verb opens with one of the reporting verbs' first words. Read loosely
    // (a word's letters only, any punctuation after it), so that false is certain; true says nothing.
    private bool MayReachVerb(ReadOnlySpan<char> after)
    {
        var i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        if (i == 0 || i == after.Length) return true;
        var n = LetterRun(after, i);
        if (n == 0 || asideOpeners.Contains(after.Slice(i, n))) return true;
        var anyWord = false;
        while (true)
        {
            var word = after.Slice(i, n);
            if (n > 0 && verbStarts.Contains(word)) return true;
            if (!anyWord && !(n > 0 && (verbFillers.Contains(word) || timeWords.Contains(word)))) return false;
            anyWord = n > 0 && timeWords.Contains(word);
            while (i < after.Length && !char.IsWhiteSpace(after[i])) i++;
            while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
            if (i == after.Length) return false;
            n = LetterRun(after, i);
        }
    }

    // Whether the verb speaker_after ends with says nothing: a refusal of something asked ("Germany rejected a request to
    // send 2,000 troops"), where the first noun of refused_asks or refused_statements within six words after it decides
    // (none says it speaks), or a characterizing verb with no refused_statements noun in those words ("called up 300,000
    // reservists", "called for more troops": no speech; "called the reports far-fetched": speech).
    private bool RefusesAnAsk(ReadOnlySpan<char> after)
    {
        var verbEnd = UnknownEnd;
        return RefusesAnAsk(after, ref verbEnd);
    }

    // verbEnd: where speaker_after's match in `after` ends, if known (else UnknownEnd: found here, once).
    private bool RefusesAnAsk(ReadOnlySpan<char> after, ref int verbEnd)
    {
        // Most speakers' verbs are no refusal: the pattern is not run again for them.
        if (after.IndexOfAny(refusalVerbList) < 0) return false;
        if (verbEnd == UnknownEnd) verbEnd = SpeakerVerbEnd(after);
        if (verbEnd < 0) return false;
        var verbWord = WordBefore(after, verbEnd, out _);
        var characterizing = characterizingVerbs.Contains(verbWord);
        if (!characterizing && !refusalVerbs.Contains(verbWord)) return false;
        var i = verbEnd;
        for (var words = 0; words < 6; words++)
        {
            while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
            var n = i < after.Length ? LetterRun(after, i) : 0;
            if (n == 0) return characterizing;
            var word = after.Slice(i, n);
            if (refusedStatements.Contains(word)) return false;
            if (!characterizing && refusedAsks.Contains(word))
            {
                // "rejected the suggestion that 3,000 …": an ask that states something is a statement.
                var next = i + n;
                while (next < after.Length && after[next] == ' ') next++;
                return !(next < after.Length && LetterRun(after, next) is var m and > 0 && after.Slice(next, m) is "that");
            }
            i += n;
            // A possessive or a hyphenated word goes on ("Kyiv's request", "U.S.-led plan"); other marks end the reading.
            while (i < after.Length && after[i] is '\'' or '’' or '-' or '.') i++;
            if (i < after.Length && !char.IsWhiteSpace(after[i]) && !char.IsLetter(after[i])) return characterizing;
        }
        return characterizing;
    }

    private bool SpeaksRightAfter(ReadOnlySpan<char> after) => SpeaksRightAfter(after, oneWordVerbs);

    // White space, then one of `verbs` as a whole word.
    private static bool SpeaksRightAfter(ReadOnlySpan<char> after, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> verbs)
    {
        var i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        if (i == 0) return false;
        var n = LetterRun(after[i..], 0);
        return n > 0 && verbs.Contains(after.Slice(i, n)) && (i + n == after.Length || !CueIndex.IsWordCharacter(after[i + n]));
    }

    // The name closes its clause: nothing, a punctuation mark, or words that only describe the speaker follow it ("said
    // an army official speaking on condition of anonymity", "said a diplomat who asked not to be named": speaker_descriptions).
    // "…, declared to AFP a source close to …", "…, said to the radio RMF FM the deputy minister": translated copy puts the
    // outlet that was told between the inverted verb and its speaker. Mirrors inverted_before's outlet branch: "to" after an
    // inverted verb, or "told", among the last eight words before the determiner.
    private bool InvertedToOutlet(ReadOnlySpan<char> before)
    {
        var end = before.Length;
        for (var words = 0; words < 8; words++)
        {
            var word = WordBefore(before, end, out var start);
            if (word.IsEmpty) return false;
            if (word is "told") return true;
            if (word is "to") return invertedEnds.Contains(WordBefore(before, start, out _));
            end = start;
        }
        return false;
    }

    // "Reuters could not independently verify …", "a claim Al Jazeera was unable to confirm": the words right after a name.
    // At most three lower-case words right after the name (after "'s"), one a document or statement noun (not a spokesperson, nor
    // "media": "the military's media wing said" is a unit's voice), then a document verb within twelve words.
    public bool OwnDocumentSpeaks(ReadOnlySpan<char> after)
    {
        var at = after.Length > 1 && after[0] is '\'' or '’' && after[1] == 's' ? 2 : 0;
        if (at >= after.Length || after[at] != ' ' || at + 1 >= after.Length || !char.IsAsciiLetterLower(after[at + 1])) return false;
        var found = false;
        for (var words = 0; words < 3 && !found; words++)
        {
            while (at < after.Length && after[at] == ' ') at++;
            var end = at;
            while (end < after.Length && (char.IsLetter(after[end]) || after[end] == '-')) end++;
            if (end == at || !char.IsLower(after[at])) return false;
            found = documentNouns.Contains(after[at..end]);
            at = end;
        }
        if (!found) return false;
        for (var words = 0; words < 12 && at < after.Length; words++)
        {
            while (at < after.Length && after[at] == ' ') at++;
            var end = at;
            while (end < after.Length && char.IsLetter(after[end])) end++;
            if (end == at) return false;
            if (documentVerbs.Contains(after[at..end])) return true;
            at = end;
        }
        return false;
    }

    public bool CannotVerify(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart(' ');
        if (rest.IsEmpty || !char.IsAsciiLetterLower(rest[0])) return false;
        foreach (var opener in unableOpeners)
        {
            if (!rest.StartsWith(opener, StringComparison.OrdinalIgnoreCase) || rest.Length <= opener.Length || rest[opener.Length] != ' ') continue;
            var tail = rest[(opener.Length + 1)..].TrimStart(' ');
            var word = tail[..SourceText.LetterRun(tail, 0)];
            if (verifyAdverbs.Contains(word) && tail[word.Length..].TrimStart(' ') is var next) word = next[..SourceText.LetterRun(next, 0)];
            return verificationVerbs.Contains(word);
        }
        return false;
    }

    private bool ClauseEnds(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart();
        if (rest.Length < after.Length && LetterRun(rest, 0) is var n and > 0 && speakerDescriptionWords.Contains(rest[..n])) return true;
        return rest.Length == 0 || rest[0] is ',' or '.' or ';' or ':' or '!' or '?' or '”' or '"';
    }

    private static bool EndsWith(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words, ReadOnlySpan<char> last, ReadOnlySpan<char> beforeLast, bool lastIsThe) =>
        words.Contains(last) || (lastIsThe && words.Contains(beforeLast));

    // Whether audience_before can end with the word `last` after `beforeLast`: a cue of one word, or the last word of a cue
    // of several (audienceEnds) after the word before it ("said to", "interview with").
    private bool MayBeTold(ReadOnlySpan<char> last, ReadOnlySpan<char> beforeLast) =>
        audienceSingles.Contains(last) || (audienceEnds.Contains(last) && audienceLeads.Contains(beforeLast));

    // speaker_before's commonest match, found without running it: "according to " or "according to the " ends `before`, the
    // words in ASCII letters of any case, white space between them and after, no word character before "according".
    private static bool AccordingToLast(ReadOnlySpan<char> before)
    {
        var rest = before;
        if (!(WordLast(ref rest, "the") && rest is [.., var space] && char.IsWhiteSpace(space))) rest = before;
        if (!(WordLast(ref rest, "to") && rest is [.., var gap] && char.IsWhiteSpace(gap)) || !WordLast(ref rest, "according")) return false;
        return rest.IsEmpty || rest[^1] < 128 && !CueIndex.IsWordCharacter(rest[^1]);
    }

    // Whether `text` ends with `word` (ASCII, any case) and white space; `text` is then cut before the word.
    private static bool WordLast(ref ReadOnlySpan<char> text, string word)
    {
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        var start = end - word.Length;
        if (end == text.Length || start < 0 || !System.Text.Ascii.EqualsIgnoreCase(text[start..end], word)) return false;
        text = text[..start];
        return true;
    }

    // Whether a before-pattern's closing word (the last word, or the one before a last "the") can follow the word before
    // it, or one of the words its other branches need is in the text.
    private static bool MayEnd(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> leads, string[] needles, ReadOnlySpan<char> before,
        ReadOnlySpan<char> beforeLast, ReadOnlySpan<char> third, bool lastIsThe)
    {
        if (leads.Contains(beforeLast) || (lastIsThe && leads.Contains(third))) return true;
        foreach (var needle in needles)
            if (before.Contains(needle, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // The last word (run of \w) of each phrase, ignoring case.
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LastWords(IEnumerable<string> phrases) =>
        phrases.Select(p => WordBefore(p, p.Length, out _).ToString()).Where(w => w.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();
}

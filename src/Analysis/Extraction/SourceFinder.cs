using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Finds who is named in a sentence and what role they play: the gazetteer's sources, titled people
/// ("Lawmakers Lee Seongkweun and Park Sunwon"), groups ("Ukrainian officials"), countries speaking
/// ("Seoul said"), unknown names in a citing slot ("according to Kim Min-seok"), and pronouns that
/// cite ("he said", "the agency said"). A name is cited when the text makes it a voice: "X said", "X's
/// estimate", "according to X", "statements from X", "briefed by X", "citing X", "told X".
/// Its words are a <see cref="Lexicon"/>'s (Data/lexicon/reporting.json, the countries and the sources): one
/// finder per lexicon. A sentence with none of its cue words and no gazetteer name is not read further.
/// </summary>
internal sealed class SourceFinder
{
    // The word lists whose words a rule needs before it can fire (see reporting.json).
    private static readonly string[] CueLists =
    [
        "reporting_verbs", "statement_nouns", "release_verbs", "released_things", "informed_by_verbs", "shared_things",
        "audience_cues", "interview_nouns", "inverted_verbs", "cue_words", "titles", "group_heads", "personal_pronouns",
        "description_nouns", "document_nouns",
    ];

    private readonly SourceGazetteer gazetteer;
    private readonly PhraseMatcher cues;
    // Where each matcher and word scan can first find something (see FirstWords): a sentence without those words skips it.
    private readonly FirstWords cueStarts, titleStarts, groupAdjectiveStarts, ministryStarts, pronounStarts, speakerStarts;
    private readonly PhraseMatcher titles;
    // The first tokens of the titles, as the matcher reads them.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> titleFirstTokens;
    private readonly PhraseMatcher groupAdjectives;
    private readonly HashSet<string> demonyms;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> demonymWords;
    private readonly Extraction.Countries countryWords;
    private readonly HashSet<string> groupDeterminers, groupLeadingModifiers, groupHeads, pronouns, descriptionModifiers, notNames, expertTitles, militaryTitles;
    // "its", "his" (either case) and "country's" of "the country's": what makes a description the sentence's country's.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> possessives, possessors;
    // "Post", "Times": the last word of a newspaper's name.
    private readonly HashSet<string> outletNameEnds;
    private readonly string[][] groupModifiers;
    private readonly PhraseTable groupModifierTable, descriptionNouns;
    private readonly Regex personName, titledNames, appositive, speakerAfter, statementAfter;
    // The lower-case words a run of capitalised words may hold between them: "Institute for the Study of War".
    private readonly string[] nameConnectors;
    private readonly Regex informantBefore, audienceBefore, speakerBefore, invertedBefore, interception;
    private readonly GazetteerEntry? intercept;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> bareVoiceWords;
    private readonly HashSet<string> unnamedSpeakers, qualifiedSpeakers, spokespersonNouns, officeLinks, documentModifiers, statementLinks;
    private readonly string[][] officeWords;
    private readonly string[] officePhrases;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> officeLinkWords;

    // Allocation-free views of the sets read word by word over every sentence.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> organisationUnitWords, unitModifierWords, voiceIntelligenceWords, voiceMilitaryWords, voiceGovernmentWords;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> unnamedWords, qualifiedWords, notNameWords, groupHeadWords, spokespersonWords,
        leadingModifierWords, determinerWords, singleModifierWords, descriptionModifierWords;
    // The words a cue before a name ends with (its last word, or the one before a last "the"): a name whose left
    // context ends otherwise cannot match that cue's pattern, which is then not run.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> informantEnds, audienceEnds, speakerEnds, invertedEnds;
    // The words that can come right before those closing words, and the words that the patterns' other branches need
    // somewhere before the name ("citing …", "based on … from", "according to …", "quoted"): a name with neither is
    // not tried against the pattern. Most names after "from", "by", "to" or "for" are not cited ("troops from Russia").
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> informantLeads, speakerLeads;
    private static readonly string[] InformantNeedles = ["citing", "based"], SpeakerNeedles = ["according", "quoted"];
    // The words speaker_after can read first after a name (null: any word may be; see MaySpeakAfter).
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>>? speakerAfterOpeners;
    // The reporting verbs of one word, as speaker_after reads them (case and all): "Kim said" needs no pattern.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> oneWordVerbs;
    private readonly PhraseMatcher ministries;
    private readonly Dictionary<string, string> ministryNames;
    // "army" -> "Army", "military" -> "military": the armed services a description may name, as a country's source names them.
    private readonly Dictionary<string, string> armedServices;

    public SourceFinder(Lexicon lexicon, SourceGazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        cues = PhraseMatcher.Of(lexicon, CueLists);
        titles = PhraseMatcher.Of(lexicon, ["titles"]);
        // Case-sensitive, as countries are: "US" is a group's adjective, "us" a pronoun.
        groupAdjectives = PhraseMatcher.Of(lexicon, ["group_adjectives"], ignoreCase: false);
        demonyms = lexicon.Countries.SelectMany(c => c.Demonyms).Select(Normalize).ToHashSet(StringComparer.Ordinal);
        demonymWords = demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        countryWords = Extraction.Countries.For(lexicon);
        HashSet<string> Set(string list) => lexicon.Words(list).ToHashSet(StringComparer.Ordinal);
        string[][] Phrases(string list) => lexicon.Words(list).Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        groupDeterminers = Set("group_determiners");
        groupLeadingModifiers = Set("group_leading_modifiers");
        groupModifiers = Phrases("group_modifiers");
        groupModifierTable = new PhraseTable(groupModifiers);
        groupHeads = Set("group_heads");
        pronouns = Set("personal_pronouns");
        possessives = lexicon.Words("possessive_determiners").ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        possessors = Set("possessor_nouns").GetAlternateLookup<ReadOnlySpan<char>>();
        outletNameEnds = Set("outlet_name_ends");
        descriptionModifiers = Set("description_modifiers");
        descriptionModifierWords = descriptionModifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        descriptionNouns = new PhraseTable(Phrases("description_nouns"));
        notNames = Set("not_name_starts");
        expertTitles = Set("expert_titles");
        militaryTitles = Set("military_titles");
        personName = lexicon.Regex("person_name", RegexOptions.None);
        titledNames = lexicon.Regex("titled_names", RegexOptions.None);
        appositive = lexicon.Regex("appositive_person", RegexOptions.None);
        nameConnectors = lexicon.Words("name_connectors").ToArray();
        speakerAfter = lexicon.Regex("speaker_after", RegexOptions.None);
        statementAfter = lexicon.Regex("statement_after", RegexOptions.None);
        // The before-patterns end at the name: searched from the right, they are tried once, at the end.
        informantBefore = lexicon.Regex("informant_before", RegexOptions.IgnoreCase | RegexOptions.RightToLeft);
        audienceBefore = lexicon.Regex("audience_before", RegexOptions.IgnoreCase | RegexOptions.RightToLeft);
        speakerBefore = lexicon.Regex("speaker_before", RegexOptions.IgnoreCase | RegexOptions.RightToLeft);
        invertedBefore = lexicon.Regex("inverted_before", RegexOptions.RightToLeft);
        interception = lexicon.Regex("interception", RegexOptions.IgnoreCase);
        intercept = gazetteer.Entries.FirstOrDefault(e => e.Kind == SourceKind.Intercept);
        unnamedSpeakers = Set("unnamed_speakers");
        qualifiedSpeakers = Set("qualified_speakers");
        spokespersonNouns = Set("spokesperson_nouns");
        officeWords = Phrases("office_words");
        officePhrases = officeWords.Select(w => string.Join(' ', w)).ToArray();

        unnamedWords = unnamedSpeakers.GetAlternateLookup<ReadOnlySpan<char>>();
        groupHeadWords = groupHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        qualifiedWords = qualifiedSpeakers.GetAlternateLookup<ReadOnlySpan<char>>();
        bareVoiceWords = Set("bare_voices").GetAlternateLookup<ReadOnlySpan<char>>();
        spokespersonWords = spokespersonNouns.GetAlternateLookup<ReadOnlySpan<char>>();
        organisationUnitWords = Set("organisation_units").GetAlternateLookup<ReadOnlySpan<char>>();
        unitModifierWords = Set("unit_modifiers").GetAlternateLookup<ReadOnlySpan<char>>();
        voiceIntelligenceWords = Set("voice_intelligence_words").GetAlternateLookup<ReadOnlySpan<char>>();
        voiceMilitaryWords = Set("voice_military_words").GetAlternateLookup<ReadOnlySpan<char>>();
        voiceGovernmentWords = Set("voice_government_words").GetAlternateLookup<ReadOnlySpan<char>>();
        leadingModifierWords = groupLeadingModifiers.GetAlternateLookup<ReadOnlySpan<char>>();
        determinerWords = groupDeterminers.GetAlternateLookup<ReadOnlySpan<char>>();
        singleModifierWords = groupModifiers.Where(m => m.Length == 1).Select(m => m[0]).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        notNameWords = notNames.GetAlternateLookup<ReadOnlySpan<char>>();
        // Each pattern's own closing words (informant_before: "by", "from", "citing"; audience_before: "with", "to";
        // speaker_before: "to", "for", "quoted") with the last words of the lists it ends with.
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Ends(StringComparer comparer, IEnumerable<string> words, params string[] lists) =>
            words.Concat(lists.SelectMany(lexicon.Words)).Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1])
                .ToHashSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
        informantEnds = Ends(StringComparer.OrdinalIgnoreCase, ["by", "from", "citing"], "citing_fillers");
        audienceEnds = Ends(StringComparer.OrdinalIgnoreCase, ["with", "to"], "audience_cues");
        speakerEnds = Ends(StringComparer.OrdinalIgnoreCase, ["to", "for", "quoted"], "according_fillers", "statement_links");
        invertedEnds = Ends(StringComparer.Ordinal, [], "inverted_verbs");
        // informant_before: "{informed_by_verbs} by", "briefing(s) by|from", "{shared_things} (provided|supplied|shared)? by|from".
        informantLeads = LastWords(lexicon.Words("informed_by_verbs").Concat(lexicon.Words("shared_things")).Concat(["briefing", "briefings", "provided", "supplied", "shared"]));
        // speaker_before: "{statement_nouns} {statement_links}" (a link of two words: its first), "spokesman|spokeswoman|spokesperson for".
        speakerLeads = LastWords(lexicon.Words("statement_nouns").Concat(lexicon.Words("statement_links").Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length > 1).Select(w => w[^2])).Concat(["spokesman", "spokeswoman", "spokesperson"]));
        // speaker_after's own openers ("and the Pentagon said", "of Ukraine said", "last week said", "this month said",
        // "on Monday said") with the first words of the lists it may open with: an adverb, the verb itself.
        var openers = new[] { "and", "of", "in", "at", "for", "last", "this", "on" }.Concat(new[] { "speech_verb_adverbs", "reporting_verbs" }.SelectMany(lexicon.Words)).ToArray();
        oneWordVerbs = lexicon.Words("reporting_verbs").Where(v => v.Length > 0 && v.All(char.IsAsciiLetter)).ToHashSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        if (openers.All(o => o.Length > 0 && char.IsLetter(o[0])))
            speakerAfterOpeners = openers.Select(o => o[..LetterRun(o, 0)]).ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        officeLinks = Set("office_links");
        officeLinkWords = officeLinks.GetAlternateLookup<ReadOnlySpan<char>>();
        documentModifiers = Set("document_modifiers");
        statementLinks = lexicon.Words("statement_links").Select(l => l.Split(' ')[0]).ToHashSet(StringComparer.Ordinal);
        // The ministry lists ("ministry_defense": "Defense Ministry", "Ministry of Defence", …), each named by its first phrase.
        var ministryLists = lexicon.WordListNames.Where(n => n.StartsWith("ministry_", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();
        ministries = PhraseMatcher.Of(lexicon, ministryLists, ignoreCase: false);
        ministryNames = ministryLists.ToDictionary(n => n, n => lexicon.Words(n)[0], StringComparer.Ordinal);
        armedServices = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var service in lexicon.Words("armed_services")) armedServices[service.ToLowerInvariant()] = service;
        cues = new PhraseMatcher(CueLists.Concat(ministryLists).SelectMany(l => lexicon.Words(l).Select(p => (l, p))));
        cueStarts = new FirstWords(CueLists.Concat(ministryLists).SelectMany(lexicon.Words));
        titleStarts = new FirstWords(lexicon.Words("titles"));
        titleFirstTokens = lexicon.Words("titles").Select(t => (Phrase: t, Tokens: PhraseMatcher.Tokens(t, 0, t.Length))).Where(t => t.Tokens.Count > 0)
            .Select(t => PhraseMatcher.Normalized(t.Phrase.AsSpan(t.Tokens[0].Start, t.Tokens[0].End - t.Tokens[0].Start)).ToString())
            .ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        groupAdjectiveStarts = new FirstWords(lexicon.Words("group_adjectives"), ignoreCase: false);
        ministryStarts = new FirstWords(ministryLists.SelectMany(lexicon.Words), ignoreCase: false);
        // Pronouns() reads "he", "she", "they" in either case and "the ..."; UnnamedSpeakers() the unnamed and qualified voices.
        pronounStarts = new FirstWords(pronouns.Append("the").Concat(lexicon.Words("possessive_determiners")));
        speakerStarts = new FirstWords(unnamedSpeakers.Concat(qualifiedSpeakers), ignoreCase: false);
    }

    // A country named in a sentence (offsets in the sentence): the span of the name, with its possessive if it has one.
    private readonly record struct CountryName(TextSpan Span, string? Country, bool Possessive, bool IsDemonym, bool IsGroupAdjective)
    {
        /// <summary>Whether it can stand before a group or a title: "North Korean", "Russia's", "Western".</summary>
        public bool IsAdjective => IsDemonym || IsGroupAdjective || Possessive;
    }

    // A reading of a span of the sentence, before spans are claimed: the lower its priority, the more specific.
    private struct Candidate(int priority, SourceRef reference)
    {
        public readonly int Priority = priority;
        public readonly SourceRef Ref = reference;
        // A source only where the text cites it; only where it speaks (a statement is never told anything).
        public bool CitedOnly, SpeakerOnly;
        // "U.S. and South Korean officials": the second group, cited as the first is.
        public SourceRef? Partner;
    }

    // What Find reuses from one sentence to the next: one per thread, as documents are read on several at once.
    private sealed class Scratch
    {
        public readonly List<Candidate> Candidates = [];
        public readonly List<SourceRef> Accepted = [];
        public readonly List<CountryName> Countries = [];
        public int[] Order = new int[32];
    }

    [ThreadStatic] private static Scratch? scratch;

    /// <summary>The sources a sentence cites or names. <paramref name="gazetteerMatches"/>: the matches of the gazetteer in the
    /// sentence, found once by the caller and shared with the timeline; <paramref name="countryMentions"/>: the countries it names (the countries layer).</summary>
    public IReadOnlyList<SourceRef> Find(Document document, Sentence sentence, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches,
        IReadOnlyList<CountryMention> countryMentions)
    {
        var s = sentence.Text;
        var cueHits = cueStarts.In(s, 0, s.Length) is var cueFrom and >= 0 ? cues.Find(s, cueFrom, s.Length) : [];
        var dateline = Dateline(s);
        // A headline may cite with a colon alone ("Seoul: …").
        if (gazetteerMatches.Count == 0 && cueHits.Count == 0 && dateline is null && s.IndexOf(':', 0, Math.Min(s.Length, 40)) < 0) return [];
        var text = document.Text;
        var (start, end) = (sentence.Start, sentence.End);
        var titleHits = Titles(s, cueHits);
        var work = scratch ??= new Scratch();
        var countries = Countries(s, sentence.Start, countryMentions, work.Countries);
        var candidates = work.Candidates;
        candidates.Clear();

        var taken = 0;
        foreach (var title in titleHits)
        {
            if (title.Span.Start < taken || titledNames.Match(s, title.Span.End) is not { Success: true } m) continue;
            var adjective = AdjectiveBefore(countries, s, title.Span.Start, taken);
            var names = m.Groups["names"];
            foreach (Match n in personName.Matches(names.Value))
            {
                var span = new TextSpan(start + names.Index + n.Index, start + names.Index + n.Index + n.Length);
                candidates.Add(new(0, Person(span, n.Value, Normalize(s[title.Span.Start..title.Span.End]).ToLowerInvariant(), adjective?.Country)));
            }
            taken = names.Index + names.Length;
        }
        if (titleHits.Count > 0 && s.Contains(','))
            foreach (Match m in appositive.Matches(s))
            {
                var g = m.Groups["name"];
                var span = new TextSpan(start + g.Index, start + g.Index + g.Length);
                if (notNames.Contains(FirstWord(g.Value))) continue;
                candidates.Add(new(0, Person(span, g.Value, Normalize(m.Groups["title"].Value).ToLowerInvariant(), null)));
            }
        var datelineSpan = dateline is { } d ? new TextSpan(start + d.Start, start + d.End) : (TextSpan?)null;
        foreach (var (span, entry) in gazetteerMatches)
            candidates.Add(new(1, new SourceRef(span, entry.Name, entry.Kind, entry.Country, CitationRole.Mentioned, RoleNounOf(entry),
                IsPerson: entry.Kind == SourceKind.Official,
                AlwaysCited: entry.IsAlwaysCited || span == datelineSpan, IsCredit: span == datelineSpan)));
        // "BERLIN (AP) —": the outlet of a dateline is a source, though not of the figures (it only credits the story).
        if (datelineSpan is { } credit && !IsMatched(gazetteerMatches, credit))
            candidates.Add(new(1, new SourceRef(credit, Normalize(text[credit.Start..credit.End]), SourceKind.Outlet, null, CitationRole.Mentioned, "outlet",
                AlwaysCited: true, IsCredit: true)));
        // "A NATO official said", "Pentagon officials said": an organisation's unnamed voices, when they are cited; "a UN
        // spokesman said", "the UN peacekeeping mission said": the organisation itself. Not "Ukrainian intelligence
        // officials", a country's group (below).
        foreach (var (span, entry) in gazetteerMatches)
            if (entry.Kind is not (SourceKind.Official or SourceKind.Outlet) && !StartsAt(countries, span.Start - start)
                && SkipWhiteSpace(s, span.End - start) is var h && h > span.End - start && WordEnd(s, h) is var e && e > h
                && UnitAt(s, ref h, ref e) is var unit
                && (unit || qualifiedWords.Contains(s.AsSpan(h, e - h)) || spokespersonWords.Contains(s.AsSpan(h, e - h))))
            {
                var spokesperson = unit || spokespersonWords.Contains(s.AsSpan(h, e - h));
                var plural = Plural(s[h..e]);
                candidates.Add(new(1, new SourceRef(new TextSpan(span.Start, start + e), spokesperson ? entry.Name : $"{entry.Name} {plural}", entry.Kind, entry.Country,
                    CitationRole.Mentioned, spokesperson ? RoleNounOf(entry) : Singular(plural), IsGroup: !spokesperson)) { CitedOnly = true });
            }
        if (intercept is not null && HasInterceptionCue(s, cueHits))
            foreach (var m in interception.EnumerateMatches(s))
                candidates.Add(new(1, new SourceRef(new TextSpan(start + m.Index, start + m.Index + m.Length), intercept.Name, intercept.Kind, intercept.Country,
                    CitationRole.Mentioned, null, AlwaysCited: true)));
        Groups(s, start, countries, gazetteerMatches, candidates);
        Ministries(s, start, countries, candidates);
        foreach (var country in countries)
            // A country speaks by its name or capital ("Seoul said"), not by an adjective ("North Korean").
            if (country.Country is { } name && !(country.IsDemonym && !country.Possessive))
            {
                var span = country.Possessive ? new TextSpan(country.Span.Start, country.Span.End - (s[country.Span.End - 1] == 's' ? 2 : 1)) : country.Span;
                candidates.Add(new(3, new SourceRef(new TextSpan(start + span.Start, start + span.End), name, SourceKind.Government, name, CitationRole.Mentioned, "government")));
            }
        for (var (runStart, runEnd) = CapitalizedRun(s, 0); runStart >= 0; (runStart, runEnd) = CapitalizedRun(s, runEnd))
        {
            var (at, value) = (runStart, s.Substring(runStart, runEnd - runStart));
            // "The Korea Institute for Defense Analyses": the opener is not part of the name.
            while (FirstWord(value) is var first && notNames.Contains(first) && value.Length > first.Length + 1)
            {
                at += first.Length + 1;
                value = value[(first.Length + 1)..].TrimStart();
            }
            if (notNames.Contains(FirstWord(value)) || !value.Contains(' ')) continue;
            // At most three words between single spaces (what Split(' ') would count).
            var person = !value.Contains(" of ") && !value.Contains(" for ") && !value.Contains(" the ") && value.AsSpan().Count(' ') < 3;
            var run = new TextSpan(start + at, start + at + value.Length);
            // "the Defense Post reported": a paper no list knows, named with its "the".
            if (outletNameEnds.Contains(value[(value.LastIndexOf(' ') + 1)..]))
            {
                var the = TryWordBefore(s, at, 0, out var before, out _) && before is "the" or "The";
                if (!IsMatched(gazetteerMatches, run) && !gazetteer.TryResolveSpelling(value, out _))
                {
                    candidates.Add(new(4, new SourceRef(run, (the ? "The " : "") + Normalize(value), SourceKind.Outlet, null, CitationRole.Mentioned, null)));
                    continue;
                }
            }
            // Another spelling of a name the gazetteer knows ("Lee Jae Myung" for "Lee Jae-myung").
            candidates.Add(new(4, !IsMatched(gazetteerMatches, run) && gazetteer.TryResolveSpelling(value, out var known)
                ? new SourceRef(run, known.Name, known.Kind, known.Country, CitationRole.Mentioned, RoleNounOf(known), IsPerson: known.Kind == SourceKind.Official, AlwaysCited: known.IsAlwaysCited)
                : new SourceRef(run, Normalize(value), person ? SourceKind.Official : SourceKind.Other, null, CitationRole.Mentioned, null, IsPerson: person)));
        }
        Acronyms(s, start, candidates);
        Documents(s, start, cueHits, candidates);
        UnnamedSpeakers(s, start, candidates);
        Pronouns(s, start, candidates);

        // Most specific reading first (lower priority, then longer span, then found first: a stable
        // order); a span is claimed once.
        if (work.Order.Length < candidates.Count) work.Order = new int[Math.Max(candidates.Count, 2 * work.Order.Length)];
        var order = work.Order;
        for (var i = 0; i < candidates.Count; i++)
        {
            var j = i;
            for (; j > 0 && Before(candidates, i, order[j - 1]); j--) order[j] = order[j - 1];
            order[j] = i;
        }
        var accepted = work.Accepted;
        accepted.Clear();
        for (var o = 0; o < candidates.Count; o++)
        {
            var index = order[o];
            var (candidate, unknownName) = (candidates[index].Ref, IsUnknownName(candidates, candidates[index].Ref));
            if (Overlaps(accepted, candidate.Span)) continue;
            // A headline's speaker is a name the kit knows, not any capitalised words ("Rising Tensions: …").
            var role = Role(text, s, start, end, candidate.Span, titleHits, countries, headline: !unknownName,
                cueAfter: cueHits.Count > 0 && cueHits[^1].Span.End > candidate.Span.End - start, titledPerson: candidates[index].Priority == 0,
                person: candidate is { IsPerson: true, IsGroup: false });
            // Countries, unknown names and pronouns are sources only where the text cites them. (An unknown
            // name is any candidate equal to one of the capitalized runs.)
            if (role != CitationRole.Speaker && candidates[index].SpeakerOnly) continue;
            if (role == CitationRole.Mentioned && (candidates[index].CitedOnly || unknownName || candidate.IsPronoun || (candidate.RoleNoun == "government" && !candidate.IsGroup))) continue;
            // A person who is told something passes nothing on ("told President Vladimir Putin that…"); an
            // organisation inside a job title is not its holder's voice ("the head of Ukraine's Defence Intelligence").
            if (role == CitationRole.Audience && candidate is { IsPerson: true, IsGroup: false } || InJobTitle(s, candidate.Span.Start - start, titleHits))
            {
                if (candidate.AlwaysCited) accepted.Add(candidate with { Role = CitationRole.Mentioned, AlwaysCited = false });
                continue;
            }
            // An unknown acronym that was told something is an outlet: "told UNN".
            if (role == CitationRole.Audience && candidate is { Kind: SourceKind.Other, IsPerson: false, RoleNoun: null } && IsAcronym(candidate.Name))
                candidate = candidate with { Kind = SourceKind.Outlet };
            accepted.Add(candidate.Role == role ? candidate : candidate with { Role = role });
            if (candidates[index].Partner is { } coordinated) accepted.Add(coordinated.Role == role ? coordinated : coordinated with { Role = role });
        }
        if (accepted.Count == 0) return [];
        accepted.Sort(ByStart);
        var unowned = false;
        for (var i = 0; i < accepted.Count; i++)
            // "Denmark will send 200 soldiers, its defence minister said": the Danish Defense Ministry; no one where the
            // sentence names no country (an earlier sentence's minister is not "its").
            if (accepted[i] is { IsPronoun: true } owned && owned.Name.StartsWith("its ", StringComparison.Ordinal))
            {
                if (owned.Role != CitationRole.Mentioned && !InLongerTitle(owned.Span.End - start, titleHits) && DescribedSource(owned.Name["its ".Length..], accepted, countries) is { } office)
                    accepted[i] = office with { Span = owned.Span, Role = owned.Role };
                else unowned = true;
            }
            else if (accepted[i] is { IsPronoun: true, Role: not CitationRole.Mentioned } description && description.Name.StartsWith("the ", StringComparison.Ordinal)
                && DescribedSource(description.Name["the ".Length..], accepted, countries) is { } fallback)
                accepted[i] = description with { Fallback = fallback with { Span = description.Span, Role = description.Role } };
            // "India will send 800 soldiers, an army spokesman said": an unnamed spokesperson of a service or a ministry
            // speaks for the sentence's country's (the Indian Army), as "a UN spokesman" speaks for the United Nations.
            else if (accepted[i] is { IsPronoun: false, IsGroup: false, Country: null, RoleNoun: "spokesperson", Role: not CitationRole.Mentioned } voice
                && voice.Name.EndsWith(" spokesperson", StringComparison.Ordinal)
                && DescribedSource(voice.Name[..^" spokesperson".Length], accepted, countries) is { } office)
                accepted[i] = office with { Span = voice.Span, Role = voice.Role };
        if (unowned) accepted.RemoveAll(r => r.IsPronoun && r.Name.StartsWith("its ", StringComparison.Ordinal));
        return accepted.ToArray();
    }

    // The next run of capitalised words at or after `from` ("Korea Institute for Defense Analyses", "Lee Jae Myung"), which
    // may be a name no list knows: a capitalised word not glued to a word, an apostrophe or a hyphen before it, then one to
    // five more, each after white space and any name_connectors. (-1, -1) when there is none.
    private (int Start, int End) CapitalizedRun(string s, int from)
    {
        for (var p = from; p < s.Length; p++)
        {
            var next = s.AsSpan(p).IndexOfAnyInRange('A', 'Z');
            if (next < 0) break;
            p += next;
            if (p > 0 && (CueIndex.IsWordCharacter(s[p - 1]) || s[p - 1] is '\'' or '’' or '-')) continue;
            var e = CapitalizedWord(s, p);
            if (e < 0) continue;
            var words = 1;
            while (words <= 5 && FollowingWord(s, e) is var f and >= 0)
            {
                e = f;
                words++;
            }
            if (words > 1) return (p, e);
        }
        return (-1, -1);
    }

    // The end of the capitalised word after white space and any connectors from `at`, or -1.
    private int FollowingWord(string s, int at)
    {
        var p = SkipWhiteSpace(s, at);
        if (p == at) return -1;
        while (AfterConnector(s, p) is var q and >= 0) p = q;
        return CapitalizedWord(s, p);
    }

    // Where the white space after a connector at `at` ends, or -1 when none is there.
    private int AfterConnector(string s, int at)
    {
        foreach (var connector in nameConnectors)
            if (at + connector.Length < s.Length && string.CompareOrdinal(s, at, connector, 0, connector.Length) == 0 && char.IsWhiteSpace(s[at + connector.Length]))
                return SkipWhiteSpace(s, at + connector.Length);
        return -1;
    }

    // The end of a capitalised word at `at` ("Kim", "Seong-kweun", "O'Neil", "Al-Hassan"), or -1: a capital, one or more
    // letters, then maybe a hyphen or an apostrophe before another capitalised word, or a hyphen before lower-case letters.
    private static int CapitalizedWord(string s, int at)
    {
        if (at >= s.Length || !char.IsAsciiLetterUpper(s[at])) return -1;
        var e = at + 1;
        while (e < s.Length && char.IsAsciiLetter(s[e])) e++;
        if (e == at + 1) return -1;
        if (e + 2 < s.Length && s[e] is '-' or '\'' or '’' && char.IsAsciiLetterUpper(s[e + 1]) && char.IsAsciiLetter(s[e + 2]))
        {
            var f = e + 2;
            while (f < s.Length && char.IsAsciiLetter(s[f])) f++;
            return f;
        }
        if (e + 1 < s.Length && s[e] == '-' && char.IsAsciiLetterLower(s[e + 1]))
        {
            var f = e + 1;
            while (f < s.Length && char.IsAsciiLetterLower(s[f])) f++;
            return f;
        }
        return e;
    }

    // The titles in s, as titles.Find(s) gives them. The cue words hold the titles, so where the cue matcher found no
    // other phrase in which a title could start, its title matches are the title matcher's, and it need not walk s again.
    private IReadOnlyList<PhraseMatch> Titles(string s, IReadOnlyList<PhraseMatch> cueHits)
    {
        List<PhraseMatch>? found = null;
        for (var i = 0; i < cueHits.Count;)
        {
            // A phrase of several lists is one match per list, one after the other.
            var (span, title) = (cueHits[i].Span, -1);
            var j = i;
            for (; j < cueHits.Count && cueHits[j].Span == span; j++)
                if (cueHits[j].Label == "titles") title = j;
            if (title >= 0) (found ??= []).Add(cueHits[title]);
            else if (MayStartTitle(s, span)) return titleStarts.In(s, 0, s.Length) is var from and >= 0 ? titles.Find(s, from, s.Length) : [];
            i = j;
        }
        return found ?? (IReadOnlyList<PhraseMatch>)[];
    }

    // Whether a title may start at a token of `span`: the token is the first token of one.
    private bool MayStartTitle(string s, TextSpan span)
    {
        for (var at = span.Start; PhraseMatcher.NextToken(s, at, span.End) is var (from, to) && from >= 0; at = to)
            if (titleFirstTokens.Contains(PhraseMatcher.Normalized(s.AsSpan(from, to - from)))) return true;
        return false;
    }

    private static readonly Comparison<SourceRef> ByStart = (a, b) => a.Span.Start.CompareTo(b.Span.Start);

    // Whether candidate x comes before candidate y: lower priority, then the longer span, then the one found first.
    private static bool Before(List<Candidate> candidates, int x, int y)
    {
        var (a, b) = (candidates[x], candidates[y]);
        return a.Priority != b.Priority ? a.Priority < b.Priority
            : a.Ref.Span.Length != b.Ref.Span.Length ? a.Ref.Span.Length > b.Ref.Span.Length
            : x < y;
    }

    // An unknown name (priority 4) is a source only where the text cites it; so is any reading equal to one.
    private static bool IsUnknownName(List<Candidate> candidates, SourceRef reference)
    {
        foreach (var c in candidates)
            if (c.Priority == 4 && (ReferenceEquals(c.Ref, reference) || c.Ref.Equals(reference))) return true;
        return false;
    }

    private static bool IsMatched(IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches, TextSpan span)
    {
        foreach (var g in gazetteerMatches)
            if (g.Span == span) return true;
        return false;
    }

    private static bool StartsAt(List<CountryName> countries, int at)
    {
        foreach (var c in countries)
            if (c.Span.Start == at) return true;
        return false;
    }

    private bool HasInterceptionCue(string s, IReadOnlyList<PhraseMatch> cueHits)
    {
        foreach (var h in cueHits)
            if (h.Label == "cue_words" && s.AsSpan(h.Span.Start, h.Span.Length).Equals("interception", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    // A title that runs on past `end` ("his army chief"): the description ends inside a person's title, not at a speaker.
    private static bool InLongerTitle(int end, IReadOnlyList<PhraseMatch> titleHits)
    {
        foreach (var title in titleHits)
            if (title.Span.Start < end && title.Span.End > end) return true;
        return false;
    }

    // What a description stands for when no source named before it fits: the sentence's country's ("the spy agency" where
    // South Korean lawmakers speak: South Korea's, the National Intelligence Service; "the interior ministry" in a sentence
    // on Kenya: the Kenyan Interior Ministry; "the Army": the Indian Army). The country is that of a source the sentence
    // cites, else the first the sentence names; null when there is none or the description names nothing it can build.
    private SourceRef? DescribedSource(string what, List<SourceRef> accepted, List<CountryName> countries)
    {
        var country = accepted.FirstOrDefault(r => r is { IsPronoun: false, IsCited: true, Country: not null } && r.Kind != SourceKind.Outlet)?.Country
            ?? countries.FirstOrDefault(c => c.Country is not null).Country;
        if (country is null) return null;
        var adjective = countryWords.Adjective(country);
        if (gazetteer.TryResolveSpelling($"{adjective} {what}", out var known) && known.Country == country)
            return new SourceRef(default, known.Name, known.Kind, known.Country, CitationRole.Mentioned, RoleNounOf(known), AlwaysCited: known.IsAlwaysCited);
        // A minister speaks for the ministry ("the defence minister": the defence ministry), as its spokesperson does.
        if (what.EndsWith(" minister", StringComparison.OrdinalIgnoreCase)) what = what.ToLowerInvariant()[..^"minister".Length] + "ministry";
        if (ministries.Find(what, 0, what.Length) is [{ } ministry] && ministry.Span.Length == what.Length)
        {
            var name = ministryNames[ministry.Label];
            var kind = name.StartsWith("Defen", StringComparison.OrdinalIgnoreCase) ? SourceKind.Military : SourceKind.Government;
            return new SourceRef(default, $"{adjective} {name}", kind, country, CitationRole.Mentioned, "ministry");
        }
        if (armedServices.TryGetValue(what, out var service))
            return new SourceRef(default, $"{adjective} {service}", SourceKind.Military, country, CitationRole.Mentioned, "military");
        return null;
    }

    // The countries named in a sentence ("Seoul", "North Korean", "Russia's"), from the countries layer, and the group
    // adjectives ("Western"), in order; spans are the sentence's offsets.
    private List<CountryName> Countries(string s, int sentenceStart, IReadOnlyList<CountryMention> mentions, List<CountryName> found)
    {
        found.Clear();
        foreach (var m in mentions)
        {
            var name = s.AsSpan(m.Name.Start - sentenceStart, m.Name.Length);
            found.Add(new CountryName(new TextSpan(m.Span.Start - sentenceStart, m.Span.End - sentenceStart), m.Country.Name, m.Possessive,
                IsNormal(name) ? demonymWords.Contains(name) : demonyms.Contains(Normalize(name.ToString())), false));
        }
        if (groupAdjectiveStarts.In(s, 0, s.Length) is not (>= 0 and var from)) return found;
        foreach (var hit in groupAdjectives.Find(s, from, s.Length))
        {
            var span = hit.Span;
            // A country's name that is also a group's adjective ("US") is both; a country's name holding one is not.
            var (start, end) = (sentenceStart + span.Start, sentenceStart + span.End);
            if (mentions.Any(m => m.Name.Start == start && m.Name.End == end))
            {
                var same = found.FindIndex(c => c.Span.Start == span.Start);
                found[same] = found[same] with { IsGroupAdjective = true };
                continue;
            }
            if (mentions.Any(m => m.Name.Start <= start && start < m.Name.End)) continue;
            // Not after a letter or a dot ("U.S.S.R."); not before a letter, but for a possessive ("Western's").
            if (span.Start > 0 && (IsWord(s[span.Start - 1]) || s[span.Start - 1] == '.')) continue;
            var possessive = 0;
            if (span.End < s.Length && s[span.End] is '\'' or '’')
                possessive = span.End + 1 < s.Length && s[span.End + 1] == 's' && (span.End + 2 == s.Length || !IsWord(s[span.End + 2])) ? 2
                    : span.End + 1 == s.Length || !IsWord(s[span.End + 1]) ? 1 : 0;
            if (span.End + possessive < s.Length && IsWord(s[span.End + possessive])) continue;
            var at = found.FindIndex(c => c.Span.Start > span.Start);
            found.Insert(at < 0 ? found.Count : at, new CountryName(new TextSpan(span.Start, span.End + possessive), null, possessive > 0, false, true));
        }
        return found;
    }

    // The adjective right before position `at` (white space between), not before `from`: "South Korean" in "South Korean lawmakers".
    private static CountryName? AdjectiveBefore(List<CountryName> countries, string s, int at, int from)
    {
        foreach (var c in countries)
            if (c.Span.Start >= from && c.Span.End < at && IsAdjectiveOfGroup(c, s) && IsWhiteSpace(s, c.Span.End, at)) return c;
        return null;
    }

    // "Russia's" stands before a group or a title; "Russia'" (a bare apostrophe) does not.
    private static bool IsAdjectiveOfGroup(CountryName c, string s) =>
        c.IsDemonym || c.IsGroupAdjective || (c.Possessive && s[c.Span.End - 1] == 's');

    // Groups: "the senior South Korean military officials". Spans are the sentence's offsets.
    // Two adjectives joined by "and" share the head ("U.S. and South Korean officials"): the first group spans both, the
    // second is its partner.
    // Each is a candidate of priority 2, or 1 when it holds a gazetteer name ("A Ukrainian intelligence official": the
    // group, not the service it names, when it is cited).
    private void Groups(string s, int start, List<CountryName> countries, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches,
        List<Candidate> candidates)
    {
        var from = 0;
        CountryName? pending = null;
        Span<int> stops = stackalloc int[4];
        foreach (var adjective in countries)
        {
            if (adjective.Span.Start < from || !IsAdjectiveOfGroup(adjective, s)) continue;
            var p = SkipWhiteSpace(s, adjective.Span.End);
            if (p == adjective.Span.End) continue;
            var first1 = pending is { } a && SkipWhiteSpace(s, a.Span.End) is var and && WordEnd(s, and) is var andEnd && s.AsSpan(and, andEnd - and) is "and"
                && SkipWhiteSpace(s, andEnd) == adjective.Span.Start ? a : (CountryName?)null;
            pending = null;
            if (WordEnd(s, p) is var pe && s.AsSpan(p, pe - p) is "and" && SkipWhiteSpace(s, pe) is var q && q > pe
                && HasPartner(countries, s, q, adjective.Country))
            {
                pending = adjective;
                continue;
            }
            // Up to three modifiers, then the head: as many modifiers as leave a head after them.
            stops[0] = p;
            var count = 1;
            while (count <= 3 && PhraseAt(s, stops[count - 1], groupModifierTable) is var m and > 0 && SkipWhiteSpace(s, m) is var next && next > m) stops[count++] = next;
            int? head = null;
            var k = count - 1;
            for (; k >= 0 && head is null; k--) head = WordAt(s, stops[k], groupHeadWords);
            if (head is not { } headEnd) continue;
            var headStart = stops[k + 1];
            // What may come before the adjective: "the", "a", "several", then "senior", "top", "unnamed"…
            var first = (first1 ?? adjective).Span.Start;
            while (TryWordBefore(s, first, from, out var w, out var ws) && leadingModifierWords.Contains(w)) first = ws;
            if (TryWordBefore(s, first, from, out var d, out var ds) && determinerWords.Contains(d) && (ds == 0 || !IsWord(s[ds - 1]))) first = ds;
            from = headEnd;
            var (headWord, mods) = (s[headStart..headEnd].ToLowerInvariant(), s[stops[0]..headStart]);
            var own = GroupRef(new TextSpan(start + (first1 is null ? first : adjective.Span.Start), start + headEnd), s[adjective.Span.Start..adjective.Span.End], adjective.Country, headWord, mods);
            var (group, partner) = first1 is { } leading
                ? (GroupRef(new TextSpan(start + first, start + headEnd), s[leading.Span.Start..leading.Span.End], leading.Country, headWord, mods), own)
                : (own, null);
            var holdsName = false;
            foreach (var g in gazetteerMatches)
                holdsName |= g.Span.Start >= group.Span.Start && g.Span.End <= group.Span.End && g.Span.Length < group.Span.Length;
            candidates.Add(new(holdsName ? 1 : 2, group) { CitedOnly = holdsName, Partner = partner });
        }
    }

    // "U.S. and South Korean": another country's adjective at q.
    private static bool HasPartner(List<CountryName> countries, string s, int q, string? country)
    {
        foreach (var c in countries)
            if (c.Span.Start == q && c.Country != country && IsAdjectiveOfGroup(c, s)) return true;
        return false;
    }

    // "he", "she", "they"; "the agency", "the spy agency", "the think tank". Spans are the sentence's offsets.
    // Candidates of priority 5, cited only where the text cites them.
    private void Pronouns(string s, int start, List<Candidate> candidates)
    {
        // From one place a pronoun or "the" may be to the next (see FirstWords).
        for (var i = 0; i < s.Length && pronounStarts.In(s, i, s.Length) is var next and >= 0; i++)
        {
            i = next;
            if (!IsWord(s[i]) || (i > 0 && IsWord(s[i - 1]))) continue;
            var j = i;
            while (j < s.Length && IsWord(s[j])) j++;
            if (j - i > 1 && char.IsLower(s[i + 1]) && IsPronoun(s, i, j))
            {
                AddPronoun(candidates, new TextSpan(start + i, start + j), s[i..j].ToLowerInvariant());
                i = j;
                continue;
            }
            // "its defence minister", "the country's army": the description after the possessive is the sentence's country's.
            var owned = possessives.Contains(s.AsSpan(i, j - i));
            if (s.AsSpan(i, j - i) is "the" or "The" && SkipWhiteSpace(s, j) is var o && o > j && WordEnd(s, o) is var oe && oe < s.Length && s[oe] is '\'' or '’'
                && oe + 1 < s.Length && s[oe + 1] == 's' && possessors.Contains(s.AsSpan(o, oe + 2 - o)))
                (owned, j) = (true, oe + 2);
            if ((owned || s.AsSpan(i, j - i) is "the" or "The") && SkipWhiteSpace(s, j) is var p && p > j)
            {
                var nounEnd = PhraseAt(s, p, descriptionNouns, wholeWord: true);
                if (WordEnd(s, p) is var m && descriptionModifierWords.Contains(s.AsSpan(p, m - p)) && SkipWhiteSpace(s, m) is var q && q > m && PhraseAt(s, q, descriptionNouns, wholeWord: true) is var afterModifier and > 0)
                    nounEnd = afterModifier;
                if (nounEnd > 0)
                {
                    AddPronoun(candidates, new TextSpan(start + i, start + nounEnd), (owned ? "its " + Normalize(s[p..nounEnd]) : Normalize(s[i..nounEnd])).ToLowerInvariant());
                    i = nounEnd;
                    continue;
                }
            }
            i = j;
        }
    }

    private static void AddPronoun(List<Candidate> candidates, TextSpan span, string p)
    {
        var noun = p is "he" or "she" ? "person" : p == "they" ? "they" : Singular(p[(p.LastIndexOf(' ') + 1)..]);
        candidates.Add(new(5, new SourceRef(span, p, SourceKind.Other, null, CitationRole.Mentioned, noun, IsPronoun: true)));
    }

    // s[i..j] is a pronoun, its first letter in either case: "he", "She".
    private bool IsPronoun(string s, int i, int j)
    {
        foreach (var pronoun in pronouns)
            if (pronoun.Length == j - i && char.ToLowerInvariant(s[i]) == pronoun[0] && s.AsSpan(i + 1, j - i - 1).SequenceEqual(pronoun.AsSpan(1))) return true;
        return false;
    }

    // "BERLIN (AP) —", "WASHINGTON, Sept. 3 (Xinhua) --": a city in capitals, the outlet in brackets, a dash. The
    // span of the outlet's name, in the sentence.
    private static TextSpan? Dateline(string s)
    {
        var open = s.IndexOf('(');
        if (open <= 0 || open > 60) return null;
        var close = s.IndexOf(')', open);
        if (close < 0 || close - open > 40 || SkipWhiteSpace(s, close + 1) is var dash && (dash >= s.Length || s[dash] is not ('—' or '–' or '-'))) return null;
        var (from, to) = (SkipWhiteSpace(s, open + 1), close);
        while (to > from && char.IsWhiteSpace(s[to - 1])) to--;
        if (to == from || !char.IsUpper(s[from])) return null;
        // The city in capitals ("BERLIN", "NEW YORK, UN"), or in title case before an agency's initials
        // ("Freetown Sierra Leone (PANA) --").
        var capitals = 0;
        var i = 0;
        for (; i < open && (char.IsUpper(s[i]) || s[i] is ' ' or '-' or '.'); i++)
            if (char.IsUpper(s[i])) capitals++;
        if (capitals >= 3 && s[i] is ',' or '(' or ' ') return new TextSpan(from, to);
        var titleCase = open <= 40 && s[..open].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
        return titleCase && IsAcronym(s.AsSpan(from, to - from)) ? new TextSpan(from, to) : null;
    }

    // Words in capitals, two to six letters ("UNN", "JNIM"), which may name an outlet or a group no list knows.
    private void Acronyms(string s, int start, List<Candidate> candidates)
    {
        // From capital to capital: an acronym starts with one.
        for (var i = 0; i < s.Length && s.AsSpan(i).IndexOfAnyInRange('A', 'Z') is var next and >= 0; i++)
        {
            i += next;
            if (i > 0 && (IsWord(s[i - 1]) || s[i - 1] is '.' or '-' or '\'' or '’')) continue;
            var j = WordEnd(s, i);
            if (j - i is >= 2 and <= 6 && IsAcronym(s.AsSpan(i, j - i)) && (j == s.Length || s[j] != '-' && !(s[j] == '.' && j + 1 < s.Length && IsWord(s[j + 1]))) && !notNameWords.Contains(s.AsSpan(i, j - i)))
                candidates.Add(new(4, new SourceRef(new TextSpan(start + i, start + j), s[i..j], SourceKind.Other, null, CitationRole.Mentioned, null)));
            i = j;
        }
    }

    // "the head of Ukraine's …", "envoy to the …": the name at `at` follows an office word and a link.
    private bool InJobTitle(string s, int at, IReadOnlyList<PhraseMatch> titleHits)
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
        if (!TryWordBefore(s, p, 0, out var link, out var linkStart) || !officeLinkWords.Contains(link)) return false;
        var e = linkStart;
        while (e > 0 && char.IsWhiteSpace(s[e - 1])) e--;
        foreach (var phrase in officePhrases)
        {
            if (e >= phrase.Length && string.Compare(s, e - phrase.Length, phrase, 0, phrase.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (e == phrase.Length || !IsWord(s[e - phrase.Length - 1])))
                return true;
        }
        return false;
    }

    private static bool IsAcronym(ReadOnlySpan<char> word) => word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'Z');

    // "experts estimate", "a military source told Reuters", "historians say": voices named by what they are.
    private void UnnamedSpeakers(string s, int start, List<Candidate> candidates)
    {
        for (var i = 0; i < s.Length && speakerStarts.In(s, i, s.Length) is var next and >= 0; i++)
        {
            i = next;
            if (!IsWord(s[i]) || (i > 0 && IsWord(s[i - 1]))) continue;
            var j = WordEnd(s, i);
            var qualified = qualifiedWords.Contains(s.AsSpan(i, j - i));
            if ((qualified || unnamedWords.Contains(s.AsSpan(i, j - i))) && (i == 0 || s[i - 1] is not ('-' or '\'' or '’')))
            {
                // The modifiers before it that say what kind of voice it is: "military", "senior intelligence".
                var first = i;
                var kept = new List<string>();
                var kind = SourceKind.Other;
                while (TryWordBefore(s, first, 0, out var w, out var ws) && (singleModifierWords.Contains(w) || VoiceKind(w) is not null))
                {
                    if (VoiceKind(w) is { } wordKind)
                    {
                        kept.Insert(0, w is "defence" ? "defense" : w.ToString());
                        // The most telling word decides: intelligence, then military, then government.
                        if (Rank(wordKind) < Rank(kind)) kind = wordKind;
                    }
                    first = ws;
                }
                // "analysts at the Institute for the Study of War": the institute speaks.
                var linked = SkipWhiteSpace(s, j) is var n && WordEnd(s, n) is var m && s[n..m] is "at" or "from" or "of" or "with";
                if (qualified && kept.Count == 0 || linked)
                {
                    // "an official told the paper": a description that Attribution resolves in the document (bare_voices).
                    if (!linked && bareVoiceWords.Contains(s.AsSpan(i, j - i)))
                        candidates.Add(new(5, new SourceRef(new TextSpan(start + first, start + j), "officials", SourceKind.Government, null, CitationRole.Mentioned, "official",
                            IsGroup: true, IsPronoun: true)));
                    i = j;
                    continue;
                }
                // A spokesperson is one voice ("defense ministry spokesperson"), as a country's is; the others a group.
                var spokesperson = spokespersonWords.Contains(s.AsSpan(i, j - i));
                var noun = spokesperson ? Singular(s[i..j]) : Plural(s[i..j]);
                if (kind == SourceKind.Other)
                    kind = noun is "officials" or "diplomats" or "spokesperson" ? SourceKind.Government
                        : noun is "commanders" or "officers" ? SourceKind.Military
                        : SourceKind.Other;
                candidates.Add(new(4, new SourceRef(new TextSpan(start + first, start + j), string.Join(' ', kept.Append(noun)), kind, null, CitationRole.Mentioned,
                    Singular(noun), IsGroup: !spokesperson)) { CitedOnly = true });
            }
            i = j;
        }
    }

    // "mission", "peacekeeping mission" at h..e (moved to the unit's noun): a unit that speaks for its organisation
    // (organisation_units, after at most one unit_modifiers word). Leaves h..e alone when there is none.
    private bool UnitAt(string s, ref int h, ref int e)
    {
        if (organisationUnitWords.Contains(s.AsSpan(h, e - h))) return true;
        if (!unitModifierWords.Contains(s.AsSpan(h, e - h)) || SkipWhiteSpace(s, e) is var h2 && h2 == e || WordEnd(s, h2) is var e2 && e2 == h2
            || !organisationUnitWords.Contains(s.AsSpan(h2, e2 - h2))) return false;
        (h, e) = (h2, e2);
        return true;
    }

    // The kind of unnamed voice a word before it names ("naval officer": military), or null (voice_*_words in reporting.json).
    private SourceKind? VoiceKind(ReadOnlySpan<char> word) =>
        voiceIntelligenceWords.Contains(word) ? SourceKind.Intelligence
        : voiceMilitaryWords.Contains(word) ? SourceKind.Military
        : voiceGovernmentWords.Contains(word) ? SourceKind.Government
        : null;

    private static int Rank(SourceKind kind) => kind switch { SourceKind.Intelligence => 0, SourceKind.Military => 1, SourceKind.Government => 2, _ => 3 };

    // "according to an intelligence assessment", "according to the mission's plan": a statement or a document that
    // says what it is, when no one is named as its author. Spans are the sentence's offsets.
    // A statement speaks ("according to an intelligence assessment"); it is never told anything.
    private void Documents(string s, int start, IReadOnlyList<PhraseMatch> cueHits, List<Candidate> candidates)
    {
        foreach (var hit in cueHits)
        {
            if (hit.Label is not ("statement_nouns" or "document_nouns") || !char.IsLower(s[hit.Span.Start]) || spokespersonNouns.Contains(s[hit.Span.Start..hit.Span.End])) continue;
            // An author after it speaks instead: "estimates from the Pentagon".
            if (SkipWhiteSpace(s, hit.Span.End) is var n && WordEnd(s, n) is var e && statementLinks.Contains(s[n..e])) continue;
            var first = hit.Span.Start;
            var kind = SourceKind.Other;
            while (true)
            {
                var e2 = first;
                while (e2 > 0 && char.IsWhiteSpace(s[e2 - 1])) e2--;
                var b2 = e2;
                while (b2 > 0 && (char.IsAsciiLetterLower(s[b2 - 1]) || s[b2 - 1] is '\'' or '’' or '-')) b2--;
                if (e2 == first || b2 == e2) break;
                var word = s[b2..e2];
                var possessive = word.Length > 2 && word[^1] == 's' && word[^2] is '\'' or '’';
                if (!possessive && !documentModifiers.Contains(word)) break;
                if (word == "intelligence") kind = SourceKind.Intelligence;
                else if (kind == SourceKind.Other && word is "military" or "defense" or "defence") kind = SourceKind.Military;
                first = b2;
                if (possessive) break;
            }
            if (first == hit.Span.Start) continue;
            candidates.Add(new(4, new SourceRef(new TextSpan(start + first, start + hit.Span.End), Normalize(s[first..hit.Span.End]).Replace('’', '\''), kind, null,
                CitationRole.Mentioned, null)) { CitedOnly = true, SpeakerOnly = true });
        }
    }

    // "Romania's Defense Ministry", "the Polish defence ministry", "the Ministry of Defence in London": a ministry of a
    // country the lexicon knows, named "<first demonym> <canonical name>" ("British Defense Ministry").
    private void Ministries(string s, int start, List<CountryName> countries, List<Candidate> candidates)
    {
        if (ministryStarts.In(s, 0, s.Length) is not (>= 0 and var first)) return;
        foreach (var hit in ministries.Find(s, first, s.Length))
        {
            if (hit.Span.Start > 0 && IsWord(s[hit.Span.Start - 1]) || hit.Span.End < s.Length && IsWord(s[hit.Span.End])) continue;
            var (from, to) = (hit.Span.Start, hit.Span.End);
            string? country = null;
            if (AdjectiveBefore(countries, s, hit.Span.Start, 0) is { Country: { } before } adjective)
                (country, from) = (before, adjective.Span.Start);
            else if (SkipWhiteSpace(s, hit.Span.End) is var p && WordEnd(s, p) is var e && s[p..e] is "in" or "of"
                && countries.FirstOrDefault(c => c.Span.Start == SkipWhiteSpace(s, e) && c.Country is not null && !c.IsDemonym) is { Country: { } after } place)
                (country, to) = (after, place.Span.End);
            if (country is null) continue;
            var name = ministryNames[hit.Label];
            var kind = name.StartsWith("Defen", StringComparison.OrdinalIgnoreCase) ? SourceKind.Military : SourceKind.Government;
            candidates.Add(new(2, new SourceRef(new TextSpan(start + from, start + to), $"{countryWords.Adjective(country)} {name}", kind, country, CitationRole.Mentioned, "ministry")));
        }
    }

    private static string Plural(string noun) => noun switch
    {
        "spokesman" or "spokeswoman" or "spokesperson" => "spokespersons",
        _ when noun.EndsWith('s') => noun,
        _ => noun + "s",
    };

    private static bool Overlaps(List<SourceRef> accepted, TextSpan span)
    {
        foreach (var a in accepted)
            if (a.Span.Start < span.End && span.Start < a.Span.End) return true;
        return false;
    }

    // The text before the first space, as Split(' ')[0] gives it.
    private static string FirstWord(string s) => s.IndexOf(' ') is var i and >= 0 ? s[..i] : s;

    // cueAfter: whether a cue word (of any list) ends after the name; every verb the after-patterns need is one.
    private CitationRole Role(string text, string s, int start, int end, TextSpan span, IReadOnlyList<PhraseMatch> titleHits, List<CountryName> countries, bool headline,
        bool cueAfter, bool titledPerson = false, bool person = false)
    {
        // Spans, not substrings: the regexes read the same characters, and nothing is copied.
        var before = text.AsSpan(start, span.Start - start);
        var after = text.AsSpan(span.End, end - span.End);
        // "Pentagon: 2,000 more troops…": a headline opens with its speaker and a colon (a dateline, "TEL AVIV:", does not).
        if (headline && after.Length > 1 && after[0] == ':' && char.IsWhiteSpace(after[1]) && before.TrimStart("\"“‘' ").IsEmpty
            && !(text.AsSpan(span.Start, span.Length).Contains(' ') && !text.AsSpan(span.Start, span.Length).ContainsAnyInRange('a', 'z')))
            return CitationRole.Speaker;
        if (EndsInWhiteSpace(before))
        {
            // "statements from President Vladimir Putin": the title belongs to the name.
            var at = span.Start - start;
            foreach (var title in titleHits)
                if (title.Span.End < at && IsWhiteSpace(text, start + title.Span.End, span.Start))
                {
                    var from = AdjectiveBefore(countries, s, title.Span.Start, 0) is { } adjective ? adjective.Span.Start : title.Span.Start;
                    before = before[..from];
                    break;
                }
        }
        if (EndsInWhiteSpace(before) && RoleBefore(before, after) is { } cited) return cited;
        // "according to the army's top commander, General Ivan Petrenko, …": a person set off by commas after the title
        // that says who they are is cited by the words before that title.
        var head = person ? ApposedTitleStart(before, titleHits) : -1;
        var apposed = head >= 0;
        if (apposed)
            for (var cut = head; head - cut <= 40;)
            {
                if (EndsInWhiteSpace(before[..cut]) && RoleBefore(before[..cut], after) is { } role) return role;
                // Back over the head's determiner and modifiers ("the", "his", "Ukraine's top"), never into another clause.
                if (WordStartBefore(before, cut) is not (>= 0 and var previous) || before[previous..cut].TrimEnd().IndexOfAny(",.;:()\"“”") >= 0) break;
                cut = previous;
            }
        if (cueAfter && ((MaySpeakAfter(after) && (SpeaksRightAfter(after) || speakerAfter.IsMatch(after))) || statementAfter.IsMatch(after))) return CitationRole.Speaker;
        // "the commanding officer, Colonel D Jyotish, told ANI": a titled person set off by commas speaks through the verb after them.
        if (cueAfter && (titledPerson || apposed) && after.Length > 1 && after[0] == ',' && before.TrimEnd().EndsWith(',') && MaySpeakAfter(after[1..]) && speakerAfter.IsMatch(after[1..]))
            return CitationRole.Speaker;
        return CitationRole.Mentioned;
    }

    // The role the before-patterns give a name that `before` (ending in white space) leads to, or null.
    private CitationRole? RoleBefore(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        // The before-patterns end in a word and white space (and an optional "the"): the last three words tell
        // which of them can match.
        var w1 = WordBefore(before, before.Length, out var b1);
        var w2 = WordBefore(before, b1, out var b2);
        var w3 = WordBefore(before, b2, out _);
        var the = w1.Equals("the", StringComparison.OrdinalIgnoreCase);
        if (EndsWith(informantEnds, w1, w2, the) && MayEnd(informantLeads, InformantNeedles, before, w2, w3, the) && informantBefore.IsMatch(before)) return CitationRole.Informant;
        if (EndsWith(audienceEnds, w1, w2, the) && audienceBefore.IsMatch(before)) return CitationRole.Audience;
        if (EndsWith(speakerEnds, w1, w2, the) && MayEnd(speakerLeads, SpeakerNeedles, before, w2, w3, the) && speakerBefore.IsMatch(before)) return CitationRole.Speaker;
        // "…, said the agency", "…, told Yonhap the official", "…, said a senior naval officer".
        var determiner = the || w1 is "a" or "an";
        if ((EndsWith(invertedEnds, w1, w2, determiner) || w2 is "told" || (determiner && w3 is "told")) && ClauseEnds(after) && invertedBefore.IsMatch(before)) return CitationRole.Speaker;
        return null;
    }

    // Where the title phrase starts that a name set off by a comma stands in apposition to ("the army chief, " in "the army
    // chief, Ivan Petrenko,"): the first title in the clause before the comma; -1 when `before` does not end in a comma
    // after one.
    private static int ApposedTitleStart(ReadOnlySpan<char> before, IReadOnlyList<PhraseMatch> titleHits)
    {
        var trimmed = before.TrimEnd();
        if (trimmed is not [.., ',']) return -1;
        var comma = trimmed.Length - 1;
        var clause = trimmed[..comma].LastIndexOfAny(",.;:(\"“") + 1;
        foreach (var title in titleHits)
            if (title.Span.Start >= clause && title.Span.End <= comma) return title.Span.Start;
        return -1;
    }

    // The start of the run of non-white-space before `at` (white space between), or -1 when there is none.
    private static int WordStartBefore(ReadOnlySpan<char> text, int at)
    {
        var e = at;
        while (e > 0 && char.IsWhiteSpace(text[e - 1])) e--;
        var wordStart = e;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1])) wordStart--;
        return wordStart < e ? wordStart : -1;
    }

    // Whether speaker_after can match at the start of `after`: it opens with "(" or "," (white space before them or not), or
    // with white space and one of its openers. Most names are followed by other words, and the pattern is not run.
    private bool MaySpeakAfter(ReadOnlySpan<char> after)
    {
        if (speakerAfterOpeners is not { } openers) return true;
        var i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        if (i < after.Length && after[i] is '(' or ',') return true;
        if (i == 0 || i == after.Length) return false;
        var j = i + LetterRun(after[i..], 0);
        return j > i && openers.Contains(after[i..j]);
    }

    // speaker_after's commonest match, found without running it: white space, a reporting verb of one word, and no word
    // character after it ("Kim said", "the ministry told"). False says nothing: the pattern decides.
    private bool SpeaksRightAfter(ReadOnlySpan<char> after)
    {
        var i = 0;
        while (i < after.Length && char.IsWhiteSpace(after[i])) i++;
        if (i == 0) return false;
        var n = LetterRun(after[i..], 0);
        return n > 0 && oneWordVerbs.Contains(after.Slice(i, n)) && (i + n == after.Length || !CueIndex.IsWordCharacter(after[i + n]));
    }

    // The length of the run of letters at `at`.
    private static int LetterRun(ReadOnlySpan<char> s, int at)
    {
        var j = at;
        while (j < s.Length && char.IsLetter(s[j])) j++;
        return j - at;
    }

    // The name closes its clause: nothing, or a punctuation mark, follows it.
    private static bool ClauseEnds(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart();
        return rest.Length == 0 || rest[0] is ',' or '.' or ';' or ':' or '!' or '?' or '”' or '"';
    }

    private static bool EndsWith(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words, ReadOnlySpan<char> last, ReadOnlySpan<char> beforeLast, bool lastIsThe) =>
        words.Contains(last) || (lastIsThe && words.Contains(beforeLast));

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

    private static bool EndsInWhiteSpace(ReadOnlySpan<char> text) => text.Length > 0 && char.IsWhiteSpace(text[^1]);

    // The word (a run of what a regex's \w matches) that ends before `at`, skipping anything else first, and where it starts.
    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int at, out int start)
    {
        var e = at;
        while (e > 0 && !CueIndex.IsWordCharacter(text[e - 1])) e--;
        start = e;
        while (start > 0 && CueIndex.IsWordCharacter(text[start - 1])) start--;
        return text[start..e];
    }

    private SourceRef Person(TextSpan span, string name, string title, string? country)
    {
        var roleNoun = Singular(title.Split(' ')[^1]);
        if (gazetteer.TryResolveSpelling(name, out var entry))
            return new SourceRef(span, entry.Name, entry.Kind, entry.Country ?? country, CitationRole.Mentioned, roleNoun, IsPerson: true, AlwaysCited: entry.IsAlwaysCited);
        var kind = expertTitles.Contains(roleNoun) ? SourceKind.Other
            : militaryTitles.Contains(roleNoun) ? SourceKind.Military
            : SourceKind.Official;
        return new SourceRef(span, Normalize(name), kind, country, CitationRole.Mentioned, roleNoun, IsPerson: true);
    }

    private SourceRef GroupRef(TextSpan span, string adjectiveText, string? country, string head, string mods)
    {
        var adjective = Normalize(adjectiveText);
        // Most groups have no modifiers ("North Korean troops"): nothing to split. An armed service keeps its name's
        // case ("Indian Army officials"); the kind words are lower case.
        var kept = mods.Length == 0 ? "" : KeptModifiers(mods);
        var plural = head switch
        {
            "official" => "officials", "lawmaker" or "legislator" or "legislators" => "lawmakers", "source" => "sources",
            "diplomat" => "diplomats", "spokesman" or "spokeswoman" => "spokesperson", "commander" => "commanders",
            "analyst" => "analysts", "expert" => "experts", "officer" => "officers",
            _ => head,
        };
        var kind = head == "intelligence" || kept.Contains("intelligence") ? SourceKind.Intelligence
            : head == "media" ? SourceKind.StateMedia
            : kept.Contains("military") || kept.Contains("defense") || kept.Any(char.IsUpper) || head is "military" or "army" or "forces" or "troops" or "soldiers" or "commanders" or "commander" or "officers" or "officer"
                ? SourceKind.Military
            : plural == "lawmakers" ? SourceKind.Official
            : plural is "sources" or "analysts" or "experts" ? SourceKind.Other
            : SourceKind.Government;
        var name = string.Join(' ', new[] { country is null ? adjective : countryWords.Adjective(country), kept, plural }.Where(p => p.Length > 0));
        return new SourceRef(span, name, kind, country, CitationRole.Mentioned, Singular(plural), IsGroup: true);
    }

    // The modifiers of a group that name it: "military", "defense", "intelligence" and an armed service ("Army", "Air Force").
    private string KeptModifiers(string mods)
    {
        var words = mods.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLowerInvariant();
            if (i + 1 < words.Length && armedServices.TryGetValue($"{lower} {words[i + 1].ToLowerInvariant()}", out var pair)) { kept.Add(pair); i++; }
            else if (lower is "military" or "defense" or "defence" or "intelligence") kept.Add(lower == "defence" ? "defense" : lower);
            else if (char.IsUpper(words[i][0]) && armedServices.TryGetValue(lower, out var service)) kept.Add(service);
        }
        return string.Join(' ', kept);
    }

    private static string? RoleNounOf(GazetteerEntry entry) => entry.Kind switch
    {
        SourceKind.Intelligence => "agency",
        SourceKind.Outlet => "outlet",
        SourceKind.StateMedia => "media",
        _ when entry.Name.Contains("Ministry", StringComparison.Ordinal) => "ministry",
        SourceKind.Military => "military",
        _ => null,
    };

    private static string Singular(string noun) => noun switch
    {
        "lawmakers" or "legislators" or "legislator" => "lawmaker",
        "officials" => "official",
        "spokesman" or "spokeswoman" or "spokesperson" => "spokesperson",
        "service" => "agency",
        "newspaper" or "broadcaster" => "outlet",
        _ when noun.EndsWith('s') && noun.Length > 3 && noun is not "forces" and not "authorities" and not "sources" and not "media" => noun[..^1],
        _ => noun,
    };

    // Token helpers: a word is a run of letters, digits and _ (what \w and \b see).
    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static int WordEnd(string s, int at)
    {
        while (at < s.Length && IsWord(s[at])) at++;
        return at;
    }

    private static int SkipWhiteSpace(string s, int at)
    {
        while (at < s.Length && char.IsWhiteSpace(s[at])) at++;
        return at;
    }

    private static bool IsWhiteSpace(string s, int from, int to)
    {
        if (to <= from) return false;
        for (var i = from; i < to; i++)
            if (!char.IsWhiteSpace(s[i])) return false;
        return true;
    }

    // The end of the head word at `at` when it is one of `words` (exactly, a whole word), else null.
    private static int? WordAt(string s, int at, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        WordEnd(s, at) is var e && e > at && words.Contains(s.AsSpan(at, e - at)) ? e : null;

    // The end of the longest phrase of `phrases` at `at` (words exactly, white space between), or 0. Without
    // wholeWord, a phrase's words are runs up to white space ("high-ranking"); with it, words end where \w does.
    private static int PhraseAt(string s, int at, PhraseTable table, bool wholeWord = false)
    {
        var best = 0;
        foreach (var phrase in table.At(s, at))
        {
            var p = at;
            var ok = true;
            for (var w = 0; w < phrase.Length && ok; w++)
            {
                if (w > 0)
                {
                    var q = SkipWhiteSpace(s, p);
                    if (q == p) { ok = false; break; }
                    p = q;
                }
                ok = string.CompareOrdinal(s, p, phrase[w], 0, phrase[w].Length) == 0 && p + phrase[w].Length <= s.Length;
                p += phrase[w].Length;
            }
            if (!ok) continue;
            if (wholeWord ? p < s.Length && IsWord(s[p]) : p < s.Length && !char.IsWhiteSpace(s[p])) continue;
            best = Math.Max(best, p);
        }
        return best;
    }

    // Phrases split into words, by their first character: PhraseAt compares only those that can start where it reads.
    private sealed class PhraseTable
    {
        private readonly Dictionary<char, string[][]> byFirst;
        // A phrase of no words matches anywhere: it is compared everywhere.
        private readonly string[][] empty;

        public PhraseTable(string[][] phrases)
        {
            byFirst = phrases.Where(p => p.Length > 0).GroupBy(p => p[0][0]).ToDictionary(g => g.Key, g => g.Concat(phrases.Where(e => e.Length == 0)).ToArray());
            empty = phrases.Where(p => p.Length == 0).ToArray();
        }

        public string[][] At(string s, int at) => at < s.Length && byFirst.TryGetValue(s[at], out var phrases) ? phrases : empty;
    }

    // The word (letters and hyphens) that ends right before the white space before `at`, and where it starts; null when
    // there is none at or after `from`.
    private static bool TryWordBefore(string s, int at, int from, out ReadOnlySpan<char> word, out int start)
    {
        word = [];
        start = at;
        var e = at;
        while (e > from && char.IsWhiteSpace(s[e - 1])) e--;
        if (e == at || e == from) return false;
        var b = e;
        while (b > from && (char.IsAsciiLetterLower(s[b - 1]) || s[b - 1] == '-')) b--;
        if (b == e) return false;
        word = s.AsSpan(b, e - b);
        start = b;
        return true;
    }

    internal static string Normalize(string s) =>
        IsNormal(s) ? s : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'');

    // Whether Normalize would give s back: single spaces between words, no other white space, no ’.
    private static bool IsNormal(ReadOnlySpan<char> s)
    {
        for (var i = 0; i < s.Length; i++)
            if (s[i] == '’' || (char.IsWhiteSpace(s[i]) && (s[i] != ' ' || i == 0 || i == s.Length - 1 || s[i - 1] == ' ')))
                return false;
        return true;
    }
}

namespace Analysis.Extraction;

using System.Text.RegularExpressions;
using Analysis.Vocabulary;

internal sealed partial class Attribution
{
    /// <summary>The words attribution reads, each cue from the lexicon list that <see cref="Of"/> names beside it.</summary>
    public sealed record Cues
    {
        /// <summary>The verbs that close a sentence after its figure ("…, lawmaker Park said."; <c>closing_verbs</c>).</summary>
        public required IReadOnlySet<string> Verbs { get; init; }

        /// <summary>The words that open a clause of circumstance after a closing verb ("…, reports said, as jets struck";
        /// <c>closing_tails</c>).</summary>
        public required IReadOnlySet<string> ClosingTails { get; init; }

        /// <summary>What may say who an unnamed voice is between it and its verb ("officials familiar with the plans said";
        /// <c>voice_postmodifiers</c>).</summary>
        public required string[] VoicePostmodifiers { get; init; }
        /// <summary>What may say who a closing voice is between it and the full stop, with no verb of its own ("…, according to
        /// lawmakers who attended", "according to lawmakers attending the hearing"; <c>closing_voice_postmodifiers</c>).</summary>
        public required string[] ClosingPostmodifiers { get; init; }
        /// <summary>The postmodifiers of a voice that take an object ("familiar with", "close to": voice_object_postmodifiers).</summary>
        public required string[] ObjectPostmodifiers { get; init; }

        /// <summary>A body's spokesperson titles ("Pentagon spokesman"; <c>body_spokesperson_ranks</c>).</summary>
        public required string[] SpokespersonRanks { get; init; }

        /// <summary>The words that join a spokesperson's title to the body after it ("spokesman for the army"; <c>spokesperson_body_links</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpokespersonBodyLinks { get; init; }

        /// <summary>Closing verbs whose audience may run long before the full stop ("told a closed-door session of …";
        /// <c>closing_audience_verbs</c>).</summary>
        public required IReadOnlySet<string> AudienceVerbs { get; init; }

        /// <summary>What opens a sentence on a count a possessive pronoun owns ("By his count, …"; <c>possessive_count_openers</c>,
        /// <c>possessive_determiners</c>, <c>possessive_count_nouns</c>).</summary>
        public required IReadOnlySet<string> PossessiveCountOpeners { get; init; }
        public required IReadOnlySet<string> PossessiveDeterminers { get; init; }
        public required IReadOnlySet<string> PossessiveCountNouns { get; init; }

        /// <summary>The words that open a clause of time ("when", "before", "after": <c>time_clause_openers</c>); a voice whose words
        /// are only that clause's does not speak for the main clause ("… had 1,500 troops when Macron announced their withdrawal").</summary>
        public required IReadOnlySet<string> TimeClauseOpeners { get; init; }

        /// <summary>The conjunctions that open a conceded clause at a sentence's start ("Although", "Though"; <c>concessive_clause_openers</c>).</summary>
        public required IReadOnlyList<string> ConcessiveOpeners { get; init; }

        /// <summary>What names, closing the sentence, the service whose estimate another voice of the sentence passed on ("according
        /// to", "as reported by"; <c>closing_origin_cues</c>).</summary>
        public required IReadOnlyList<string> ClosingOriginCues { get; init; }
        /// <summary>The last words of an "according to" source that reads numbers out and relays no one (<c>closing_estimate_nouns</c>).</summary>
        public required IReadOnlySet<string> ClosingEstimateNouns { get; init; }

        /// <summary>The conjunctions that open a contrast clause at a sentence's start ("While", "Whereas"; <c>contrast_clause_openers</c>):
        /// a voice inside one gives that clause's figure (Attribution.ContrastOpenings).</summary>
        public required IReadOnlyList<string> ContrastOpeners { get; init; }

        /// <summary>The breaks that open a later clause setting something against the figure's (", but ", ", while "; <c>contrast_clause_breaks</c>):
        /// a voice inside one says only that clause (Attribution.Clauses' OnlyLaterClausesSpeak).</summary>
        public required IReadOnlyList<string> ContrastBreaks { get; init; }

        /// <summary>The words that open a clause of time or circumstance after a voice's clause (", after", ", when"; <c>trailing_clause_subordinators</c>):
        /// a voice that speaks in one tells its own news, not the figure before it (Attribution.Chains' AsClauseVoice).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TrailingSubordinators { get; init; }

        /// <summary>The words that may come before a closing verb ("has", "also"; <c>closing_auxiliaries</c>).</summary>
        public required IReadOnlySet<string> Auxiliaries { get; init; }

        /// <summary><c>told_outlet_links</c>: the word after a verb of saying that takes the outlet told ("claimed to the BBC").</summary>
        public required IReadOnlySet<string> ToldOutletLinks { get; init; }

        /// <summary>Where a sentence turns to another clause (", while", ";"; <c>clause_breaks</c>).</summary>
        public required PhraseMatcher ClauseBreaks { get; init; }

        /// <summary>What opens a clause after a figure and its voice whose own voice speaks of something else (", as", ", which";
        /// <c>trailing_voice_links</c>).</summary>
        public required PhraseMatcher TrailingVoiceLinks { get; init; }

        /// <summary>A promise of the maker's own troops ("pledged to keep his country's 302 troops"; <c>promise_verbs</c>,
        /// <c>promised_acts</c>, <c>promised_count_fillers</c>).</summary>
        public required HashSet<string> PromiseVerbs { get; init; }
        public required HashSet<string> PromisedActs { get; init; }
        public required HashSet<string> PromisedCountFillers { get; init; }

        /// <summary>The last word of a country's description of an outlet ("Russian state media", "Russia's state news agency";
        /// <c>outlet_description_heads</c>).</summary>
        public required HashSet<string> OutletDescriptionHeads { get; init; }

        /// <summary>How a sentence refers back to the figure before it: at its start ("That is according to …";
        /// <c>back_reference_openers</c>) or anywhere ("… said the figure"; <c>figure_references</c>).</summary>
        public required PhraseMatcher BackReferences { get; init; }

        /// <summary>A statement's verb with an object that points back to what was told before ("Lee said so after a
        /// briefing", "the ministry reported this"; <c>back_reference_statements</c>), and the words after which it is a time
        /// instead ("said this week"; <c>back_reference_not_before</c>), or the news named again with the act that gave it out ("made the
        /// announcement", "the plan was announced"; <c>back_reference_acts</c>).</summary>
        public required PhraseMatcher BackStatements { get; init; }

        public required IReadOnlySet<string> BackStatementTimes { get; init; }
        /// <summary>The words that lead from a figure noun opening a sentence to who gave the figure out (<c>figure_giver_links</c>:
        /// "The figure was released by", "The estimate came from").</summary>
        public required IReadOnlySet<string> FigureGiverLinks { get; init; }
        /// <summary>Words that set a figure noun against another count (<c>figure_comparison_words</c>: "higher than estimates from").</summary>
        public required IReadOnlySet<string> FigureComparisonWords { get; init; }
        /// <summary>The verbs of a sentence that is only an attribution (<c>bare_attribution_verbs</c>: "The Pentagon said.").</summary>
        public required IReadOnlySet<string> BareAttributionVerbs { get; init; }
        /// <summary>What opens the time after a bare attribution's verb (<c>bare_attribution_time_openers</c>: "said on Monday").</summary>
        public required IReadOnlySet<string> BareAttributionTimeOpeners { get; init; }


        /// <summary>The words that make a description an intelligence body ("the spy agency";
        /// <c>description_intelligence_modifiers</c>).</summary>
        public required IReadOnlySet<string> IntelligenceModifiers { get; init; }

        /// <summary>The words that make a description an outlet ("the news agency"; <c>description_outlet_modifiers</c>).</summary>
        public required IReadOnlySet<string> OutletModifiers { get; init; }
        /// <summary>The description nouns that stand for a body named before ("the mission said", "the coalition said"), each with
        /// the ways it may name it (<c>description_noun_kinds</c>, noun=kind).</summary>
        public required ILookup<string, string> DescriptionNounKinds { get; init; }

        /// <summary>The countries, their names and adjectives ("North Korean troops").</summary>
        public required Countries Countries { get; init; }

        /// <summary>The writer's own hedges that cite no one ("is believed to"; <c>impersonal_hedges</c>).</summary>
        public required PhraseMatcher ImpersonalHedges { get; init; }

        /// <summary>The words that make a statement verb after them an adjective ("an estimated 200,000"; <c>participle_determiners</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticipleDeterminers { get; init; }

        /// <summary>What an owner plans rather than says ("the Kremlin's plan"; <c>plan_nouns</c>): its owner gives no figure.</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlanNouns { get; init; }

        /// <summary>The links that make a name the place of the speaker before it ("the UN mission in Mali said";
        /// <c>speaker_place_links</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PlaceLinks { get; init; }

        /// <summary>What makes a sentence that cites no one go on with the statement before it (<c>statement_verbs</c>,
        /// <c>continuation_links</c>: "accordingly"; <c>figure_part_links</c>: "of them"; <c>pronoun_links</c>: "according to him").</summary>
        public required PhraseMatcher Continuations { get; init; }

        /// <summary>What makes a sentence announce the statement after it (<c>release_verbs</c>, then <c>statement_nouns</c>
        /// or <c>released_things</c>: "gave new figures").</summary>
        public required PhraseMatcher Announcements { get; init; }

        /// <summary>The offices a heading names before its colon ("Kremlin spokesman:"; <c>office_words</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OfficeWords { get; init; }
        /// <summary>The words that join a speaker's description after a quotation ("the spokesman of the army,";
        /// <c>quoted_description_links</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DescriptionLinks { get; init; }
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DescribedHolders { get; init; }
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MilitaryRanks { get; init; }
        // Months and weekdays (calendar_names): a number beside one is a day ("On 12 May", "May 12"), no figure.
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarNames { get; init; }
        // "Mr.", "Dr": an honorific before a name, no part of it (apposed_honorifics).
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Honorifics { get; init; }
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles { get; init; }

        /// <summary>The labels before a heading's colon that name no speaker ("Explainer:"; <c>heading_labels</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadingLabels { get; init; }

        /// <summary>A person's particles between the capitalised words of a name ("Abdullah bin Zayed"; <c>uncounted_name_words</c>),
        /// and the last words that make capitalised words a body's, a place's or a paper's name, no person's ("Gaza City", "Defence
        /// Forces", "Kyiv Post": <c>not_person_words</c>, <c>organisation_heads</c>, <c>outlet_name_ends</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticles { get; init; }
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPersonEnds { get; init; }

        /// <summary>The first words that open no person's name ("Operation Midnight Hammer", "North Kivu"; <c>not_name_starts</c>,
        /// <c>not_person_starts</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotPersonStarts { get; init; }

        /// <summary>The people who relay a body's briefing (<c>briefed_roles</c>: "lawmaker") and the words of one (<c>briefing_words</c>).</summary>
        public required IReadOnlySet<string> BriefedRoles { get; init; }
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BriefingWords { get; init; }

        /// <summary>What a sentence that only tells when a speaker spoke says of him after his name or pronoun ("Lee was
        /// speaking after ...", "He spoke after ..."; <c>speaking_occasion_verbs</c>).</summary>
        public required IReadOnlyList<string[]> SpeakingOccasionVerbs { get; init; }

        /// <summary>The nouns of a count a possessive voice owns ("Pyongyang's own estimate of 350"; <c>possessed_estimate_nouns</c>).</summary>
        public required IReadOnlySet<string> PossessedEstimateNouns { get; init; }

        /// <summary>The verbs of a briefing an informant gave ("lawmakers briefed by the NIS"; <c>informed_by_verbs</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> InformedByVerbs { get; init; }

        /// <summary>The last words of the bodies that hear and pass nothing on ("told the Security Council"; <c>assembly_words</c>).</summary>
        public required IReadOnlySet<string> Assemblies { get; init; }

        /// <summary>Voices that a place does not give a country ("a diplomatic source in Washington"; <c>posted_voices</c>).</summary>
        public required IReadOnlySet<string> PostedVoices { get; init; }
        /// <summary>"foreign": the word before an unnamed voice that says it is another state's (other_state_voice_words).</summary>
        public required IReadOnlySet<string> OtherStateVoiceWords { get; init; }

        /// <summary>The nouns of an unnamed voice named again ("the source told Xinhua"; <c>anaphoric_voice_nouns</c>), after one of
        /// <c>anaphoric_articles</c>.</summary>
        public required IReadOnlySet<string> AnaphoricNouns { get; init; }

        /// <summary>The articles that name a voice again (<c>anaphoric_articles</c>).</summary>
        public required IReadOnlySet<string> AnaphoricArticles { get; init; }

        /// <summary>The verbs that refuse to speak ("declined to comment"; <c>refusal_leads</c>).</summary>
        public required IReadOnlySet<string> RefusalLeads { get; init; }

        /// <summary>A release named again as a sentence's subject ("The statement further claimed"; <c>anaphoric_release_nouns</c>,
        /// <c>anaphoric_release_adverbs</c>).</summary>
        public required IReadOnlySet<string> ReleaseNouns { get; init; }
        public required IReadOnlySet<string> ReleaseAdverbs { get; init; }

        /// <summary>What is announced, not said ("the partial mobilization announced by"; <c>announced_things</c>).</summary>
        public required IReadOnlySet<string> AnnouncedThings { get; init; }

        /// <summary>What may open a live entry's label before its voice ("More from Lee:"; <c>entry_label_openers</c>).</summary>
        public required IReadOnlyList<string> EntryOpeners { get; init; }

        /// <summary>The words that may follow the voice in a live entry's label ("Shoigu on Rossiya 24:"; <c>entry_label_links</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EntryLinks { get; init; }

        /// <summary>A transcript's labels in capitals that name a role, no person ("ANCHOR:", "REPORTER:"; <c>transcript_roles</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TranscriptRoles { get; init; }

        /// <summary>The titles of a whole statement ("Statement by …:"; <c>statement_titles</c> and <c>known_issuer_titles</c>).</summary>
        public required IReadOnlyList<string> StatementTitles { get; init; }

        /// <summary>The titles whose issuer speaks only where the kit knows it ("Communique of …"; <c>known_issuer_titles</c>).</summary>
        public required IReadOnlyList<string> KnownIssuerTitles { get; init; }

        /// <summary>The titles that end a release's first line after its issuer ("U.S. Northern Command news release";
        /// <c>statement_title_ends</c>).</summary>
        public required IReadOnlyList<string> StatementTitleEnds { get; init; }
        public required IReadOnlyList<string> DashedReleaseNouns { get; init; }

        /// <summary>What ends the issuer of a title with no colon: the addressee or the subject after it (" to ", " on ";
        /// <c>statement_title_cuts</c>).</summary>
        public required IReadOnlyList<string> StatementTitleCuts { get; init; }

        /// <summary>The prepositions that make a heading's name a place ("Kursk:" over "in the Kursk region";
        /// <c>place_prepositions</c>).</summary>
        public required IReadOnlyList<string> PlacePrepositions { get; init; }

        /// <summary>The words after a number with no noun of its own that break the figure before it down ("Some 6,400 are
        /// to return home"; <c>breakdown_verbs</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BreakdownVerbs { get; init; }

        /// <summary>The verbs in the present that keep a clause after a semicolon the writer's ("the Pentagon's aim is";
        /// <c>present_state_verbs</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> PresentStateVerbs { get; init; }

        /// <summary>The participles that add a figure to a force already there ("…, U.S. Northern Command said, joining the
        /// 2,000 …"; <c>background_participles</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BackgroundParticiples { get; init; }

        /// <summary>The links that open a clause dating a statement by another event ("…, Wasik said on Wednesday, a month after
        /// several hundred mercenaries …"; <c>trailing_time_links</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TrailingTimeLinks { get; init; }

        /// <summary>A conjunction that opens a clause of what happened meanwhile right after the comma that closes a voice's
        /// clause ("…, Claes said, as the country mourned 10 soldiers"; <c>trailing_clause_links</c>), and the words after it
        /// that make it no such clause ("as cited by", "as many as"; <c>trailing_clause_breaks</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TrailingClauseLinks { get; init; }
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TrailingClauseBreaks { get; init; }

        /// <summary>The words that end a closing person's affiliation as a clause or a second voice would ("…, according to Rep.
        /// Park of the ruling party, who …", "… and Rep. Lee"; <c>affiliation_breaks</c>).</summary>
        public required IReadOnlySet<string> AffiliationBreaks { get; init; }

        /// <summary>What figures named again do, where "they" stands for them and speaks for no one ("they suggest the toll ran
        /// to several hundred"; <c>figure_reading_verbs</c>).</summary>
        public required IReadOnlySet<string> FigureReadingVerbs { get; init; }

        /// <summary>What opens a page's sentence that introduces the release below it ("Following is the full text of a statement
        /// by …", "We reproduce here a communiqué of …"; <c>text_introductions</c>).</summary>
        public required IReadOnlyList<string> TextIntroductions { get; init; }

        /// <summary>The words of the time between a statement and the event its clause dates it by ("a month", "two days";
        /// <c>elapsed_time_words</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ElapsedTimeWords { get; init; }

        /// <summary>The words that open a relative clause set off between a speaker and its verb ("ATMIS, which has about 22,000
        /// soldiers, said"; <c>speaker_aside_openers</c>).</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeakerAsideOpeners { get; init; }

        /// <summary>What joins a coordinated clause (<c>coordinated_clause_openers</c>), the first words of its own subject and its
        /// finite verbs (<c>coordinated_subject_openers</c>, <c>coordinated_finite_verbs</c>), and the verbs of a voice that put a
        /// figure as a thing, not a clause, which govern no coordinated clause (<c>object_statement_verbs</c>).</summary>
        public required IReadOnlyList<string> CoordinatedOpeners { get; init; }
        public required IReadOnlyList<string> CompanionJoiners { get; init; }
        public required IReadOnlySet<string> CoordinatedSubjects { get; init; }
        public required IReadOnlySet<string> CoordinatedVerbs { get; init; }
        public required IReadOnlySet<string> ObjectStatementVerbs { get; init; }

        /// <summary>The nouns of what a voice gives out that may follow its name before the comma closing a fronted phrase
        /// ("According to Pentagon data, …"; <c>fronted_voice_tails</c>).</summary>
        public required IReadOnlySet<string> FrontedVoiceTails { get; init; }

        /// <summary>The verbs of a broadcaster that shows what it filmed ("state television showed about 100 soldiers
        /// marching"; <c>depiction_verbs</c>).</summary>
        public required IReadOnlySet<string> DepictionVerbs { get; init; }

        /// <summary>What a body gives out or writes (<c>statement_nouns</c>, <c>document_nouns</c>): "a Pentagon assessment obtained by
        /// The New York Times" is the Pentagon's voice, relayed by the paper.</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DocumentWords { get; init; }

        /// <summary>The nouns that make a heading's description before its colon a voice ("Kyiv's spies:", "US officials:"):
        /// <c>group_heads</c>, <c>description_nouns</c>, <c>unnamed_speakers</c>, <c>qualified_speakers</c>, <c>heading_voice_words</c>.</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HeadingVoices { get; init; }

        /// <summary>The verbs of a relay that cites its origin, relative ones too ("citing", "which cited"; <c>citing_verbs</c>).</summary>
        public required IReadOnlyList<string> CitingVerbs { get; init; }

        /// <summary>What a relay's words run on through to its origin's ("that"; <c>relay_links</c>), and the verbs of an origin's
        /// estimate with the word that must follow them before the figure ("put" … "at"; <c>relay_estimate_verbs</c>,
        /// <c>relay_estimate_links</c>).</summary>
        public required IReadOnlySet<string> RelayLinks { get; init; }

        /// <summary>What makes an outlet the carrier of a statement, with the article that may follow ("carried by the Saudi Press
        /// Agency"; <c>carrier_cues</c>, <c>articles</c>).</summary>
        public required AdjacentPhrases CarrierCues { get; init; }
        public required AdjacentPhrases CarrierArticles { get; init; }

        /// <summary>What sets a figure beside the statement its sentence goes on with ("alongside", "does not include";
        /// <c>beside_figure_links</c>).</summary>
        public required AdjacentPhrases BesideFigureLinks { get; init; }
        public required IReadOnlySet<string> RelayEstimateVerbs { get; init; }
        public required IReadOnlySet<string> RelayEstimateLinks { get; init; }

        /// <summary>The verbs that refuse what another says ("rejected", "denied"; <c>refusal_verbs</c>; "dismissing";
        /// <c>relay_refusals</c>) and the negations (<c>negation_words</c>, <c>negated_contractions</c>: "had not verified"): a
        /// speaker who says them relays no one. Two refusal lists, as CitationRoles reads <c>refusal_verbs</c> alone (the finite
        /// verb of a refused ask), which the participles are not.</summary>
        public required HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Disavowals { get; init; }

        /// <summary>The labels of a piece's source line ("Source: Yonhap, citing …"; <c>source_line_labels</c>) and of its
        /// background paragraphs ("Background: …"; <c>background_labels</c>).</summary>
        public required IReadOnlySet<string> SourceLineLabels { get; init; }
        public required IReadOnlySet<string> BackgroundLabels { get; init; }

        /// <summary>What marks a source line as the page's publishing line ("Source: Reuters - Thu, 17 Jan 2013
        /// 17:11 GMT", "Source: Xinhua | 2013-01-17 | Editor: …", "Source: AFP" over "Country: Mali"): a date or clock time after
        /// its names, or another label of page metadata in its paragraph (<c>publishing_line</c>; Attribution.SourceLines).</summary>
        public required Regex PublishingLine { get; init; }
        /// <summary>The signature under a social-media post a page embeds, read as the sources read it (post_signature).</summary>
        public required PostSignatures PostSignatures { get; init; }

        /// <summary>The quantities, scales read ("1.2 million", "300.000").</summary>
        public required Quantities Quantities { get; init; }

        /// <summary>An owned document named again as a sentence's voice, and how the text names its owner (Attribution.DocumentOwners;
        /// <c>document_voice</c>, <c>owned_document_noun</c>, <c>document_owner_link</c>, <c>document_possessed</c>, <c>document_signed</c>).</summary>
        public required Regex DocumentVoice { get; init; }
        /// <summary>The nouns of <c>owned_document_nouns</c> as written: a sentence holding none of them cannot match
        /// <see cref="DocumentVoice"/> (its nouns are matched as written), so most sentences skip that pattern.</summary>
        public required System.Buffers.SearchValues<string> DocumentVoiceNouns { get; init; }
        public required Regex OwnedDocumentNoun { get; init; }
        public required Regex DocumentOwnerLink { get; init; }
        public required Regex DocumentPossessed { get; init; }
        public required Regex DocumentSigned { get; init; }
        /// <summary>The spellings of one kind of document (<c>document_noun_families</c>: spelling=kind) and the nouns that name any
        /// document named before (<c>generic_document_nouns</c>).</summary>
        public required IReadOnlyDictionary<string, string> DocumentFamilies { get; init; }
        public required IReadOnlySet<string> GenericDocumentNouns { get; init; }

        public static Cues Of(Lexicon lexicon)
        {
            // A cue's words as the lexicon lists them: in its order (one list, or several one after another), as a set, or as a
            // lookup by span.
            string[] InOrder(params string[] lists) => lists.SelectMany(lexicon.Words).ToArray();
            HashSet<string> Set(string list, StringComparer comparer) => lexicon.Words(list).ToHashSet(comparer);
            HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(string list, StringComparer comparer) => lexicon.WordLookup(list, comparer);
            // One lookup of the words of several lists (a word in two of them is in it once).
            HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LookupOfAll(StringComparer comparer, params string[] lists) =>
                lists.SelectMany(lexicon.Words).ToHashSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
            return new Cues
            {
                Verbs = Set("closing_verbs", StringComparer.Ordinal),
                Auxiliaries = Set("closing_auxiliaries", StringComparer.Ordinal),
                ToldOutletLinks = Set("told_outlet_links", StringComparer.Ordinal),
                ClosingTails = Set("closing_tails", StringComparer.Ordinal),
                VoicePostmodifiers = InOrder("voice_postmodifiers"),
                ObjectPostmodifiers = InOrder("voice_object_postmodifiers"),
                ClosingPostmodifiers = InOrder("closing_voice_postmodifiers"),
                SpokespersonRanks = InOrder("body_spokesperson_ranks"),
                SpokespersonBodyLinks = Lookup("spokesperson_body_links", StringComparer.OrdinalIgnoreCase),
                AudienceVerbs = Set("closing_audience_verbs", StringComparer.Ordinal),
                PossessiveCountOpeners = Set("possessive_count_openers", StringComparer.OrdinalIgnoreCase),
                PossessiveDeterminers = Set("possessive_determiners", StringComparer.OrdinalIgnoreCase),
                PossessiveCountNouns = Set("possessive_count_nouns", StringComparer.OrdinalIgnoreCase),
                TimeClauseOpeners = Set("time_clause_openers", StringComparer.OrdinalIgnoreCase),
                ConcessiveOpeners = InOrder("concessive_clause_openers"),
                ClosingOriginCues = InOrder("closing_origin_cues"),
                ClosingEstimateNouns = Set("closing_estimate_nouns", StringComparer.OrdinalIgnoreCase),
                ContrastOpeners = InOrder("contrast_clause_openers"),
                ContrastBreaks = InOrder("contrast_clause_breaks"),
                TrailingSubordinators = Lookup("trailing_clause_subordinators", StringComparer.Ordinal),
                ClauseBreaks = PhraseMatcher.Of(lexicon, ["clause_breaks"]),
                TrailingVoiceLinks = PhraseMatcher.Of(lexicon, ["trailing_voice_links"]),
                PromiseVerbs = Set("promise_verbs", StringComparer.Ordinal),
                PromisedActs = Set("promised_acts", StringComparer.Ordinal),
                PromisedCountFillers = Set("promised_count_fillers", StringComparer.Ordinal),
                OutletDescriptionHeads = Set("outlet_description_heads", StringComparer.Ordinal),
                BackReferences = PhraseMatcher.Of(lexicon, [BackOpeners, FigureReferences]),
                BackStatements = PhraseMatcher.Of(lexicon, ["back_reference_statements", BackActs]),
                BackStatementTimes = Set("back_reference_not_before", StringComparer.OrdinalIgnoreCase),
                FigureGiverLinks = Set("figure_giver_links", StringComparer.OrdinalIgnoreCase),
                FigureComparisonWords = Set("figure_comparison_words", StringComparer.OrdinalIgnoreCase),
                BareAttributionVerbs = Set("bare_attribution_verbs", StringComparer.OrdinalIgnoreCase),
                BareAttributionTimeOpeners = Set("bare_attribution_time_openers", StringComparer.Ordinal),
                IntelligenceModifiers = Set("description_intelligence_modifiers", StringComparer.OrdinalIgnoreCase),
                OutletModifiers = Set("description_outlet_modifiers", StringComparer.OrdinalIgnoreCase),
                DescriptionNounKinds = lexicon.Pairs("description_noun_kinds", '=').ToLookup(p => p.Key, p => p.Value, StringComparer.Ordinal),
                Countries = Countries.For(lexicon),
                ImpersonalHedges = PhraseMatcher.Of(lexicon, ["impersonal_hedges"]),
                ParticipleDeterminers = Lookup("participle_determiners", StringComparer.OrdinalIgnoreCase),
                PlanNouns = Lookup("plan_nouns", StringComparer.OrdinalIgnoreCase),
                PlaceLinks = Lookup("speaker_place_links", StringComparer.Ordinal),
                Continuations = PhraseMatcher.Of(lexicon, ["statement_verbs", ContinuationLinks, PartLinks, PronounLinks, NonStatementSenses]),
                Announcements = PhraseMatcher.Of(lexicon, [ReleaseVerbs, "statement_nouns", "released_things"]),
                OfficeWords = Lookup("office_words", StringComparer.OrdinalIgnoreCase),
                DescriptionLinks = Lookup("quoted_description_links", StringComparer.Ordinal),
                DescribedHolders = Lookup("described_holders", StringComparer.OrdinalIgnoreCase),
                MilitaryRanks = Lookup("military_ranks", StringComparer.Ordinal),
                CalendarNames = Lookup("calendar_names", StringComparer.Ordinal),
                Honorifics = Lookup("apposed_honorifics", StringComparer.Ordinal),
                Titles = Lookup("titles", StringComparer.OrdinalIgnoreCase),
                HeadingLabels = Lookup("heading_labels", StringComparer.OrdinalIgnoreCase),
                NameParticles = Lookup("uncounted_name_words", StringComparer.Ordinal),
                NotPersonEnds = LookupOfAll(StringComparer.Ordinal, "not_person_words", "organisation_heads", "outlet_name_ends", "event_name_ends"),
                NotPersonStarts = LookupOfAll(StringComparer.Ordinal, "not_name_starts", "not_person_starts"),
                StatementTitles = InOrder("statement_titles", "known_issuer_titles"),
                KnownIssuerTitles = InOrder("known_issuer_titles"),
                StatementTitleEnds = InOrder("statement_title_ends"),
                DashedReleaseNouns = InOrder("dashed_release_nouns"),
                StatementTitleCuts = lexicon.Words("statement_title_cuts").Select(w => $" {w} ").ToArray(),
                BriefedRoles = Set("briefed_roles", StringComparer.OrdinalIgnoreCase),
                PossessedEstimateNouns = Set("possessed_estimate_nouns", StringComparer.OrdinalIgnoreCase),
                InformedByVerbs = Lookup("informed_by_verbs", StringComparer.Ordinal),
                BriefingWords = Lookup("briefing_words", StringComparer.Ordinal),
                SpeakingOccasionVerbs = lexicon.Words("speaking_occasion_verbs").Select(w => w.Split(' ')).ToArray(),
                Assemblies = Set("assembly_words", StringComparer.Ordinal),
                PostedVoices = Set("posted_voices", StringComparer.Ordinal),
                OtherStateVoiceWords = Set("other_state_voice_words", StringComparer.Ordinal),
                AnaphoricNouns = Set("anaphoric_voice_nouns", StringComparer.OrdinalIgnoreCase),
                AnaphoricArticles = Set("anaphoric_articles", StringComparer.Ordinal),
                RefusalLeads = Set("refusal_leads", StringComparer.OrdinalIgnoreCase),
                ReleaseNouns = Set("anaphoric_release_nouns", StringComparer.OrdinalIgnoreCase),
                ReleaseAdverbs = Set("anaphoric_release_adverbs", StringComparer.Ordinal),
                AnnouncedThings = Set("announced_things", StringComparer.OrdinalIgnoreCase),
                EntryOpeners = InOrder("entry_label_openers"),
                EntryLinks = Lookup("entry_label_links", StringComparer.Ordinal),
                TranscriptRoles = Lookup("transcript_roles", StringComparer.OrdinalIgnoreCase),
                PlacePrepositions = InOrder("place_prepositions"),
                BreakdownVerbs = Lookup("breakdown_verbs", StringComparer.Ordinal),
                PresentStateVerbs = Lookup("present_state_verbs", StringComparer.Ordinal),
                BackgroundParticiples = Lookup("background_participles", StringComparer.Ordinal),
                TrailingTimeLinks = Lookup("trailing_time_links", StringComparer.Ordinal),
                TrailingClauseLinks = Lookup("trailing_clause_links", StringComparer.Ordinal),
                AffiliationBreaks = Set("affiliation_breaks", StringComparer.Ordinal),
                FigureReadingVerbs = Set("figure_reading_verbs", StringComparer.Ordinal),
                TextIntroductions = InOrder("text_introductions"),
                TrailingClauseBreaks = Lookup("trailing_clause_breaks", StringComparer.OrdinalIgnoreCase),
                ElapsedTimeWords = Lookup("elapsed_time_words", StringComparer.Ordinal),
                SpeakerAsideOpeners = Lookup("speaker_aside_openers", StringComparer.Ordinal),
                CoordinatedOpeners = InOrder("coordinated_clause_openers"),
                CompanionJoiners = InOrder("speaker_companion_joiners"),
                CoordinatedSubjects = Set("coordinated_subject_openers", StringComparer.Ordinal),
                CoordinatedVerbs = Set("coordinated_finite_verbs", StringComparer.Ordinal),
                ObjectStatementVerbs = Set("object_statement_verbs", StringComparer.Ordinal),
                FrontedVoiceTails = Set("fronted_voice_tails", StringComparer.Ordinal),
                DepictionVerbs = Set("depiction_verbs", StringComparer.Ordinal),
                DocumentWords = lexicon.Words("statement_nouns").Concat(lexicon.Words("document_nouns")).Where(w => !w.Contains(' '))
                    .ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>(),
                HeadingVoices = LookupOfAll(StringComparer.Ordinal, "group_heads", "description_nouns", "unnamed_speakers", "qualified_speakers", "heading_voice_words"),
                Disavowals = LookupOfAll(StringComparer.OrdinalIgnoreCase, "refusal_verbs", "relay_refusals", "negation_words", "negated_contractions"),
                SourceLineLabels = Set("source_line_labels", StringComparer.OrdinalIgnoreCase),
                PublishingLine = lexicon.Regex("publishing_line", RegexOptions.None),
                PostSignatures = new PostSignatures(lexicon),
                BackgroundLabels = Set("background_labels", StringComparer.OrdinalIgnoreCase),
                CitingVerbs = InOrder("citing_verbs"),
                RelayLinks = Set("relay_links", StringComparer.OrdinalIgnoreCase),
                CarrierCues = AdjacentPhrases.Of(lexicon, "carrier_cues"),
                CarrierArticles = AdjacentPhrases.Of(lexicon, "articles"),
                BesideFigureLinks = AdjacentPhrases.Of(lexicon, "beside_figure_links"),
                RelayEstimateVerbs = Set("relay_estimate_verbs", StringComparer.OrdinalIgnoreCase),
                RelayEstimateLinks = Set("relay_estimate_links", StringComparer.Ordinal),
                Quantities = Quantities.For(lexicon),
                DocumentVoice = lexicon.Regex("document_voice", RegexOptions.None),
                DocumentVoiceNouns = System.Buffers.SearchValues.Create([.. lexicon.Words("owned_document_nouns")], StringComparison.Ordinal),
                OwnedDocumentNoun = lexicon.Regex("owned_document_noun"),
                DocumentOwnerLink = lexicon.Regex("document_owner_link", RegexOptions.None),
                DocumentPossessed = lexicon.Regex("document_possessed", RegexOptions.None),
                DocumentSigned = lexicon.Regex("document_signed", RegexOptions.None),
                DocumentFamilies = lexicon.Pairs("document_noun_families", '=').ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
                GenericDocumentNouns = Set("generic_document_nouns", StringComparer.Ordinal),
            };
        }
    }

    private const string BackOpeners = "back_reference_openers", FigureReferences = "figure_references";
}

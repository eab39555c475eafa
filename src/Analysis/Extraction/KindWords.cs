namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// The word lists of the plan, part and owner rules of <see cref="TroopCountFinder"/> that read a figure's neighbours, built
/// once with the finder. Each property reads one list, named in its initializer (figures.json's, but for sources.json's
/// armed_group_nouns): a declaration a list, so that a rule's words are found by its property's name.
/// </summary>
internal sealed class KindWords(Lexicon lexicon)
{
    /// <summary>"expects", "ordered", "asked": a wish or an order whose object the troops are.</summary>
    public AdjacentPhrases PlanObjectVerbs { get; } = AdjacentPhrases.Of(lexicon, "plan_object_verbs");

    /// <summary>"be", a verb of sending or of arriving: what an infinitive after the troops must start with to make a plan.</summary>
    public AdjacentPhrases PlannedInfinitives { get; } = AdjacentPhrases.Of(lexicon, "planned_infinitives");

    /// <summary>"out of": troops ordered out of a place.</summary>
    public AdjacentPhrases OrderedOut { get; } = AdjacentPhrases.Of(lexicon, "ordered_out");

    /// <summary>"more", "another", "additional": an addition ordered or asked for, before the number or right after it.</summary>
    public AdjacentPhrases OrderedAdditions { get; } = AdjacentPhrases.Of(lexicon, "ordered_additions");
    public AdjacentPhrases OrderedSendings { get; } = AdjacentPhrases.Of(lexicon, "ordered_sendings");
    public AdjacentPhrases OrderedUnitFillers { get; } = AdjacentPhrases.Of(lexicon, "ordered_unit_fillers");
    public AdjacentPhrases OrderedInto { get; } = AdjacentPhrases.Of(lexicon, "ordered_into");
    public AdjacentPhrases OrderedPlaces { get; } = AdjacentPhrases.Of(lexicon, "ordered_places");

    /// <summary>"followed by", "then": a part of a move after the one before it.</summary>
    public PhraseMatcher SequenceLinks { get; } = PhraseMatcher.Of(lexicon, ["sequence_links"]);

    /// <summary>"last autumn", "by now", "and they did": an order or a wish already carried out.</summary>
    public PhraseMatcher DoneTimes { get; } = PhraseMatcher.Of(lexicon, ["done_times"]);

    /// <summary>"drawdown", "withdrawal": after a country's bare name, where troops leave.</summary>
    public AdjacentPhrases WithdrawalNouns { get; } = AdjacentPhrases.Of(lexicon, "withdrawal_nouns");
    public AdjacentPhrases PlaceMissionNouns { get; } = AdjacentPhrases.Of(lexicon, "place_mission_nouns");
    public AdjacentPhrases PlaceRelatives { get; } = AdjacentPhrases.Of(lexicon, "place_relatives");

    /// <summary>"called up", "mobilised": reservists sent, not a reserve counted.</summary>
    public PhraseMatcher CallUpWords { get; } = PhraseMatcher.Of(lexicon, ["call_up_words"]);

    /// <summary>"also", "reportedly": between an auxiliary and the casualty verb of a figure's clause.</summary>
    public AdjacentPhrases CasualtyVerbAdverbs { get; } = AdjacentPhrases.Of(lexicon, "casualty_verb_adverbs");

    /// <summary>"of it", "of them": right after a mention, a part of the figure before it.</summary>
    public AdjacentPhrases PartPronouns { get; } = AdjacentPhrases.Of(lexicon, "part_pronouns");

    /// <summary>"the first part of": an apposition that names the whole a figure is the first part of.</summary>
    public AdjacentPhrases ApposedPartLeads { get; } = AdjacentPhrases.Of(lexicon, "apposed_part_leads");

    /// <summary>"seized": right before a figure, the troops taken.</summary>
    public AdjacentPhrases SeizingVerbs { get; } = AdjacentPhrases.Of(lexicon, "seizing_verbs");
    /// <summary>"shooting of", "stabbing of": right before a figure, an attack that makes the troops casualties.</summary>
    public AdjacentPhrases HarmNounsBefore { get; } = AdjacentPhrases.Of(lexicon, "harm_nouns_before");

    /// <summary>"on active duty": after a figure an order put before it (duty_order_verbs), reservists sent.</summary>
    public PhraseMatcher ActiveDutyGoals { get; } = PhraseMatcher.Of(lexicon, ["active_duty_goals"]);

    /// <summary>"put", "ordered", "called": an order before the number of troops sent to active duty.</summary>
    public AdjacentPhrases DutyOrderVerbs { get; } = AdjacentPhrases.Of(lexicon, "duty_order_verbs");

    /// <summary>"are being", "keep": before a call-up word after the figure, that acts on it.</summary>
    public AdjacentPhrases CallUpAuxiliaries { get; } = AdjacentPhrases.Of(lexicon, "call_up_auxiliaries");

    /// <summary>"from", "drawn from": before the number of countries a multinational force comes from.</summary>
    public AdjacentPhrases MultinationalFrom { get; } = AdjacentPhrases.Of(lexicon, "multinational_from");

    /// <summary>"mostly", "mainly": after a figure, before "from" and the name most of it comes from (several owners).</summary>
    public AdjacentPhrases MultinationalMostly { get; } = AdjacentPhrases.Of(lexicon, "multinational_mostly");

    /// <summary>"European", "Gulf", "neighbouring": a group's adjective after "from", before the states it names ("European allies").</summary>
    public AdjacentPhrases MultinationalGroupAdjectives { get; } = AdjacentPhrases.Of(lexicon, "multinational_group_adjectives", ignoreCase: false);

    /// <summary>"allies", "states": after a word of multinational_group_adjectives, the states a force comes from.</summary>
    public AdjacentPhrases MultinationalGroupNouns { get; } = AdjacentPhrases.Of(lexicon, "multinational_group_nouns");

    /// <summary>"are", "were", "understood to be": right after a figure, what makes a demonym after it the figure's predicate.</summary>
    public AdjacentPhrases NationalityLinks { get; } = AdjacentPhrases.Of(lexicon, "nationality_links");

    /// <summary>"more than", "nearly": a hedge on that number ("from more than 20 nations").</summary>
    public AdjacentPhrases MultinationalCountHedges { get; } = AdjacentPhrases.Of(lexicon, "multinational_count_hedges");

    /// <summary>"twelve", "a dozen": a number in words (list number_words).</summary>
    public AdjacentPhrases NumberWords { get; } = AdjacentPhrases.Of(lexicon, "number_words");

    /// <summary>"countries", "nations": after that number.</summary>
    public AdjacentPhrases MultinationalNouns { get; } = AdjacentPhrases.Of(lexicon, "multinational_nouns");

    /// <summary>"including", "such as": right after a word of multinational_nouns, a list of the countries a force comes from.</summary>
    public AdjacentPhrases MultinationalListOpeners { get; } = AdjacentPhrases.Of(lexicon, "multinational_list_openers");

    /// <summary>The same words found anywhere in a sentence ("ten countries", "33 nations"), case kept ("nations", not "United Nations").</summary>
    public PhraseMatcher MultinationalNounsIn { get; } = PhraseMatcher.Of(lexicon, ["multinational_nouns"], ignoreCase: false);

    /// <summary>"for its part", "on its side": a party speaking of its own side (list side_switch).</summary>
    public AdjacentPhrases SideSwitch { get; } = AdjacentPhrases.Of(lexicon, "side_switch");

    /// <summary>The names of the US states (case kept: "Texas", "D.C.").</summary>
    public AdjacentPhrases UsStates { get; } = AdjacentPhrases.Of(lexicon, "us_states", ignoreCase: false);

    /// <summary>"with", "using": right before a figure, the troops something is done with, not what it is done to.</summary>
    public AdjacentPhrases InstrumentWords { get; } = AdjacentPhrases.Of(lexicon, "instrument_words");

    /// <summary>"along with", "together with": a companion, not an instrument ("was killed along with 20 soldiers").</summary>
    public AdjacentPhrases ComitativeWords { get; } = AdjacentPhrases.Of(lexicon, "comitative_words");

    /// <summary>"only", "just": words between the comma that closes a whole and the part counted from it.</summary>
    public AdjacentPhrases PartFillers { get; } = AdjacentPhrases.Of(lexicon, "part_fillers");

    /// <summary>"defence ministry", "army", "general staff": the words of a military body, which speaks of its own country's troops.</summary>
    public PhraseMatcher MilitaryBodyWords { get; } = PhraseMatcher.Of(lexicon, ["military_body_words"]);

    /// <summary>"exercise", "drills": after a demonym or possessive, whose exercise, and so whose troops take part.</summary>
    public AdjacentPhrases ExerciseNouns { get; } = AdjacentPhrases.Of(lexicon, "exercise_nouns");

    /// <summary>"take part", "participants", "joint": a sentence that counts an event's whole, not a cited body's own troops.</summary>
    public PhraseMatcher EventTotalWords { get; } = PhraseMatcher.Of(lexicon, ["event_total_words"], ignoreCase: false);

    /// <summary>"rebels", "fighters": a non-state force's people (sources.json armed_group_nouns), no state body's troops.</summary>
    public PhraseMatcher ArmedGroupNouns { get; } = PhraseMatcher.Of(lexicon, ["armed_group_nouns"], ignoreCase: false);

    /// <summary>"active", "reservists": inside a figure's mention, the people of a whole army (with no word of place in its clause).</summary>
    public PhraseMatcher ArmySizeMentionWords { get; } = PhraseMatcher.Of(lexicon, ["army_size_mention_words"]);

    /// <summary>"imagery", "photos": a capture cue right after one of these is a picture taken, not prisoners.</summary>
    public AdjacentPhrases RecordNouns { get; } = AdjacentPhrases.Of(lexicon, "record_nouns");
    public AdjacentPhrases ArmyModifiedNouns { get; } = AdjacentPhrases.Of(lexicon, "army_modified_nouns");
    public AdjacentPhrases ArmySentAdjectives { get; } = AdjacentPhrases.Of(lexicon, "army_sent_adjectives");

    /// <summary>"hosts", "is home to": a country that is the subject of one of these is where troops are, not whose.</summary>
    public AdjacentPhrases HostVerbs { get; } = AdjacentPhrases.Of(lexicon, "host_verbs");

    /// <summary>"killed", "eliminated": right before a casualty figure, the speaker's side did the harm, so the dead are the enemy's.</summary>
    public AdjacentPhrases EnemyHarmVerbs { get; } = AdjacentPhrases.Of(lexicon, "enemy_harm_verbs");

    /// <summary>"attacked", "ambushed": after a non-state group's noun, the group is who attacked, not who is counted.</summary>
    public AdjacentPhrases AttackerVerbs { get; } = AdjacentPhrases.Of(lexicon, "attacker_verbs");

    /// <summary>"stabilization force", "peacekeepers", "UN mission": a force of several states that may hold a figure.</summary>
    public PhraseMatcher MultinationalForceHeads { get; } = PhraseMatcher.Of(lexicon, ["multinational_force_heads"]);

    /// <summary>"the force", "the mission": such a force named again.</summary>
    public PhraseMatcher MultinationalForceAnaphors { get; } = PhraseMatcher.Of(lexicon, ["multinational_force_anaphors"]);

    /// <summary>"to", "its": right before such a force, a destination or one owner's force.</summary>
    public AdjacentPhrases MultinationalHeadNotAfter { get; } = AdjacentPhrases.Of(lexicon, "multinational_head_not_after");

    /// <summary>"captured", "killed": before "by" and a country after a figure, that country did the harm.</summary>
    public AdjacentPhrases PassiveHarmVerbs { get; } = AdjacentPhrases.Of(lexicon, "passive_harm_verbs");

    /// <summary>"enemy", "militants": inside a casualty figure, the other side's people.</summary>
    public PhraseMatcher EnemyTroopWords { get; } = PhraseMatcher.Of(lexicon, ["enemy_troop_words"]);

    /// <summary>"of the original", "out of a total of": further on in a part's clause, the link to the whole it is counted from.</summary>
    public PhraseMatcher DistantWholeLinks { get; } = PhraseMatcher.Of(lexicon, ["distant_whole_links"]);

    /// <summary>"mostly", "many of them": before a demonym, the owner of a part of a force, not of the whole.</summary>
    public AdjacentPhrases PartOwnerWords { get; } = AdjacentPhrases.Of(lexicon, "part_owner_words");

    /// <summary>"admitted to", "acknowledged": a country that admits dead or wounded admits its own.</summary>
    public AdjacentPhrases AdmissionVerbs { get; } = AdjacentPhrases.Of(lexicon, "admission_verbs");

    /// <summary>"announced", "confirmed": besides speaker verbs, what a side does that tells of its own dead.</summary>
    public AdjacentPhrases SideCountVerbs { get; } = AdjacentPhrases.Of(lexicon, "side_count_verbs");

    /// <summary>"side": after a demonym, a party to a fight ("the Armenian side").</summary>
    public AdjacentPhrases SideNouns { get; } = AdjacentPhrases.Of(lexicon, "side_nouns");
    public AdjacentPhrases RanksOpeners { get; } = AdjacentPhrases.Of(lexicon, "ranks_openers");
    public AdjacentPhrases RanksNouns { get; } = AdjacentPhrases.Of(lexicon, "ranks_nouns");

    /// <summary>"captured", "wounded": a casualty word right before a figure, which makes its "N of them" a toll of its own.</summary>
    public AdjacentPhrases CasualtyWords { get; } = AdjacentPhrases.Of(lexicon, "casualty_cues");

    /// <summary>"died", "lost their lives": a casualty cue that is its clause's main verb with no auxiliary before it.</summary>
    public WordSet FiniteCasualtyCues { get; } = lexicon.WordLookup("finite_casualty_cues", StringComparer.Ordinal);

    /// <summary>Whether the casualty cue a match found at <paramref name="cue"/> of <paramref name="text"/> is one of
    /// <see cref="FiniteCasualtyCues"/>: a main verb on its own.</summary>
    public bool IsFiniteCasualtyCue(string text, TextSpan cue) => FiniteCasualtyCues.Contains(text.AsSpan(cue.Start, cue.Length));

    /// <summary>"went", "became": a verb whose complement is a casualty word ("went missing", "became casualties").</summary>
    public AdjacentPhrases CasualtyLinkingVerbs { get; } = AdjacentPhrases.Of(lexicon, "casualty_linking_verbs");
    public AdjacentPhrases HedgedFallVerbs { get; } = AdjacentPhrases.Of(lexicon, "hedged_fall_verbs");
    public PhraseMatcher TollNumberLeads { get; } = PhraseMatcher.Of(lexicon, ["toll_number_leads"]);
    public AdjacentPhrases TollCopulas { get; } = AdjacentPhrases.Of(lexicon, "toll_copulas");
    public AdjacentPhrases FallChangeWords { get; } = AdjacentPhrases.Of(lexicon, "fall_change_words");

    /// <summary>"reached its peak", "peaked": a force's peak, whose "when" clause dates the figure in it.</summary>
    public PhraseMatcher PeakPredicates { get; } = PhraseMatcher.Of(lexicon, ["peak_predicates"]);

    /// <summary>"presence", "troops", "it": what a peak predicate must follow to be a force's peak.</summary>
    public PhraseMatcher PeakSubjects { get; } = PhraseMatcher.Of(lexicon, ["peak_subjects"]);

    /// <summary>"when": the link of the clause that tells the force at its peak.</summary>
    public AdjacentPhrases PeakTimeLinks { get; } = AdjacentPhrases.Of(lexicon, "peak_time_links");

    /// <summary>"from", "in": a preposition right after a toll's cue that opens the toll's own phrase.</summary>
    public AdjacentPhrases TollPhrasePrepositions { get; } = AdjacentPhrases.Of(lexicon, "toll_phrase_prepositions", ignoreCase: false);

    /// <summary>"allied", "multinational": between a number and its troop noun, troops of many owners.</summary>
    public PhraseMatcher MixedTroopWords { get; } = PhraseMatcher.Of(lexicon, ["mixed_troop_words"]);

    /// <summary>"several", "various": in place of the number of countries a force is drawn from ("from several countries").</summary>
    public AdjacentPhrases MultinationalQuantifiers { get; } = AdjacentPhrases.Of(lexicon, "multinational_quantifiers");

    /// <summary>"West African", "Gulf": a region's adjective between a number and its troop noun, troops of many owners.</summary>
    public PhraseMatcher RegionalTroopWords { get; } = PhraseMatcher.Of(lexicon, ["regional_troop_words"], ignoreCase: false);

    /// <summary>"Franco", "Sino": the first half of a compound of two countries ("Franco-German"), before a hyphen.</summary>
    public WordSet CombiningForms { get; } = lexicon.WordLookup("country_combining_forms", StringComparer.OrdinalIgnoreCase);

    /// <summary>"led", "backed", "occupied": after a country and a hyphen, a word that makes it modify another's force or a place.</summary>
    public WordSet CountryParticipleSuffixes { get; } =
        lexicon.WordLookup("country_participle_suffixes", StringComparer.OrdinalIgnoreCase);

    /// <summary>"adding", "bringing": after a comma, a participle right before a figure that shares the tense of the clause before.</summary>
    public AdjacentPhrases ConsequenceParticiples { get; } = AdjacentPhrases.Of(lexicon, "consequence_participles");

    /// <summary>"to", "near", "border with": before a country, a place, not a side.</summary>
    public AdjacentPhrases PlacePrepositions { get; } = AdjacentPhrases.Of(lexicon, "place_prepositions");

    /// <summary>How many words of a whole's own may stand between it and the colon or dash that opens its breakdown.</summary>
    public int BreakdownLeadWords { get; } = lexicon.Setting("breakdown_lead_words");

    /// <summary>"Defence Force", "Army", "militia": what a force's name ends in when it names a whole force.</summary>
    public PhraseMatcher NamedWholeForceHeads { get; } = PhraseMatcher.Of(lexicon, ["named_whole_force_heads"]);

    /// <summary>"demobilised", "let go": a release of troops that were serving, so sent, not an army's size.</summary>
    public PhraseMatcher ReleaseWords { get; } = PhraseMatcher.Of(lexicon, ["release_words"]);
    public AdjacentPhrases ReleaseWordsBefore { get; } = AdjacentPhrases.Of(lexicon, "release_verbs_before");

    /// <summary>"returning home", "gone home": after reservists, a return that tells they were serving.</summary>
    public AdjacentPhrases ReturnHomeWords { get; } = AdjacentPhrases.Of(lexicon, "return_home_words");

    /// <summary>"would", "start": the words that may stand between reservists and their return home.</summary>
    public AdjacentPhrases ReturnHomeFillers { get; } = AdjacentPhrases.Of(lexicon, "return_home_fillers");
    public AdjacentPhrases ReturnHomeServiceLinks { get; } = AdjacentPhrases.Of(lexicon, "return_home_service_links");
    public AdjacentPhrases ReturnHomeAsides { get; } = AdjacentPhrases.Of(lexicon, "inclusion_leads");

    /// <summary>"holding": right before troops, a verb that keeps them captive.</summary>
    public AdjacentPhrases CaptiveHoldingVerbs { get; } = AdjacentPhrases.Of(lexicon, "captive_holding_verbs");

    /// <summary>"in reserve", "back": after troops held, words of a force kept ready, not captives.</summary>
    public PhraseMatcher HeldForceWords { get; } = PhraseMatcher.Of(lexicon, ["held_force_words"]);

    /// <summary>"from": before the start of a change ("from its current 10,000 soldiers to 8,500").</summary>
    public AdjacentPhrases ChangeFrom { get; } = AdjacentPhrases.Of(lexicon, "change_from");

    /// <summary>"contingent", "battalion": after a whole force's name, a word that makes the name a part's or a unit's.</summary>
    public AdjacentPhrases NamedForceParts { get; } = AdjacentPhrases.Of(lexicon, "named_force_parts");

    /// <summary>"authorized", "allowed": right after a later whole's number, a cap the figure is counted against, not a force it is part of.</summary>
    public AdjacentPhrases CapAfterWhole { get; } = AdjacentPhrases.Of(lexicon, "cap_after_whole");

    /// <summary>"with", "in": in a part's mention, before the unit or place it serves in ("18,004 with the Capital Division").</summary>
    public AdjacentPhrases PartUnitPrepositions { get; } = AdjacentPhrases.Of(lexicon, "part_unit_prepositions");

    /// <summary>"near", "bound for": before a country, a place troops stand near or head for, so outside that country.</summary>
    public AdjacentPhrases ApproachPrepositions { get; } = AdjacentPhrases.Of(lexicon, "approach_prepositions");

    /// <summary>"ordered", "put", "sent": before a figure of a whole army's words, an order that sends or places the troops.</summary>
    public AdjacentPhrases ArmyMentionMovers { get; } = AdjacentPhrases.Of(lexicon, "army_mention_movers");

    /// <summary>"for", "to": after a figure of a whole army's words, before a name, where or what the troops are for.</summary>
    public PhraseMatcher ArmyMentionGoals { get; } = PhraseMatcher.Of(lexicon, ["army_mention_goals"], ignoreCase: false);

    /// <summary>"foreign", "mercenaries", "from": between a figure and "in Russia's army", troops not that army's own.</summary>
    public PhraseMatcher ForeignForceWords { get; } = PhraseMatcher.Of(lexicon, ["foreign_force_words"]);

    /// <summary>"would", "had already": between a speaker's "it" and its verb of sending or holding.</summary>
    public AdjacentPhrases PronounVerbFillers { get; } = AdjacentPhrases.Of(lexicon, "pronoun_verb_fillers");

    /// <summary>"send", "deployed", "put": after a speaker's "it", a verb whose troops are the speaker's own.</summary>
    public AdjacentPhrases PronounOwnerVerbs { get; } = AdjacentPhrases.Of(lexicon, "pronoun_owner_verbs");

    /// <summary>"have passed", "stood at": a verb of reaching right before a figure, whose subject may be a toll ("losses").</summary>
    public AdjacentPhrases TollVerbs { get; } = AdjacentPhrases.Of(lexicon, "toll_verbs");

    /// <summary>"to": right before a figure a toll is raised to ("bringing the number of deaths ... to 21").</summary>
    public AdjacentPhrases TollRaisedTo { get; } = AdjacentPhrases.Of(lexicon, "toll_raised_to");

    /// <summary>"bringing", "raising": what raises a toll "to" a figure.</summary>
    public PhraseMatcher TollRaisers { get; } = PhraseMatcher.Of(lexicon, ["toll_raisers"]);

    /// <summary>"number", "commands", "has": right before a figure, a verb of a force's strength (with a whole force as subject).</summary>
    public AdjacentPhrases StrengthVerbs { get; } = AdjacentPhrases.Of(lexicon, "strength_verbs");

    /// <summary>"can field", "fields": right before a figure, a verb of a force's strength whatever its subject.</summary>
    public AdjacentPhrases FieldingVerbs { get; } = AdjacentPhrases.Of(lexicon, "fielding_verbs");

    /// <summary>"military", "armed forces": right before a verb of strength, a state's whole military as its subject.</summary>
    public AdjacentPhrases StrengthArmySubjects { get; } = AdjacentPhrases.Of(lexicon, "strength_army_subjects");

    /// <summary>"Hamas", "the LTTE": right before a verb of strength and opening its clause, an armed group by its name as its subject.</summary>
    public AdjacentPhrases StrengthGroupSubjects { get; } = AdjacentPhrases.Of(lexicon, "armed_group_context", ignoreCase: false);

    /// <summary>"strength", "number of": a noun of a force's strength that an estimate puts "at" a figure.</summary>
    public PhraseMatcher StrengthEstimateNouns { get; } = PhraseMatcher.Of(lexicon, ["strength_estimate_nouns"]);

    /// <summary>"at", "to be": right before the figure an estimate of strength puts its noun at.</summary>
    public AdjacentPhrases StrengthEstimateLinks { get; } = AdjacentPhrases.Of(lexicon, "strength_estimate_links");

    /// <summary>"Hamas", "the Taliban": an armed group's name anywhere in a span.</summary>
    public PhraseMatcher ArmedGroupNames { get; } = PhraseMatcher.Of(lexicon, ["armed_group_context"]);

    /// <summary>"the": a word that may stand before such a name in its clause.</summary>
    public AdjacentPhrases StrengthGroupDeterminers { get; } = AdjacentPhrases.Of(lexicon, "strength_group_determiners");

    /// <summary>"that", "said": a word that opens the clause such a name opens.</summary>
    public AdjacentPhrases StrengthGroupOpeners { get; } = AdjacentPhrases.Of(lexicon, "strength_group_openers");

    /// <summary>"insurgents", "militia", "National Guard": a force whose strength, told with a strength verb, is its whole size.</summary>
    public PhraseMatcher WholeForceNouns { get; } = PhraseMatcher.Of(lexicon, ["whole_force_nouns"]);

    /// <summary>"who", "that": a relative clause after a figure, in which an army word names the army its troops serve in.</summary>
    public PhraseMatcher ServedArmyRelatives { get; } = PhraseMatcher.Of(lexicon, ["served_army_relatives"]);

    /// <summary>"with", "into", "of": right before an army word after a figure, the army its troops serve in.</summary>
    public AdjacentPhrases ServedArmyPrepositions { get; } = AdjacentPhrases.Of(lexicon, "served_army_prepositions");

    /// <summary>"make up", "form": in a relative clause, what the army is made of (its size).</summary>
    public PhraseMatcher ArmyWholeVerbs { get; } = PhraseMatcher.Of(lexicon, ["army_whole_verbs"]);

    /// <summary>"south of", "out of": before a name, a preposition of where troops stand or leave, as "in" before a country.</summary>
    public AdjacentPhrases StandPrepositions { get; } = AdjacentPhrases.Of(lexicon, "stand_prepositions", ignoreCase: false);
    public AdjacentPhrases PlacesRightAfter { get; } = AdjacentPhrases.Of(lexicon, "places_right_after", ignoreCase: false);

    /// <summary>"in which", "while": after a comma, a clause other than the cited body's.</summary>
    public AdjacentPhrases BodyClauseBreaks { get; } = AdjacentPhrases.Of(lexicon, "body_clause_breaks");

    /// <summary>"were among the", "are part of a": after a figure and before a larger number, the whole it is a part of.</summary>
    public AdjacentPhrases LaterWholeLinks { get; } = AdjacentPhrases.Of(lexicon, "later_whole_links");

    /// <summary>"led", "commanded": after a name and a hyphen before a force noun, or after the force noun and before "by", a
    /// force one state leads for several ("the Kenya-led mission", "the mission, led by Kenya").</summary>
    public AdjacentPhrases ForceLeaderParticiples { get; } = AdjacentPhrases.Of(lexicon, "force_leader_participles");

    /// <summary>"leads", "spearheaded": right before a force of several, a verb whose subject leads it, not a holder of its total.</summary>
    public AdjacentPhrases ForceLeadingVerbs { get; } = AdjacentPhrases.Of(lexicon, "force_leading_verbs");
}

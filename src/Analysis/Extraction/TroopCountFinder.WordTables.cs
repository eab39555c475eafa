using System.Buffers;
using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The word tables of the figure rules: every list, phrase matcher and pattern the rules below read, built from the
/// lexicon once (For caches the finder per lexicon). Kept apart from the rules, which only read them.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly Regex casualtyAfter, anchorBefore, formationAfter;
    private readonly WordSet postmodifierOpeners;
    private readonly AdjacentPhrases partOrigins, comparisonAsideLeads, asideLeads, comprisingCues, comprisingWholes, resultParticiples, hedgedAuxiliaries;
    private readonly NounAfterNumber nounAfter, contextNounAfter, peopleOfCountry, bareNounAfter, nationalsAfter, hundredNounAfter;
    // The same plural demonyms, for one token walk per sentence: most sentences name no people of a country.
    private readonly PhraseMatcher peoplesOfCountries, forceWords, unitNouns, missionBodyWords;
    private readonly AdjacentPhrases subjectPronouns, arrivalAfter, ceilingVerbs, gapFillers;
    // "force", "mission": the bare noun a text sizes a force of several states by once it has named one ("the 8,000-strong force").
    private readonly AdjacentPhrases sizedForceNouns;
    private readonly ServiceClause service;
    private readonly PhraseMatcher limitVerbs, retiredRanks;
    private readonly AdjacentPhrases claimedHarmSubjects, unharmedWholeOpeners;
    private readonly IReadOnlySet<string> limitBounds;
    private readonly AmountPhrase amountBefore, amountPredicateBefore, estimateBefore, targetBefore, estimatePhraseBefore;
    private readonly PhraseMatcher nonTroopWords, warPlaces, placeNounWords, estimatePhrases, peopleWords, possibleTroops;
    private readonly AdjacentPhrases reportParticiples, serviceWords, presenceAfter, moreOfSame, partnerNouns;
    private readonly Regex earlierBefore, earlierAfter, plannedBefore, plannedAfter, armyLevelBefore;
    private readonly PlannedAfterGate plannedAfterGate;
    private readonly PhraseMatcher armyLevelWholes;
    private readonly PhraseMatcher troopWords, troopContext, exchanges, cues, exerciseNouns;
    // The kind cues in any case, for a line in title case ("Rwanda Deploys 1,000 Troops"; TitleCase).
    private readonly PhraseMatcher titleCaseCues;
    private readonly AdjacentPhrases prisonerNouns;
    private readonly PhraseMatcher prisonerSwaps, legalPredicates;
    private readonly AdjacentPhrases unitWords, strengthSuffixes, strengthWords, bareFollowers, percent, money, units, months, labels, ratios,
        subsetCues, destinationWords, originPrepositions, countryServices, regionAdjectives, articles, peopleNouns, armsAfterPeople, ellipsis, more, coordinators, clauseVerbs, sendVerbs, infinitiveMarkers,
        existentials, futureBefore, plannedAfterWords, plannedAfterTransitive, plannedAfterObjects, pronounCopulas, subsetOpeners, subsetVerbs, speakerWords, troopNouns, possessives, countryPronouns,
        futureBeforeVerbHedges, verbHedges, targetPrepositions, targetDateWords, replacementWords, targetAfter, casualtyVerbs, troopObjectVerbs, earlierFrom, currentFrom, newValueTo, planVerbs, firstPartOf, objectFillers, focusAdverbs, nonTroopNouns, expectVerbs,
        yearLeads, unroundYearLeads, joinedUnitLeads, joinedUnitNouns, joinedUnitRefusals;
    private readonly PhraseMatcher mobilizationVerbs, currentCues, futureMarkers, futureModals, contextNouns;
    // The first letters of the target prepositions: a word that starts with none of them is not tried.
    private readonly SearchValues<char> targetOpeners;
    // The bare troop nouns as substrings: a number with none of them in the next 80 characters is not read for one.
    private readonly SearchValues<string> bareNounCues, nationalCues, hundredNounCues;
    private readonly SendingAgent agent;
    private readonly FigureReaches reaches;
    private readonly AdjacentPhrases relativeTroopVerbs, relativeFillers, frontedDeterminers, wholeOtherVerbs, wholeRates;
    private readonly AdjacentPhrases auxiliaries, clauseOpeners, homeTroopNouns, readinessNegations, replacedBefore, contrastNot, contrastBut;
    // "left Russia with some 20,000 dead": a verb of leaving whose country is no place (place_leaving_verbs); the sending
    // agent's, which reads the same places.
    private readonly LeavingObject leaving;
    // How far a verb of change may stand before the "from" of "from X to Y" (as the numbers' own reading has it).
    private readonly ChangeVerbReach changeReach;
    private readonly AdjacentPhrases neighbourParticiples, neighbourPlaceHeads, ownAnnouncementVerbs, laterLossLinks, laterLossAuxiliaries, placeOfHeads;
    private readonly AdjacentPhrases destinationPrepositions, lossVerbs, holdingVerbsAll, presencePlaces, numberVerbOpeners, numberVerbSubjects, figureNounsAfter, figureNounsBefore;
    private readonly AdjacentPhrases bareFollowersAboutTroops, captureVerbs, passageTroopVerbs, passageVerbFillers, existentialOpeners, speakerCountVerbs, speakerCountLeads;
    private readonly int speakerCountCeiling;
    private readonly NounAfterNumber captivesAfter, ownDeadAfter;

    private TroopCountFinder(Lexicon lexicon)
    {
        const RegexOptions ignoreCase = RegexOptions.IgnoreCase;
        nounAfter = NounAfterNumber.Of(lexicon, "noun_modifiers", "troop_nouns", conjoinedNumbers: "number_words");
        contextNounAfter = NounAfterNumber.Of(lexicon, "noun_modifiers", "context_troop_nouns");
        groupMemberAfter = NounAfterNumber.Of(lexicon, "noun_modifiers", "armed_group_member_nouns");
        bareNounAfter = NounAfterNumber.Of(lexicon, "noun_modifiers", "bare_troop_nouns");
        bareNounCues = SearchValues.Create(lexicon.Words("bare_troop_nouns").ToArray(), StringComparison.OrdinalIgnoreCase);
        hundredNounAfter = NounAfterNumber.Of(lexicon, "noun_modifiers", "hundred_troop_nouns");
        hundredNounCues = SearchValues.Create(lexicon.Words("hundred_troop_nouns").ToArray(), StringComparison.OrdinalIgnoreCase);
        targetAfter = AdjacentPhrases.Of(lexicon, "target_nouns_after");
        casualtyVerbs = AdjacentPhrases.Of(lexicon, "casualty_words", ignoreCase: false);
        peopleOfCountry = new NounAfterNumber(lexicon.Words("noun_modifiers"), PluralDemonyms(lexicon));
        peoplesOfCountries = new PhraseMatcher(PluralDemonyms(lexicon).Select(p => new LabelledPhrase("people_of_country", p)));
        countryOfPeople = CountriesOfPeople(lexicon);
        forceWords = PhraseMatcher.Of(lexicon, ["force_nouns"]);
        nationalsAfter = NounAfterNumber.Of(lexicon, "noun_modifiers", "national_nouns");
        nationalCues = SearchValues.Create(lexicon.Words("national_nouns").ToArray(), StringComparison.OrdinalIgnoreCase);
        service = ServiceClause.Of(lexicon);
        gapFillers = AdjacentPhrases.Of(lexicon, "gap_fillers");
        unitNouns = PhraseMatcher.Of(lexicon, ["unit_nouns"]);
        missionBodyWords = PhraseMatcher.Of(lexicon, ["mission_body_words"]);
        subjectPronouns = AdjacentPhrases.Of(lexicon, "subject_pronouns", ignoreCase: false);
        arrivalAfter = AdjacentPhrases.Of(lexicon, "arrival_after", ignoreCase: false);
        ceilingVerbs = AdjacentPhrases.Of(lexicon, "ceiling_verbs");
        objectFillers = AdjacentPhrases.Of(lexicon, "object_fillers");
        focusAdverbs = AdjacentPhrases.Of(lexicon, "focus_adverbs");
        nonTroopNouns = AdjacentPhrases.Of(lexicon, "non_troop_nouns");
        expectVerbs = AdjacentPhrases.Of(lexicon, "expect_verbs", ignoreCase: false);
        speakerWords = AdjacentPhrases.Of(lexicon, "speaker_words");
        troopNouns = AdjacentPhrases.Of(lexicon, "troop_nouns");
        possessives = AdjacentPhrases.Of(lexicon, "possessive_pronouns");
        countryPronouns = AdjacentPhrases.Of(lexicon, "country_pronouns");
        partnerNouns = AdjacentPhrases.Of(lexicon, "partner_nouns");
        targetPrepositions = AdjacentPhrases.Of(lexicon, "target_prepositions");
        targetDateWords = AdjacentPhrases.Of(lexicon, "target_date_words");
        replacementWords = AdjacentPhrases.Of(lexicon, "replacement_words");
        troopObjectVerbs = AdjacentPhrases.Of(lexicon, "troop_object_verbs");
        earlierFrom = AdjacentPhrases.Of(lexicon, "earlier_from");
        currentFrom = AdjacentPhrases.Of(lexicon, "current_from");
        newValueTo = AdjacentPhrases.Of(lexicon, "new_value_to");
        targetOpeners = SearchValues.Create(lexicon.Words("target_prepositions").SelectMany(w => (char[])[char.ToLowerInvariant(w[0]), char.ToUpperInvariant(w[0])]).Distinct().ToArray());
        futureMarkers = PhraseMatcher.Of(lexicon, ["future_markers"]);
        resultParticiples = AdjacentPhrases.Of(lexicon, "result_participles");
        consequenceFalseStarts = lexicon.Words("consequence_false_starts").ToHashSet(StringComparer.OrdinalIgnoreCase);
        consequenceTotalLinks = lexicon.Words("consequence_total_links").ToHashSet(StringComparer.OrdinalIgnoreCase);
        futureModals = PhraseMatcher.Of(lexicon, ["future_modals"]);
        contextNouns = PhraseMatcher.Of(lexicon, ["context_troop_nouns"]);
        amountBefore = AmountPhrase.Of(lexicon, "troop_amount_nouns", "amount_connectors", reach: 60);
        amountPredicateBefore = AmountPhrase.Predicate(lexicon, "troop_amount_nouns", "amount_predicates", reach: 60, lexicon.Words("estimate_nouns"));
        estimateBefore = AmountPhrase.Of(lexicon, "estimate_nouns", "estimate_connectors", reach: 30);
        targetBefore = AmountPhrase.Of(lexicon, "target_nouns", "estimate_connectors", reach: 30);
        estimatePhraseBefore = AmountPhrase.Of(lexicon, "estimate_phrases", "estimate_connectors", reach: 60);
        nonTroopWords = PhraseMatcher.Of(lexicon, ["non_troop_nouns"]);
        reportParticiples = AdjacentPhrases.Of(lexicon, "report_participles", ignoreCase: false);
        serviceWords = AdjacentPhrases.Of(lexicon, "service_cues");
        warPlaces = PhraseMatcher.Of(lexicon, [Place], ignoreCase: false);
        placeNounWords = PhraseMatcher.Of(lexicon, [PlaceNoun], ignoreCase: false);
        estimatePhrases = PhraseMatcher.Of(lexicon, ["estimate_phrases"]);
        // (and a verb of sending, whose object the estimate's noun is: "has put the total the North sent since October 2024 at
        // around 15,000")
        peopleWords = PhraseMatcher.Of(lexicon, ["troop_words", "troop_nouns", "national_nouns", "casualty_words", "estimated_losses", "sending_verbs"]);
        possibleTroops = PhraseMatcher.Of(lexicon, ["troop_nouns", "context_troop_nouns"]);
        presenceAfter = AdjacentPhrases.Of(lexicon, "presence_after", ignoreCase: false);
        moreOfSame = AdjacentPhrases.Of(lexicon, "more_of_same");
        casualtyAfter = lexicon.Regex("casualty_after", RegexOptions.None);
        anchorBefore = lexicon.Regex("anchor_before", ignoreCase | RegexOptions.RightToLeft);
        restatedEstimateBefore = lexicon.Regex("restated_estimate_before", ignoreCase | RegexOptions.RightToLeft);
        formationAfter = lexicon.Regex("formation_after", RegexOptions.None);
        partOrigins = AdjacentPhrases.Of(lexicon, "part_origin_words");
        earlierBefore = lexicon.Regex("earlier_before", ignoreCase);
        armyLevelBefore = lexicon.Regex("army_level_before", ignoreCase | RegexOptions.RightToLeft);
        armyLevelWholes = PhraseMatcher.Of(lexicon, ["army_level_wholes"]);
        earlierAfter = lexicon.Regex("earlier_after", ignoreCase);
        plannedBefore = lexicon.Regex("planned_before", ignoreCase);
        plannedAfter = lexicon.Regex("planned_after", ignoreCase);
        plannedAfterGate = new PlannedAfterGate(lexicon);
        troopWords = PhraseMatcher.Of(lexicon, ["troop_words"]);
        (rowLabelTroopWords, rowLabelCasualtyWords) = (PhraseMatcher.Of(lexicon, ["row_label_troop_words"]), PhraseMatcher.Of(lexicon, ["row_label_casualty_words"]));
        exerciseNouns = PhraseMatcher.Of(lexicon, ["troop_exercise_nouns"]);
        troopContext = PhraseMatcher.Of(lexicon, ["troop_context_words"], ignoreCase: false);
        exchanges = PhraseMatcher.Of(lexicon, ["exchange_words"]);
        retiredRanks = PhraseMatcher.Of(lexicon, ["retired_rank_nouns"]);
        cues = PhraseMatcher.Of(lexicon, [Casualty, ArmySize, Deployment, PossibleCue, Place, PlaceNoun, Readiness, OtherCue, ForceName], ignoreCase: false);
        titleCaseCues = PhraseMatcher.Of(lexicon, [Casualty, ArmySize, Deployment, OtherCue]);
        unitWords = AdjacentPhrases.Of(lexicon, "troop_unit_words");
        strengthSuffixes = AdjacentPhrases.Of(lexicon, "strength_suffixes");
        strengthWords = AdjacentPhrases.Of(lexicon, "strength_words");
        bareFollowers = AdjacentPhrases.Of(lexicon, "bare_followers", ignoreCase: false);
        bareFollowersAboutTroops = AdjacentPhrases.Of(lexicon, "bare_followers_about_troops", ignoreCase: false);
        captivesAfter = NounAfterNumber.Of(lexicon, "noun_modifiers", "captive_nouns");
        ownDeadAfter = NounAfterNumber.Of(lexicon, "noun_modifiers", "own_dead_nouns");
        captureVerbs = AdjacentPhrases.Of(lexicon, "capture_verbs", ignoreCase: false);
        passageTroopVerbs = AdjacentPhrases.Of(lexicon, "passage_troop_verbs", ignoreCase: false);
        passageVerbFillers = AdjacentPhrases.Of(lexicon, "passage_verb_fillers", ignoreCase: false);
        percent = AdjacentPhrases.Of(lexicon, "percent_words");
        money = AdjacentPhrases.Of(lexicon, ["currency_symbols", "currency_codes"], ignoreCase: false);
        units = AdjacentPhrases.Of(lexicon, "units");
        months = AdjacentPhrases.Of(lexicon, "months", ignoreCase: false);
        labels = AdjacentPhrases.Of(lexicon, "label_words", ignoreCase: false);
        yearLeads = AdjacentPhrases.Of(lexicon, "year_leads");
        unroundYearLeads = AdjacentPhrases.Of(lexicon, "unround_year_leads");
        ratios = AdjacentPhrases.Of(lexicon, "ratio_words", ignoreCase: false);
        subsetCues = AdjacentPhrases.Of(lexicon, "subset_cues");
        (comprisingCues, comprisingWholes) = (AdjacentPhrases.Of(lexicon, "comprising_cues"), AdjacentPhrases.Of(lexicon, "comprising_wholes"));
        subsetOpeners = AdjacentPhrases.Of(lexicon, "subset_openers");
        subsetVerbs = AdjacentPhrases.Of(lexicon, "subset_verbs", ignoreCase: false);
        destinationWords = AdjacentPhrases.Of(lexicon, "destination_words", ignoreCase: false);
        originPrepositions = AdjacentPhrases.Of(lexicon, "origin_prepositions");
        countryServices = AdjacentPhrases.Of(lexicon, "country_service_heads");
        destinationPrepositions = AdjacentPhrases.Of(lexicon, "destination_prepositions");
        (neighbourParticiples, neighbourPlaceHeads) = (AdjacentPhrases.Of(lexicon, "neighbour_participles"), AdjacentPhrases.Of(lexicon, "neighbour_place_heads", ignoreCase: false));
        regionAdjectives = AdjacentPhrases.Of(lexicon, "region_adjectives");
        articles = AdjacentPhrases.Of(lexicon, "articles");
        peopleNouns = AdjacentPhrases.Of(lexicon, "people_nouns");
        armsAfterPeople = AdjacentPhrases.Of(lexicon, "arms_after_people");
        ellipsis = AdjacentPhrases.Of(lexicon, "ellipsis_after");
        more = AdjacentPhrases.Of(lexicon, "more_after");
        coordinators = AdjacentPhrases.Of(lexicon, "coordinators");
        clauseVerbs = AdjacentPhrases.Of(lexicon, "clause_verbs", ignoreCase: false);
        sendVerbs = AdjacentPhrases.Of(lexicon, "sending_verbs", ignoreCase: false);
        lossVerbs = AdjacentPhrases.Of(lexicon, "loss_verbs", ignoreCase: false);
        holdingVerbsAll = AdjacentPhrases.Of(lexicon, "holding_verbs", ignoreCase: false);
        (laterLossLinks, laterLossAuxiliaries) = (AdjacentPhrases.Of(lexicon, "later_loss_links"), AdjacentPhrases.Of(lexicon, "later_loss_auxiliaries"));
        presencePlaces = AdjacentPhrases.Of(lexicon, "presence_places", ignoreCase: false);
        (joinedUnitLeads, joinedUnitNouns, joinedUnitRefusals) = (AdjacentPhrases.Of(lexicon, "joined_unit_leads"), AdjacentPhrases.Of(lexicon, "joined_unit_nouns"),
            AdjacentPhrases.Of(lexicon, "joined_unit_refusals"));
        numberVerbOpeners = AdjacentPhrases.Of(lexicon, "number_verb_openers");
        numberVerbSubjects = AdjacentPhrases.Of(lexicon, "number_verb_subjects");
        figureNounsAfter = AdjacentPhrases.Of(lexicon, "figure_nouns_after");
        figureNounsBefore = AdjacentPhrases.Of(lexicon, "figure_nouns_before");
        othersCountedNouns = PhraseMatcher.Of(lexicon, ["others_counted_nouns"]);
        infinitiveMarkers = AdjacentPhrases.Of(lexicon, "infinitive_markers");
        planVerbs = AdjacentPhrases.Of(lexicon, "send_verbs");
        firstPartOf = AdjacentPhrases.Of(lexicon, "first_part_of");
        (deliberationVerbs, deliberationClauseOpeners) = (AdjacentPhrases.Of(lexicon, "deliberation_verbs"), AdjacentPhrases.Of(lexicon, "deliberation_clause_openers"));
        (splitRequestVerbs, splitRequestAdjuncts, splitRequestParticles) = (AdjacentPhrases.Of(lexicon, "split_request_verbs"),
            AdjacentPhrases.Of(lexicon, "split_request_adjuncts"), AdjacentPhrases.Of(lexicon, "split_request_particles"));
        possibleActionVerbs = AdjacentPhrases.Of(lexicon, "possible_action_verbs");
        (earlierPlacingParticiples, earlierAdverbsAfterNoun) = (AdjacentPhrases.Of(lexicon, "earlier_placing_participles"), AdjacentPhrases.Of(lexicon, "earlier_adverbs_after_noun"));
        existentials = AdjacentPhrases.Of(lexicon, "existentials");
        futureBefore = AdjacentPhrases.Of(lexicon, "future_before");
        (futureBeforeVerbHedges, verbHedges) = (AdjacentPhrases.Of(lexicon, "future_before_verb_hedges", ignoreCase: false),
            AdjacentPhrases.Of(lexicon, "verb_hedges"));
        plannedAfterWords = AdjacentPhrases.Of(lexicon, "planned_after_words");
        (plannedAfterTransitive, plannedAfterObjects) = (AdjacentPhrases.Of(lexicon, "planned_after_transitive"), AdjacentPhrases.Of(lexicon, "planned_after_objects"));
        pronounCopulas = AdjacentPhrases.Of(lexicon, "pronoun_copulas");
        existentialOpeners = AdjacentPhrases.Of(lexicon, "existential_openers");
        speakerCountVerbs = AdjacentPhrases.Of(lexicon, "speaker_count_verbs");
        speakerCountLeads = AdjacentPhrases.Of(lexicon, "speaker_count_leads");
        speakerCountCeiling = lexicon.Setting("speaker_count_ceiling");
        namedPeopleBack = AdjacentPhrases.Of(lexicon, "named_people_back_nouns");
        troopWordsOrNouns = PhraseMatcher.Of(lexicon, ["troop_words", "troop_nouns"]);
        mobilizationVerbs = PhraseMatcher.Of(lexicon, ["mobilization_verbs"]);
        limitVerbs = PhraseMatcher.Of(lexicon, ["limit_verbs"]);
        limitBounds = lexicon.Words("limit_bounds").ToHashSet(StringComparer.OrdinalIgnoreCase);
        currentCues = PhraseMatcher.Of(lexicon, ["current_cues"]);
        // List i is bit i (FigureStatus's constants).
        statusCues = new CueIndex(new[] { "earlier_adjectives", "report_nouns", "revision_verbs", "had_verbs", "earlier_adverbs", "earlier_verbs",
            "estimated_verbs", "earlier_after", "plan_cues", "send_verbs", "plan_nouns", "arrival_verbs", "future_after", "earlier_times_after",
            "future_modals", "expectation_words", "be_infinitives", "past_perfect_auxiliaries", "plan_progressives", "plan_presents" }
            .Select((list, i) => new CueWords(1UL << i, lexicon.Words(list)))
            // The verbs and nouns of a level's change share the bit of revision_verbs: earlier_before reads them all after "from".
            .Append(new CueWords(4UL, lexicon.Words("level_change_verbs")))
            .Append(new CueWords(4UL, lexicon.Words("level_change_nouns"))));
        pastPerfectAuxiliaries = [.. lexicon.Words("past_perfect_auxiliaries").Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0])];
        (earlierReportAdjectives, earlierReportNouns) = (LowerWords(lexicon, "earlier_adjectives", except: "first_report_adjectives"), LowerWords(lexicon, "report_nouns"));
        earlierAdverbWords = [.. lexicon.Words("earlier_adverbs").Select(w => w.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(p => p.Length)!)];
        agent = SendingAgent.For(lexicon);
        leaving = agent.Leaving;
        changeReach = ChangeVerbReach.For(lexicon);
        kindWords = new KindWords(lexicon);
        partitiveWords = AdjacentPhrases.Of(lexicon, "partitive_words");
        partJoiners = AdjacentPhrases.Of(lexicon, "part_joiners");
        approvalWords = AdjacentPhrases.Of(lexicon, "approval_words");
        sendingPlanAdjectives = AdjacentPhrases.Of(lexicon, "sending_plan_adjectives");
        departedShareVerbs = PhraseMatcher.Of(lexicon, ["departed_share_verbs"]);
        departedShareVerbsBefore = AdjacentPhrases.Of(lexicon, "departed_share_verbs_before");
        sendingNounOrdinals = AdjacentPhrases.Of(lexicon, "sending_noun_ordinals");
        joinedAfterFigure = AdjacentPhrases.Of(lexicon, "joined_after_figure");
        decisionWords = AdjacentPhrases.Of(lexicon, "decision_words");
        decisionAdjuncts = AdjacentPhrases.Of(lexicon, "decision_adjuncts");
        orderedLevel = new OrderedLevelWords(lexicon);
        currentLevel = new CurrentLevelWords(lexicon);
        possibleSizeNow = AdjacentPhrases.Of(lexicon, "possible_size_now");
        frontedClauseOpeners = AdjacentPhrases.Of(lexicon, "fronted_clause_openers");
        planPastAside = new PlanPastAsideWords(lexicon);
        (modalBeforeCurrentCues, modalAfterCurrentCues) = (AdjacentPhrases.Of(lexicon, "modal_before_current_cues"), AdjacentPhrases.Of(lexicon, "modal_after_current_cues"));
        changeAppositives = AdjacentPhrases.Of(lexicon, "change_appositives");
        definiteStanding = new DefiniteStandingWords(lexicon);
        withdrawnForce = new WithdrawnForceWords(lexicon);
        changeAmount = new ChangeAmountWords(lexicon);
        sendingNouns = AdjacentPhrases.Of(lexicon, "sending_nouns");
        offeredForceNouns = AdjacentPhrases.Of(lexicon, "offered_force_nouns");
        (sendingNounDeterminers, wholeForceQuantifiers) = (AdjacentPhrases.Of(lexicon, "sending_noun_determiners"), AdjacentPhrases.Of(lexicon, "whole_force_quantifiers"));
        wholeForceMovers = AdjacentPhrases.Of(lexicon, ["sending_verbs", "moving_verbs"]);
        actionOf = AdjacentPhrases.Of(lexicon, "action_of");
        partnerWords = AdjacentPhrases.Of(lexicon, "partner_words");
        thingNouns = AdjacentPhrases.Of(lexicon, "country_thing_nouns");
        placeOfHeads = AdjacentPhrases.Of(lexicon, "place_of_heads");
        estimateAtVerbs = AdjacentPhrases.Of(lexicon, "estimate_at_verbs");
        speechTimeFillers = AdjacentPhrases.Of(lexicon, "speech_time_fillers");
        continuationAfter = AdjacentPhrases.Of(lexicon, "continuation_after");
        comparisonAsideLeads = AdjacentPhrases.Of(lexicon, "comparison_aside_leads");
        asideLeads = AdjacentPhrases.Of(lexicon, ["comparison_aside_leads", "part_aside_leads"]);
        postmodifierOpeners = lexicon.WordLookup("coordinated_postmodifier_openers", StringComparer.Ordinal);
        multinationalNames = new PhraseMatcher(lexicon.Sources.Where(e => e.Kind == "military" && e.Country is null)
            .SelectMany(e => e.Aliases.Prepend(e.Name)).Select(n => new LabelledPhrase("multinational", n)), ignoreCase: false);
        forceNouns = AdjacentPhrases.Of(lexicon, "force_nouns");
        sizedForceNouns = AdjacentPhrases.Of(lexicon, "multinational_sized_nouns");
        originVerbs = AdjacentPhrases.Of(lexicon, "origin_verbs");
        auxiliaries = AdjacentPhrases.Of(lexicon, "auxiliaries");
        hedgedAuxiliaries = AdjacentPhrases.Of(lexicon, "hedged_auxiliaries");
        relativeTroopVerbs = AdjacentPhrases.Of(lexicon, "relative_troop_verbs");
        relativeFillers = AdjacentPhrases.Of(lexicon, "relative_fillers");
        frontedDeterminers = AdjacentPhrases.Of(lexicon, "fronted_determiners");
        (wholeOtherVerbs, wholeRates) = (AdjacentPhrases.Of(lexicon, "whole_other_verbs"), AdjacentPhrases.Of(lexicon, "whole_rates"));
        clauseOpeners = AdjacentPhrases.Of(lexicon, "clause_openers");
        homeTroopNouns = AdjacentPhrases.Of(lexicon, "home_troop_nouns");
        readinessNegations = AdjacentPhrases.Of(lexicon, "readiness_negations");
        replacedBefore = AdjacentPhrases.Of(lexicon, ["replaced_before", "contrast_not"]);
        anaphorsAfter = AdjacentPhrases.Of(lexicon, "anaphors_after");
        speakerVerbs = AdjacentPhrases.Of(lexicon, "speaker_verbs");
        ownAnnouncementVerbs = AdjacentPhrases.Of(lexicon, "own_announcement_verbs");
        speakerVerbFillers = AdjacentPhrases.Of(lexicon, "speaker_verb_fillers");
        reportNouns = AdjacentPhrases.Of(lexicon, "report_nouns");
        changeOrCutVerbs = PhraseMatcher.Of(lexicon, ["change_or_cut_verbs"]);
        (possibleReachVerbs, possibleReachTargets) = (AdjacentPhrases.Of(lexicon, "possible_reach_verbs"), AdjacentPhrases.Of(lexicon, "possible_reach_targets"));
        (needVerbs, supplyNouns) = (AdjacentPhrases.Of(lexicon, "need_verbs", ignoreCase: false), PhraseMatcher.Of(lexicon, ["supply_nouns"]));
        holdingVerbs = AdjacentPhrases.Of(lexicon, "holding_verbs_present");
        earlierOpenings = AdjacentPhrases.Of(lexicon, "earlier_times_opening");
        earlierReportOpeners = AdjacentPhrases.Of(lexicon, "earlier_report_openers");
        (reportThenTimes, reportThenLeads, reportThenProgressives) = (PhraseMatcher.Of(lexicon, ["report_then_times"]), AdjacentPhrases.Of(lexicon, "report_then_leads"),
            AdjacentPhrases.Of(lexicon, "report_then_progressives"));
        reportThenMoves = AdjacentPhrases.Of(lexicon, "report_then_moves");
        ownForceStays = PhraseMatcher.Of(lexicon, ["own_force_stays"]);
        (cutAdverbs, cutAnaphors, cutAuxiliaries) = (AdjacentPhrases.Of(lexicon, "cut_adverbs"), AdjacentPhrases.Of(lexicon, "cut_anaphors"),
            AdjacentPhrases.Of(lexicon, "cut_auxiliaries"));
        (earlierStarts, earlierTimeLeads, earlierTimeClauseEnds) = (AdjacentPhrases.Of(lexicon, "earlier_starts"), AdjacentPhrases.Of(lexicon, "earlier_time_leads"),
            AdjacentPhrases.Of(lexicon, "earlier_time_clause_ends"));
        (earlierHoldingVerbs, earlierEventLinks, earlierEventDeterminers) = (AdjacentPhrases.Of(lexicon, "earlier_holding_verbs"),
            AdjacentPhrases.Of(lexicon, "earlier_event_links"), AdjacentPhrases.Of(lexicon, "earlier_event_determiners"));
        earlierTimesAfter = PhraseMatcher.Of(lexicon, ["earlier_times_after"]);
        pastParticipationVerbs = AdjacentPhrases.Of(lexicon, "past_participation_verbs");
        wholeQuantifiers = AdjacentPhrases.Of(lexicon, "whole_quantifiers");
        wholeOpeners = AdjacentPhrases.Of(lexicon, "whole_openers");
        wholeAnaphors = AdjacentPhrases.Of(lexicon, "whole_anaphors");
        wholeBefore = AdjacentPhrases.Of(lexicon, "whole_before");
        shareOfWhole = AdjacentPhrases.Of(lexicon, "share_of_whole");
        claimedHarmSubjects = AdjacentPhrases.Of(lexicon, "claimed_harm_subjects");
        unharmedWholeOpeners = AdjacentPhrases.Of(lexicon, "unharmed_whole_openers");
        incrementWords = AdjacentPhrases.Of(lexicon, "increment_words");
        (frontedParts, troopThings, countryTableCues) = (AdjacentPhrases.Of(lexicon, "fronted_parts"), AdjacentPhrases.Of(lexicon, "troop_things"),
            PhraseMatcher.Of(lexicon, ["country_table_cues"]));
        anaphorOpeners = AdjacentPhrases.Of(lexicon, "anaphor_openers", ignoreCase: false);
        sentParticiples = AdjacentPhrases.Of(lexicon, "sent_participles", ignoreCase: false);
        populationHeads = AdjacentPhrases.Of(lexicon, "population_heads");
        pledgeTableCues = PhraseMatcher.Of(lexicon, ["pledge_table_cues"]);
        (troopNounHeads, civilianPartners, memberBodies) = (AdjacentPhrases.Of(lexicon, "troop_noun_heads"), AdjacentPhrases.Of(lexicon, "civilian_partners"),
            AdjacentPhrases.Of(lexicon, "member_bodies"));
        (prisonerNouns, prisonerSwaps) = (AdjacentPhrases.Of(lexicon, "prisoner_nouns"), PhraseMatcher.Of(lexicon, ["prisoner_swap_words"]));
        contrastNot = AdjacentPhrases.Of(lexicon, "contrast_not");
        contrastBut = AdjacentPhrases.Of(lexicon, "contrast_but");
        timeZones = AdjacentPhrases.Of(lexicon, "time_zones", ignoreCase: false);
        unitAlternatives = AdjacentPhrases.Of(lexicon, "unit_alternatives");
        (designationHeads, designationWords) = (lexicon.WordLookup("unit_designation_heads", StringComparer.Ordinal),
            lexicon.WordLookup("unit_designation_words", StringComparer.Ordinal));
        (bareStrengthArticles, bareStrengthHeads, bareStrengthFollowers) = (AdjacentPhrases.Of(lexicon, "bare_strength_articles"),
            AdjacentPhrases.Of(lexicon, "bare_strength_heads"), AdjacentPhrases.Of(lexicon, "bare_strength_followers"));
        (wholeAdjectives, amountHeadsAfter) = (AdjacentPhrases.Of(lexicon, "whole_adjectives"), AdjacentPhrases.Of(lexicon, "amount_heads_after"));
        partLinks = AdjacentPhrases.Of(lexicon, "part_links");
        reportAdverbs = AdjacentPhrases.Of(lexicon, "report_adverbs");
        (personSuffixes, personHeads) = (AdjacentPhrases.Of(lexicon, "person_strength_suffixes"), AdjacentPhrases.Of(lexicon, "person_strength_heads"));
        (civilianStrengthHeads, militaryCompanyWords) = (AdjacentPhrases.Of(lexicon, "civilian_strength_heads"), PhraseMatcher.Of(lexicon, ["military_company_words"]));
        (casualtyDegrees, totalAfter, frontedPartitives) = (AdjacentPhrases.Of(lexicon, "casualty_degrees"), AdjacentPhrases.Of(lexicon, "total_after"),
            AdjacentPhrases.Of(lexicon, "fronted_partitives"));
        casualtyWords = PhraseMatcher.Of(lexicon, ["casualty_words"]);
        frontedCasualtyHeads = AdjacentPhrases.Of(lexicon, "fronted_casualty_heads");
        frontedWholeDeterminers = AdjacentPhrases.Of(lexicon, "fronted_whole_determiners");
        (civilianWords, callUpParticiples) = (PhraseMatcher.Of(lexicon, ["civilian_words"]), AdjacentPhrases.Of(lexicon, "call_up_participles", ignoreCase: false));
        (moneyNouns, ageWords, possessedCasualties) = (PhraseMatcher.Of(lexicon, ["money_nouns", "currency_symbols", "currency_codes"], ignoreCase: false),
            PhraseMatcher.Of(lexicon, ["age_words"]), AdjacentPhrases.Of(lexicon, "possessed_casualty_nouns"));
        (ageComparatives, agePeople) = (AdjacentPhrases.Of(lexicon, "age_comparatives"), AdjacentPhrases.Of(lexicon, "age_people_nouns"));
        legalPredicates = PhraseMatcher.Of(lexicon, ["legal_predicates"]);
        reaches = FigureReaches.Of(lexicon);
        (levelsAfter, valueCopulas, paymentVerbs) = (AdjacentPhrases.Of(lexicon, "levels_after"), AdjacentPhrases.Of(lexicon, "value_copulas"),
            AdjacentPhrases.Of(lexicon, "payment_verbs"));
        (amountWords, troopWordsAt) = (AdjacentPhrases.Of(lexicon, ["anchor_nouns", "troop_amount_nouns"]), AdjacentPhrases.Of(lexicon, ["troop_words", "troop_nouns"]));
        (contrastWords, backReferenceMinimum) = (PhraseMatcher.Of(lexicon, ["contrast_clause_openers"]), lexicon.Setting("back_reference_minimum"));
        backWords = new BackReferenceWords(lexicon);
        (futureVerbModals, futureVerbNonMoves, futureTimeLimits) = (AdjacentPhrases.Of(lexicon, "future_verb_modals"),
            AdjacentPhrases.Of(lexicon, "future_verb_non_moves"), AdjacentPhrases.Of(lexicon, "future_time_limits"));
        futureVerbStops = AdjacentPhrases.Of(lexicon, "future_verb_stops");
        futureTimesAfter = PhraseMatcher.Of(lexicon, ["future_times_after"]);
        (futureVerbWordReach, futureTimeReach) = (lexicon.Setting("future_verb_word_reach"), lexicon.Setting("future_time_reach"));
        governing = new GoverningClauseWords(lexicon);
        supersession = new SupersessionWords(lexicon);
        pastLevels = new PastLevelWords(lexicon);
        pastThenNow = new PastThenNowWords(lexicon);
        leftBehind = new LeftBehindWords(lexicon);
        datedLevels = new DatedLevelWords(lexicon);
        forceOfNationals = new ForceOfNationalsWords(lexicon);
        peopleBack = new PeopleBackWords(lexicon);
        troopListJoins = AdjacentPhrases.Of(lexicon, "troop_list_joins");
        (callUpFlightVerbs, callUpExitVerbs, callUpExitPlaces, callUpFlightContext) = CallUpFlightWords(lexicon);
        callUpSentencePoolWords = PhraseMatcher.Of(lexicon, ["call_up_sentence_pool_words"]);
        dispatchNouns = PhraseMatcher.Of(lexicon, ["dispatch_nouns"]);
        backPointers = PhraseMatcher.Of(lexicon, ["back_pointer_words"]);
        levelPointers = new LevelPointerWords(lexicon);
        pastPresenceVerbs = AdjacentPhrases.Of(lexicon, "past_presence_verbs");
        (placedPartLeads, includedPartLeads) = (AdjacentPhrases.Of(lexicon, "placed_part_leads"), AdjacentPhrases.Of(lexicon, "included_part_leads"));
        timeClauseOpeners = AdjacentPhrases.Of(lexicon, "time_clause_openers");
        timeClausePastWords = PhraseMatcher.Of(lexicon, ["time_clause_past_words"]);
        casualtyPairs = new CasualtyPairWords(lexicon);
        clashDead = new ClashDeadWords(lexicon);
        partWords = new PartPredicateWords(lexicon);
        partWhole = new PartWholeWords(lexicon);
        members = new MemberWords(lexicon);
        armedGroupContext = PhraseMatcher.Of(lexicon, ["armed_group_context"], ignoreCase: false);
        groupFighterNouns = PhraseMatcher.Of(lexicon, ["group_fighter_nouns"]);
    }
}

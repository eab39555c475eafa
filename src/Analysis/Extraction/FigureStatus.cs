namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Whether a troop figure is the current estimate, an earlier one ("up from 3,000") or a plan ("will send 1,000",
/// "by 2027", "on high readiness"). The words are the lexicon's (figures.json: the status patterns and lists).
/// </summary>
internal sealed partial class TroopCountFinder
{
    // The words the status patterns name (figures.json): each is tried only where the words of one of its branches are
    // (see Status).
    private readonly CueIndex statusCues;
    // The first words of earlier_before's past perfect auxiliaries ("had"), looked for in the very text the pattern reads
    // (see MayHoldWord).
    private readonly string[] pastPerfectAuxiliaries;
    // Of each phrase of earlier_adverbs its longest word ("at first": "first"), looked for the same way: CueIndex keys a phrase
    // by its first word, so the adverb's bit is set by any "at" ("put the size ... at"), where the pattern's branch cannot match.
    private readonly string[] earlierAdverbWords;
    // "Earlier, the ministry said ...": an opener of an earlier report (EarlierReport).
    private readonly AdjacentPhrases earlierReportOpeners;
    private readonly AdjacentPhrases approvalWords, decisionWords, sendingNouns, actionOf, holdingVerbs, earlierOpenings, earlierStarts,
        earlierTimeLeads, earlierTimeClauseEnds,
        earlierHoldingVerbs, earlierEventLinks, earlierEventDeterminers;
    private readonly PhraseMatcher changeOrCutVerbs, earlierTimesAfter;
    private readonly PhraseMatcher departedShareVerbs;
    private readonly AdjacentPhrases cutAdverbs, cutAnaphors, cutAuxiliaries;
    private readonly AdjacentPhrases sendingNounDeterminers, wholeForceQuantifiers, wholeForceMovers, sendingPlanAdjectives, sendingNounOrdinals, joinedAfterFigure;
    private readonly AdjacentPhrases offeredForceNouns;
    // Adjuncts of time, place or manner between a decision and its move noun (figures.json: decision_adjuncts).
    private readonly AdjacentPhrases decisionAdjuncts;
    private readonly KindWords kindWords;
    private readonly IReadOnlySet<string> consequenceFalseStarts, consequenceTotalLinks;
    private const ulong EarlierAdjective = 1, ReportNoun = 2, RevisionVerb = 4, HadVerb = 8, EarlierAdverb = 16, EarlierVerb = 32,
        EstimatedVerb = 64, EarlierAfter = 128, PlanCue = 256, SendVerb = 512, PlanNoun = 1024, ArrivalVerb = 2048, FutureAfter = 4096,
        EarlierTimeAfter = 8192, FutureModal = 16384, ExpectationWord = 32768, BeWord = 65536, HadWord = 131072, PlanProgressive = 262144,
        PlanPresent = 524288;

    // The status of the figure at q (the whole mention: span) in text[segmentStart..segmentEnd); previous: the figure
    // before it in the sentence.
    private EstimateStatus StatusOf(string text, Sentence sentence, List<PhraseMatch> sentenceCues, int start, int segmentStart, int segmentEnd, Quantity q,
        TextSpan span, FigureCandidate? previous, TroopKind kind)
    {
        // A mention may reach out of its segment (a count in words after a live blog's time stamp, "08:45 Three soldiers
        // were hurt ..., the army said"): its words are read from and to the farther ends.
        (segmentStart, segmentEnd) = (Math.Min(segmentStart, q.Span.Start), Math.Max(segmentEnd, span.End));
        // "After some 2,000 troops were released last week, 700 Marines will leave": a figure of a fronted clause is read to the
        // clause's closing comma (FrontedClauseEnd); sentenceEnd is where its predicate may stand.
        var sentenceEnd = sentence.End;
        if (FrontedClauseEnd(text, sentence.Start, q.Span.Start, span.End, sentence.End) is var fronted and >= 0)
            (segmentEnd, sentenceEnd) = (Math.Min(segmentEnd, fronted), fronted);
        var headline = IsHeadline(text, sentence);
        var changeStart = q.ChangeStart || ChangeFrom(text, segmentStart, segmentEnd, q, span);
        var status = headline && (HeadlineInfinitive(text, sentence.Start, segmentStart, q.Span.Start) || HeadlineSubjectInfinitive(text, sentence.Start, q, span, segmentEnd))
            && !changeStart
            ? EstimateStatus.Planned : Status(text, sentenceCues, start, segmentStart, segmentEnd, sentenceEnd, q, span, headline, changeStart, kind);
        // "down from a peak of 3,000", "last year's contingent of 1,200", "originally 600 troops": a level of the past.
        if (status == EstimateStatus.Current && PastLevelBefore(text, segmentStart, segmentEnd, q)) status = EstimateStatus.Earlier;
        // "could capture the city with as many as 30,000 troops", "will hold the drills with some 200,000 troops": the troops
        // an action still to come is to be carried out with.
        if (status == EstimateStatus.Current && Instrument(text, segmentStart, span) is var with and >= 0
            && (futureMarkers.Any(text, segmentStart, with) || PossibleBefore(sentenceCues, segmentStart, with)))
            status = EstimateStatus.Planned;
        // Read to the end of the sentence: "ordered about 9,500 of the 34,500 troops in Germany out of that country".
        if (status == EstimateStatus.Current && WishedOrOrdered(text, segmentStart, sentenceEnd, q, span)) status = EstimateStatus.Planned;
        // "will fall to about 1,000 from roughly 1,700": the figure after "from" is what the one after "to" replaces.
        if (status == EstimateStatus.Current && previous is not null && ReplacedFrom(text, start, previous, segmentStart, q.Span.Start))
            status = EstimateStatus.Earlier;
        // "The Pentagon will cut the number of U.S. troops in Syria roughly in half over the coming months, to fewer than 1,000":
        // the figure a cut still to come ends at, however far the verb.
        if (status == EstimateStatus.Current && PlannedCutTo(text, start, q.Span.Start)) status = EstimateStatus.Planned;
        // "could lift U.S. troop strength above 400,000", "could come close to 100,000": the possibility of a level (not a toll).
        if (status == EstimateStatus.Current && kind != TroopKind.Casualties && PossibleReach(sentenceCues, text, segmentStart, q.Span.Start, q.Core.Start))
            status = EstimateStatus.Planned;
        // "has pledged to grow its reserves from 60,000 to 200,000", "will trim its force from 1,700 soldiers to 1,000": the
        // figure a planned change ends at is planned.
        if (status == EstimateStatus.Current && previous is not null
            && ((q.ChangeEnd && previous.Quantity.ChangeStart) || ChangeFrom(text, start, q.Span.Start, previous.Quantity, previous.Span))
            && (PlannedBefore(text, start, previous.Quantity.Span.Start) || ResultOfFuture(text, start, previous.Quantity.Span.Start)))
            status = EstimateStatus.Planned;
        // "will extend conscription to one year, adding some 10,000 conscripts a year": a participle after a comma right before the
        // figure shares the future of the clause before it.
        if (status == EstimateStatus.Current && FutureParticiple(text, start, q.Span.Start)) status = EstimateStatus.Planned;
        // "approved another 1,115 service members, bringing the number of troops there close to 10,000": the total a planned
        // addition brings is planned too ("sent another 1,000, bringing the total to 5,000" stays current).
        if (status == EstimateStatus.Current && previous?.Status == EstimateStatus.Planned && ConsequenceClause(text, segmentStart, segmentEnd, q.Span.Start, q.Core.Start))
            status = EstimateStatus.Planned;
        // "The bulk of the pullout, roughly 3,500 troops, should be done by July 4", "The brigade, some 5,000 strong, is to be
        // operational by 2027": a figure set off by commas shares the predicate after its closing comma.
        if (status == EstimateStatus.Current && AppositivePlan(text, segmentStart, segmentEnd, q, span)) status = EstimateStatus.Planned;
        // "About 3,000 troops, drawn from four countries, will take part", "A force of 5,000 - authorized last year - has yet to
        // deploy": the predicate past an aside after the figure's noun phrase, or past the figure's own apposition; "400 engineers
        // and sappers who will be sent": a relative clause of a plan after the noun phrase.
        if (status == EstimateStatus.Current && kind != TroopKind.Casualties && (PlanPastAside(text, sentence.Start, sentenceEnd, q, span) || PlanInRelative(text, sentenceEnd, span)))
            status = EstimateStatus.Planned;
        // "expects to cut the troops in Iraq to 2,500, a reduction of more than 500": the size of a planned change is planned.
        if (status == EstimateStatus.Current && previous?.Status == EstimateStatus.Planned && kind != TroopKind.Casualties && ChangeAppositive(text, previous, q.Span.Start))
            status = EstimateStatus.Planned;
        // "will activate 49,703 reservists in two stages: 9,827 by Aug. 31 and 39,876 by Oct. 1": a stage of a planned move, told
        // with its own target date, is planned too.
        if (status == EstimateStatus.Current && previous?.Status == EstimateStatus.Planned && kind != TroopKind.Casualties
            && TargetDateAfter(text, span.End, segmentEnd, out _))
            status = EstimateStatus.Planned;
        // "will send 1,000 sappers and 5,000 builders": figures joined by "and" share one verb (as does a gapped clause that names
        // its contributor: "has promised 2,000 soldiers and Togo a total of 540 men"); so do "will send 1,000 sappers
        // to clear mines and 5,000 builders to restore roads", "will deploy 800 to Poland and 400 to Lithuania".
        // (Not a casualty count after a force told as it was: "Of the 12,000 originally deployed, more than 4,000 were killed"
        // counts losses of now; "had put the toll at 300 killed and 2,700 wounded" shares the earlier toll.)
        if (status == EstimateStatus.Current && previous is not null && previous.Status != EstimateStatus.Current && !q.ChangeEnd
            && !(kind == TroopKind.Casualties && previous.Kind != TroopKind.Casualties && previous.Status == EstimateStatus.Earlier)
            // (nor a part with a verb of its own after a fronted whole: "Of the planned deployment of 6,000, around 1,000 have arrived")
            && !(kind == TroopKind.Subset && AuxiliaryAfter(text, span.End, segmentEnd))
            && ((Coordinated(text, segmentStart, q.Span.Start) && !AuxiliaryAfter(text, span.End, segmentEnd)) || AnotherObject(text, segmentStart, segmentEnd, q, span)
                || GappedContributor(text, segmentStart, segmentEnd, q, span)))
            status = previous.Status;
        // "About 8,000 Marines will go first, followed by a brigade of 4,000": the next part of a move shares its time, unless a
        // time of its own says it came ("then 2,000 more arrived last week": done_times).
        if (status == EstimateStatus.Current && previous is not null && previous.Status != EstimateStatus.Current && !q.ChangeEnd
            && kind != TroopKind.Casualties && SequencedAfter(text, segmentStart, q.Span.Start) && !kindWords.DoneTimes.Any(text, q.Span.End, segmentEnd))
            status = previous.Status;
        // "Kenya's pledge stands at 1,000 and Chad's at 400 soldiers": a coordinate clause whose verb was left out shares the
        // status of the clause before.
        if (status == EstimateStatus.Current && previous is not null && previous.Status != EstimateStatus.Current && !q.ChangeEnd
            && kind != TroopKind.Casualties && VerblessCoordinate(text, segmentStart, segmentEnd, q, span))
            status = previous.Status;
        // "had put the toll at about 4,700, including some 600 dead": a part of an earlier count is earlier too.
        if (status == EstimateStatus.Current && previous?.Status == EstimateStatus.Earlier && IncludedIn(text, segmentStart, segmentEnd, q, span))
            status = EstimateStatus.Earlier;
        // "The force peaked at 14,357 (8,515 soldiers, 5,842 Marines)", "... peaked at 14,357: 8,515 soldiers and 5,842 Marines": the
        // breakdown of an earlier level is of that time too.
        if (status == EstimateStatus.Current && kind == TroopKind.Subset && previous?.Status == EstimateStatus.Earlier && Breakdown(text, q, previous))
            status = EstimateStatus.Earlier;
        // "2,000 US troops are in Syria, not 503": the count another one denies.
        if (status == EstimateStatus.Current && previous is not null && DeniedAfter(text, previous, segmentEnd, q, span)) status = EstimateStatus.Earlier;
        // "About 1,000 of the estimated 3,000 Iranian troops will go home": the future form after a partitive's whole is its
        // part's (planned); the whole the part is drawn from is there now. (Not a whole told as a plan: "1,000 of the planned
        // 6,000 will arrive", list sending_plan_adjectives.)
        // (So too after a part told as a plan of a past time: "News reports at the time said 1,200 of the estimated 3,000 foreign
        // troops would leave": the whole was there then, and the report of then makes it earlier below.)
        if (status == EstimateStatus.Planned && previous is not null && kind != TroopKind.Casualties
            && (previous.Status == EstimateStatus.Planned || previous.Status == EstimateStatus.Earlier && ReportedThen(text, sentence, previous.Quantity, previous.Span))
            && PartitiveWhole(text, previous.Span.End, q.Span.Start))
            status = EstimateStatus.Current;
        // "9,680 of its 12,944 uniformed personnel had left Mali", "Most of the last 1,000 Syrian troops have withdrawn": the whole
        // a share has left from (share_of_whole right before the number or one word before it) is the level before that share
        // left (earlier). So too when the departure is told before the share, in its sentence: "withdrew 1,000 of its 3,600
        // soldiers", "recalled half of its 1,200-strong contingent".
        if (status == EstimateStatus.Current && kind != TroopKind.Casualties && ShareStart(text, segmentStart, q.Span.Start, previous) is var share and >= 0
            && (DepartedAfter(text, span.End, segmentEnd) || share >= sentence.Start && DepartureRightBefore(text, sentence.Start, share)))
            status = EstimateStatus.Earlier;
        // "Senegal's state radio said then that the first units to leave included about 200", "the contingent had grown to 2,800,
        // the weekly reported at the time": a report of a past time gives the level of that time. (Not a toll: a count of the dead
        // told then still counts them.)
        if (status == EstimateStatus.Current && kind != TroopKind.Casualties && ReportedThen(text, sentence, q, span)) status = EstimateStatus.Earlier;
        // "What arrived, in stages in late November and December, was about 3,000 soldiers", "In November 1981 the force was
        // expected to total some 5,000 men", told in a 2021 analysis of the 1981 mission: a strength or a plan the piece tells
        // years after its time is of then.
        if (status != EstimateStatus.Earlier && kind != TroopKind.Casualties && ToldYearsBefore(text, sentence, q)) status = EstimateStatus.Earlier;
        // "Senegal says its 2,300 troops will stay": a whole force its country names as staying is there now.
        if (status == EstimateStatus.Planned && OwnForceStays(text, segmentStart, q.Span.Start, span.End, sentenceEnd)) status = EstimateStatus.Current;
        // "had promised to withdraw the 1,300 troops", "said Spain's 1,300 troops would be withdrawn": a force named as there that
        // a withdrawal or a keeping is about is there now (not in a headline, whose infinitive tells the plan: "Belgium to pull its
        // 440 blue helmets out").
        if (status == EstimateStatus.Planned && kind != TroopKind.Casualties && !headline
            && WithdrawnForceThere(text, segmentStart, segmentEnd, q.Span.Start, span.End, sentenceEnd))
            status = EstimateStatus.Current;
        // "would mark a sharp rise over the current baseline of 144,000 troops": a level named as the one of now is there now.
        if (status == EstimateStatus.Planned && kind != TroopKind.Casualties && CurrentLevelBefore(text, segmentStart, q.Span.Start))
            status = EstimateStatus.Current;
        // "the troops, which could number as many as 11,000": a possible size of now, not troops still to come.
        if (status == EstimateStatus.Planned && PossibleSizeNow(text, segmentStart, segmentEnd, q, span)) status = EstimateStatus.Current;
        // No casualty count of the dev sets is a plan: "is preparing to add to its forces after more than 1,000 casualties"
        // counts losses suffered, whatever the plan around them.
        if (status == EstimateStatus.Planned && kind == TroopKind.Casualties) status = EstimateStatus.Current;
        return status;
    }

    // A verb of having left (departed_share_verbs) in the figure's clause after its mention: at most 60 characters on, no ',',
    // ';' or ':' between.
    private bool DepartedAfter(string text, int from, int end) => departedShareVerbs.Any(text, from, ClauseEndAfter(text, from, end, 60, ",;:"));

    // Whether only "of the" (or "of its", "of their") and at most two words not of sending_plan_adjectives stand between a
    // part's figure (ending at partEnd) and this one (starting at at): "1,000 of the estimated 3,000".
    private bool PartitiveWhole(string text, int partEnd, int at)
    {
        if (partEnd >= at || at - partEnd > 40) return false;
        var words = text[partEnd..at].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 4 || !words[0].Equals("of", StringComparison.OrdinalIgnoreCase)
            || words[1].ToLowerInvariant() is not ("the" or "its" or "their"))
            return false;
        return words.Skip(2).All(w => w.All(char.IsLetter)) && sendingPlanAdjectives.StartOfPhraseBefore(text, partEnd, at) < 0
            && !words.Skip(2).Any(w => sendingPlanAdjectives.EndOfPhraseAt(w, 0, w.Length) > 0);
    }

    // Whether the figure's clause opens after a comma with a participle of result (result_participles, at most 60 characters
    // before the number, no other comma between) and the clause before that comma (back to a ';' or the sentence's start) holds
    // a word of future_markers.
    private bool ResultOfFuture(string text, int start, int at)
    {
        if (at - start < 2) return false;
        var comma = text.LastIndexOf(',', at - 1, Math.Min(60, at - start));
        if (comma <= start || resultParticiples.EndOfPhraseAt(text, comma + 1, at) < 0) return false;
        var semicolon = text.LastIndexOf(';', comma - 1, comma - start);
        return futureMarkers.Any(text, semicolon < 0 ? start : semicolon + 1, comma);
    }

    private EstimateStatus Status(string text, List<PhraseMatch> cues, int start, int segmentStart, int segmentEnd, int sentenceEnd, Quantity q, TextSpan figure, bool headline,
        bool changeStart, TroopKind kind)
    {
        // "rose from 3,000 to 10,000": the figure a change starts from is earlier; "has pledged to grow its reserves from
        // 60,000 to 200,000", "will cut the force from 1,700 to 1,000": a change still to come starts from what is there now.
        // So too a change told as the result of a plan, after a comma: "plans to pull 900 soldiers out, reducing the force there
        // from 3,600 to 2,700" starts from the 3,600 there now; and a change a future marker heads in the figure's own clause:
        // "will trim U.K. forces in the region from 4,200 to 3,100".
        if (changeStart)
            return PlannedBefore(text, segmentStart, q.Span.Start) || ResultOfFuture(text, start, q.Span.Start) || FutureInClause(text, segmentStart, q.Span.Start)
                ? EstimateStatus.Current : EstimateStatus.Earlier;
        // "with 2,000 soldiers rather than 1,000", "instead of 5,000", "not 1,000 but 2,000": the figure another replaces
        // (one look-up: the lists replaced_before and contrast_not together; "not" needs a "but" after the figure).
        if (replacedBefore.StartOfPhraseBefore(text, segmentStart, q.Span.Start) is var replaced and >= 0
            && (contrastNot.EndOfPhraseAt(text, replaced, q.Span.Start) < 0 || ButAfter(text, segmentEnd, figure)))
            return EstimateStatus.Earlier;
        var from = Math.Max(segmentStart, q.Span.Start - 80);
        var before = text.AsSpan(from..q.Span.Start);
        // "Around 9,500 reservists, compared with 7,000 in 2023, are to be mobilised": past a closed aside, the figure's own verb.
        // (Only a comparison's aside: "about 700 troops, later up to 3,000, beside UNITA, which could field" reads on as it did.)
        var afterStart = figure.End < segmentEnd && AsideEnd(text, figure.End, segmentEnd) is var aside and >= 0
            && comparisonAsideLeads.EndOfPhraseAt(text, figure.End + 1, aside) >= 0 ? aside + 1 : figure.End;
        var after = text.AsSpan(afterStart..segmentEnd);
        // Each pattern is tried only where the words of one of its branches are.
        var (wordsBefore, wordsAfter) = (statusCues.Scan(text, from, q.Span.Start), statusCues.Scan(text, afterStart, segmentEnd));
        // (A revision verb needs "from" after it, a had verb its auxiliary before it: "up to 11,000" and "said 3,000" are no
        // earlier figures. The auxiliary alone opens the pattern too: a toll given or a count put at a level in the past perfect,
        // "had first given a toll of 40", "had issued a toll of 150", has no word of had_verbs.)
        var earlierWordsBefore = Has(wordsBefore, EarlierAdjective | ReportNoun)
            || (Has(wordsBefore, RevisionVerb) && MayHoldWord(before, "from")) || ((Has(wordsBefore, HadVerb) || Has(wordsBefore, HadWord)) && MayHoldAny(before, pastPerfectAuxiliaries))
            || (Has(wordsBefore, EarlierAdverb | EarlierVerb) && MayHoldAny(before, earlierAdverbWords)) || (Has(wordsBefore, EarlierAdverb) && Has(wordsBefore, HadWord));
        // (Not when the figure's own verb after it is still to come: "had said more than 100,000 would take part" tells a plan
        // in the past.)
        if ((earlierWordsBefore && (EarlierReportBefore(before) || earlierBefore.IsMatch(before)) && !(Has(wordsAfter, FutureAfter) && plannedAfter.IsMatch(after)))
            || (Has(wordsAfter, EstimatedVerb | EarlierAfter) && earlierAfter.IsMatch(after)))
            return EstimateStatus.Earlier;
        // (Not "already" or "now" inside a phrase of troops still to come: "5,000 men have already been promised", "300 soldiers
        // are now expected".)
        if (IsCurrent(text, figure.End, segmentEnd) && !(Spaced(text, figure.End) && plannedAfterWords.EndOfPhraseAt(text, figure.End, segmentEnd) > 0))
            return EstimateStatus.Current;
        if (Spaced(text, figure.End) && joinedAfterFigure.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, figure.End, segmentEnd), segmentEnd) > 0
            && !Has(wordsBefore, PlanCue | SendVerb | PlanNoun)) return EstimateStatus.Current;
        // "held 350 troops until recently", "Two years ago France still counted more than 6,000": the force before a cut.
        if (EarlierTime(text, start, segmentStart, segmentEnd, q, figure, Has(wordsAfter, EarlierTimeAfter))) return EstimateStatus.Earlier;
        // "7,500 are there now, against 14,000 a year ago": a figure compared with, told at a time of the past.
        if (ComparedWithPast(text, segmentStart, q.Span.Start, figure.End, sentenceEnd)) return EstimateStatus.Earlier;
        if (PeakWhen(text, start, q.Span.Start) && !futureMarkers.Any(text, start, Math.Max(segmentEnd, sentenceEnd))) return EstimateStatus.Earlier;
        // "had some 5,000 soldiers south of the river before the fighting", "When the decision was announced, the country had
        // 2,500 to 3,500": a level held, told against a later event.
        if (HeldBeforeEvent(text, start, segmentStart, segmentEnd, q, figure)) return EstimateStatus.Earlier;
        // "About 1,000 French soldiers had been based at the camp", "the roughly 12,000 North Koreans originally deployed to
        // Kursk": a presence told as over.
        if (PlacedInThePast(text, start, q.Span.Start, figure.End, segmentEnd, kind) || EarlierAdverbAfterNoun(text, figure.End, segmentEnd)) return EstimateStatus.Earlier;
        if (ApprovedSending(text, segmentStart, q.Span.Start) || ApprovedForceOfStrength(text, segmentStart, q) || OrderedLevel(text, start, segmentStart, q))
            return EstimateStatus.Planned;
        // "US to cut troops in Romania to about 1,000", "Brigade to reach full strength of 5,000": a headline's infinitive
        // governs the figures of its clause.
        if (headline && Has(wordsBefore, SendVerb) && InfinitiveInClause(text, from, q.Span.Start)) return EstimateStatus.Planned;
        // "the first phase of a 300-strong force", "the first part of a third dispatch of 6,000 troops": the whole of which a
        // first part is there.
        if (FirstPartOfWhole(text, segmentStart, q.Span.Start)) return EstimateStatus.Planned;
        // "the target is about 2,400", "a ceiling of 15,000 troops", "the goal is to reach 3,000": not there yet.
        if (targetBefore.Before(text, segmentStart, q.Span.Start)) return EstimateStatus.Planned;
        // "there may soon be 40,000 of them", "is likely to be up to 6,000", "a total of 65,000 is expected": troops to come.
        if (futureBefore.StartOfPhraseBefore(text, segmentStart, q.Span.Start) >= 0
            || (q.Core.Start > q.Span.Start && verbHedges.EndOfPhraseAt(text, q.Span.Start, q.Core.Start) > 0
                && futureBeforeVerbHedges.StartOfPhraseBefore(text, segmentStart, q.Span.Start) >= 0)
            || (Spaced(text, figure.End) && (plannedAfterWords.EndOfPhraseAt(text, figure.End, segmentEnd) > 0 || RestToFollow(text, figure.End, segmentEnd))))
            return EstimateStatus.Planned;
        // "is weighing the withdrawal of roughly 4,500", "are considering a force of up to 15,000": the object of a deliberation.
        if (DeliberatedObject(text, segmentStart, q.Span.Start)) return EstimateStatus.Planned;
        // A force a country pronoun or "the" names as there now ("its 10,800 personnel", "the 35,000 Turkish soldiers in the north").
        // Against a verb still to come that governs it, only the place says "the" force is there: "plans to pull out half of the
        // 3,000 troops" may still be a plan, told with a part of its own.
        bool? standing = null, definite = null;
        bool Standing() => standing ??= OwnForce(text, segmentStart, q.Span.Start) || DefiniteStandingForce(text, segmentStart, q.Span.Start, figure.End, sentenceEnd, leads: false);
        // ... and against what is still to come of it after the figure, a part or a withdrawal of it before "the" says so too.
        bool Definite() => definite ??= DefiniteStandingForce(text, segmentStart, q.Span.Start, figure.End, sentenceEnd);
        // The clause that governs the figure is still to come, whatever its verb: an infinitive of intention before it, a future
        // form it is the subject of, a time to come before it or a pledge told of it (not a force a country pronoun names: "its
        // 10,800 personnel are to withdraw" are there now); or a noun of a target the figure modifies ("short of its 12,000 ceiling").
        if ((!Standing()
                && ((IntentionInfinitive(text, segmentStart, q.Span.Start) && !StandingForce(text, segmentStart, q.Span.Start, figure.End, sentenceEnd))
                    || SubjectFuture(text, figure.End, sentenceEnd)
                    || PledgedRelative(text, figure.End, segmentEnd) || FutureTimeBefore(text, segmentStart, q.Span.Start)))
            || TargetNounAfter(text, q, figure, sentenceEnd))
            return EstimateStatus.Planned;
        // "would withdraw about half of its 5,000 troops", "would keep its 8,000 troops there": the force a country pronoun
        // names is there now; "will halve its presence, where it maintains some 2,000 soldiers": so is one held in the present;
        // "The plan to withdraw 2,200 troops was completed": a plan told as done is not one still to come.
        var plannedWordsBefore = (Has(wordsBefore, PlanCue | SendVerb) || Has(wordsBefore, PlanNoun))
            && !Standing() && holdingVerbs.StartOfPhraseBefore(text, segmentStart, q.Span.Start) < 0
            && !governing.PlanDone.Any(text, figure.End, sentenceEnd);
        // planned_after's words: an arrival verb after a modal, "is expected" or "to be" ("will be deployed"); or a future_after
        // word ("are set to arrive"; the figure's troops as the subject of a future form, any verb: subject_future_modals are
        // words of future_after)
        var plannedWordsAfter = (Has(wordsAfter, ArrivalVerb) && (Has(wordsAfter, FutureModal) || Has(wordsAfter, ExpectationWord) || Has(wordsAfter, BeWord)))
            || Has(wordsAfter, FutureAfter)
            // (a plan told of them after the figure: "6,000 troops that Pyongyang is planning", "that Seoul plans to send": the
            // pattern's branch names plan_progressives and plan_presents, not all of plan_cues, whose "to be" and "about" would
            // let every "to" and "about" through)
            || Has(wordsAfter, PlanProgressive) || Has(wordsAfter, PlanPresent);
        // ("the 35,000 Turkish soldiers in the north must stay": what is still to come of a force "the" names as there is not it.)
        if ((plannedWordsBefore && plannedBefore.IsMatch(before))
            || (plannedWordsAfter && plannedAfterGate.MayMatch(after) && plannedAfter.IsMatch(after) && !Definite()))
            return EstimateStatus.Planned;
        // "will enlarge its armed forces to 1.5 million", "to command tens of thousands of troops in the coming years": the verb
        // that governs the figure's clause is still to come, whatever verb it is (not a force a country pronoun names: "would
        // keep its 8,000 troops there"; see FutureVerbBefore).
        if ((FutureVerbBefore(text, segmentStart, q.Span.Start, figure.End, Math.Max(segmentEnd, sentenceEnd)) && !Standing())
            || (FutureTimeAfter(text, figure.End, segmentEnd) && !Definite()))
            return EstimateStatus.Planned;
        // "In February the force will be placed under the brigade, increasing its strength to 1,800": the time of the clause a
        // participle of result follows.
        if (ResultOfFuture(text, start, q.Span.Start)) return EstimateStatus.Planned;
        // "1,000 troops put on high readiness": ready to go, not there yet. Not an army's count: "Guyana's army of about 3,000
        // soldiers is ready to defend the country" has those soldiers now, whatever it is ready for.
        foreach (var (cue, label) in cues)
            if (label == Readiness && kind != TroopKind.ArmySize && cue.Start >= segmentStart && cue.End <= segmentEnd && (SameClause(text, cue, figure) || Appositive(text, segmentStart, cue, figure))
                && !NegatedReadiness(text, segmentStart, cue))
                return EstimateStatus.Planned;
        // "Germany will raise its contingent to 4,800 troops by 2027": a future form before, a target date after; "2,000
        // soldiers would reinforce the border by the end of the month": a modal after (not "as planned": a plan carried out).
        // "preparations to withdraw 2,000 soldiers from Somalia by June 30", "mandates the mission to draw down 2,000 soldiers by
        // the end of June": an infinitive of sending before it does the same.
        // (Not a force a country pronoun names after an infinitive: "asked India to withdraw its 88 troops by March 15" moves a
        // force there now; nor a force held now, list holding_verbs_present, whose plan comes in a clause joined after it: "Italy,
        // which has about 2,900 troops in Iraq and has said it will bring them home by the end of 2006".)
        if (TargetDateAfter(text, figure.End, segmentEnd, out var by) && !Definite()
            && !(OwnForce(text, segmentStart, q.Span.Start) && !futureMarkers.Any(text, segmentStart, q.Span.Start))
            && !(holdingVerbs.StartOfPhraseBefore(text, segmentStart, q.Span.Start) >= 0 && JoinedClause(text, figure.End, by))
            && (futureMarkers.Any(text, segmentStart, q.Span.Start) || futureModals.Any(text, figure.End, by) || PossibleBefore(cues, segmentStart, q.Span.Start)
                || InfinitiveBetween(text, figure.End, by) || InfinitiveInClause(text, Math.Max(segmentStart, q.Span.Start - 80), q.Span.Start)
                || TargetPredicate(text, segmentStart, q.Span.Start, figure.End, by)))
            return EstimateStatus.Planned;
        // "The operation began with roughly 600 troops", "deployed in July 2021 with an initial 738 soldiers": what a past
        // operation started with (list earlier_starts), when nothing in its clause is still to come.
        // ("began with about 9,000 troops on Tuesday and will run until March 10": still running, so current.)
        if (earlierStarts.StartOfPhraseBefore(text, segmentStart, q.Span.Start) is var started and >= 0 && !futureMarkers.Any(text, segmentStart, started)
            && !futureMarkers.Any(text, figure.End, segmentEnd))
            return EstimateStatus.Earlier;
        return EstimateStatus.Current;
    }

    // "Gabon would keep about 100 soldiers instead of 350, Ivory Coast about 100 instead of 600": a gapped clause shares the
    // verb of the clause before, so it takes the status of that clause's figure, not of the count it replaces ("instead of
    // 350", "down from 350": earlier). The nearest figure before it that is not an earlier one; all earlier, the last.
    private static EstimateStatus GappedStatus(List<FigureCandidate> result)
    {
        for (var i = result.Count - 1; i >= 0; i--)
            if (result[i].Status != EstimateStatus.Earlier) return result[i].Status;
        return result[^1].Status;
    }

    // After the figure before it and what follows that one (a place, an infinitive of purpose), a coordinator right before
    // this figure, with no clause break, clause opener or auxiliary between, and no verb of its own after it ("and 400 have
    // arrived" has one): another object of the verb before.
    private bool AnotherObject(string text, int segmentStart, int segmentEnd, Quantity q, TextSpan span)
    {
        if (coordinators.StartOfPhraseBefore(text, segmentStart, q.Span.Start) is not (var joiner and >= 0)) return false;
        if (text.AsSpan(segmentStart, joiner - segmentStart).IndexOfAny(",;:()") >= 0) return false;
        for (var i = segmentStart; i < joiner; i++)
            if (CueIndex.IsWordCharacter(text[i]) && (i == segmentStart || !CueIndex.IsWordCharacter(text[i - 1]))
                && (clauseOpeners.EndOfPhraseAt(text, i, joiner) > 0 || auxiliaries.EndOfPhraseAt(text, i, joiner) > 0))
                return false;
        return !(Spaced(text, span.End) && clauseVerbs.EndOfPhraseAt(text, span.End, segmentEnd) > 0) && !AuxiliaryAfter(text, span.End, segmentEnd);
    }

    // "was cut from 2,400 troops to 1,900", "will trim its force from about 1,700 soldiers to 1,000": "from" right before the
    // figure, only "to" between its mention and the next number (which starts at segmentEnd), and a verb of change or of a
    // cut (list change_or_cut_verbs) that reaches "from" (ChangeVerbReach) in its clause. The numbers' own reading marks
    // "rose from 3,000 to 10,000" (Quantity.ChangeStart); this one reads past a noun and takes the verbs of a cut.
    private bool ChangeFrom(string text, int segmentStart, int segmentEnd, Quantity q, TextSpan figure)
    {
        if (segmentEnd <= figure.End) return false;
        if (newValueTo.EndOfPhraseAt(text, figure.End, segmentEnd) is not (var to and > 0)) return false;
        // (A quote may open the next number, which no rule may have taken as a figure: 'from about 40,000 to "well over
        // 300,000"', the words of its hedge before its digits; then the segment may end with the text itself, as a last
        // sentence with no line break after it does.)
        if (!(segmentEnd < text.Length && char.IsLetterOrDigit(text[segmentEnd]) && text.AsSpan(to, segmentEnd - to).Trim().TrimEnd("\"“'‘").IsWhiteSpace())
            && !QuotedNumberAfter(text, to, segmentEnd)) return false;
        // ("from the current" (current_from) says the start is a level, not the low end of a range: "to" after it ends a
        // change, however far its verb, past a place told with its country: "reduce the unit stationed in Arbil, Iraq, from the
        // current 2,330 troops to about 1,200".)
        if (currentFrom.StartOfPhraseBefore(text, segmentStart, q.Span.Start) >= 0) return true;
        if (earlierFrom.StartOfPhraseBefore(text, segmentStart, q.Span.Start) is not (var from and >= 0)) return false;
        // ("will raise the number of its forces at high readiness from about 40,000 to ...": the verb may stand past its object.)
        foreach (var verb in changeOrCutVerbs.Find(text, Math.Max(segmentStart, from - changeReach.Far - 20), from))
            if (!ClauseMarkBetween(text, verb.Span.End, from) && changeReach.Reaches(text, verb.Span.End, from))
                return true;
        return false;
    }

    // Whether a word of future_markers stands in the figure's clause before it: back from `at` to the last ',', ';' or ':' (or
    // segmentStart).
    private bool FutureInClause(string text, int segmentStart, int at)
    {
        var clause = at - segmentStart < 1 ? -1 : text.AsSpan(segmentStart, at - segmentStart).LastIndexOfAny(",;:");
        return futureMarkers.Any(text, clause < 0 ? segmentStart : segmentStart + clause + 1, at);
    }

    // Whether a ',', ';' or a full stop stands in text[from..to); not the stop of a capital's abbreviation ("reducing U.S. forces
    // in the country from 3,600 to 2,700": "U.S." is the object's, not a clause's end).
    private static bool ClauseMarkBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text[i] is ',' or ';' || (text[i] == '.' && !(i > from && char.IsUpper(text[i - 1]) && (i - 1 == from || !char.IsLetter(text[i - 2])))))
                return true;
        return false;
    }

    // "Serbia had deployed around 8,350 troops near the border, which has now been reduced to 4,500", "a force of 1,700 that
    // was cut to 1,000": a figure, then a passive or perfect verb of change or of a cut (list change_or_cut_verbs) at most 40 characters before
    // "to" right before the next figure, in one clause: the first is what the cut started from (earlier), unless the cut is
    // still to come ("which will be reduced to 3,000", a word of future_markers between): then the first is there now and
    // the second is planned. Not an increment ("rose by 500 to 3,000"), nor a "from X to Y" the numbers already read.
    private void CutTo(string text, List<FigureCandidate> result)
    {
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var (first, next) = (result[i], result[i + 1]);
            if (first.Status != EstimateStatus.Current || first.Quantity.ChangeStart || next.Quantity.ChangeEnd) continue;
            if (newValueTo.StartOfPhraseBefore(text, first.Span.End, next.Quantity.Span.Start) is not (var to and >= 0)) continue;
            if (text.AsSpan(first.Span.End, to - first.Span.End).IndexOfAny(".;:") >= 0) continue;
            if (targetPrepositions.StartOfPhraseBefore(text, first.Sentence.Start, first.Quantity.Span.Start) >= 0
                || earlierFrom.StartOfPhraseBefore(text, first.Sentence.Start, first.Quantity.Span.Start) >= 0) continue;
            // The cut is said of the first figure's force: a passive or perfect verb ("has been reduced", "was cut", "will be
            // cut"), with no other clause joined between ("..., and Seoul says it has grown to 11,000" is another estimate).
            // Only the verb nearest before "to" is the cut's ("were brought in last week, bringing the total to 12,000": not
            // "brought").
            TextSpan? nearest = null;
            foreach (var verb in changeOrCutVerbs.Find(text, first.Span.End, to)) nearest = verb.Span;
            // ("had gone to Russia, taking the total to 3,000": a participle of result after a comma, result_participles, owns
            // the "to" whatever verb stands before it; the first figure was added, not cut from.)
            if (nearest is { } before && ResultParticipleBetween(text, before.End, to)) continue;
            // ("has since reduced them to": an adverb of cut_adverbs may stand between the auxiliary and the verb; "has", list
            // cut_auxiliaries, is a perfect's auxiliary here, which the shared list of auxiliaries leaves out.)
            var cut = nearest is { } v && to - v.End <= 40 && (auxiliaries.StartOfPhraseBefore(text, first.Span.End, CutAdverbBefore(text, first.Span.End, v.Start)) >= 0
                || cutAuxiliaries.StartOfPhraseBefore(text, first.Span.End, CutAdverbBefore(text, first.Span.End, v.Start)) >= 0
                || futureBefore.StartOfPhraseBefore(text, first.Span.End, v.Start) >= 0);
            // (A joined clause whose cut takes the first figure's force back as its object is about that force: "sent some 3,300
            // troops to Arbil in 2004 ..., and has since reduced them to fewer than 2,400", list cut_anaphors.)
            // (... and only when the clause shares the first one's subject: the auxiliary right after the coordinator, "and has since
            // reduced them"; not "and Japan has since reduced its force".)
            if (!cut || (JoinedClause(text, first.Span.End, to) && !(CutAnaphorBefore(text, nearest!.Value.End, to) && SharedSubjectCut(text, first.Span.End, nearest.Value.Start))))
                continue;
            if (futureMarkers.Any(text, first.Span.End, to))
            {
                if (next.Status == EstimateStatus.Current) result[i + 1] = next with { Status = EstimateStatus.Planned };
            }
            else result[i] = first with { Status = EstimateStatus.Earlier };
        }
    }

    // Whether a comma in text[from..to) is followed by a participle of result_participles ("..., taking the total").
    private bool ResultParticipleBetween(string text, int from, int to)
    {
        for (var comma = text.IndexOf(',', from, to - from); comma >= 0; comma = comma + 1 < to ? text.IndexOf(',', comma + 1, to - comma - 1) : -1)
            if (resultParticiples.EndOfPhraseAt(text, comma + 1, to) >= 0) return true;
        return false;
    }

    // Where the adverb of cut_adverbs right before the verb at `verb` starts ("has since reduced"), or `verb` when there is none.
    private int CutAdverbBefore(string text, int start, int verb) =>
        cutAdverbs.StartOfPhraseBefore(text, start, verb) is var adverb and >= 0 ? adverb : verb;

    // Whether a coordinator stands right before the auxiliary (and its adverb) of the verb of a cut at `verb`: "and has since".
    private bool SharedSubjectCut(string text, int start, int verb)
    {
        var adverb = CutAdverbBefore(text, start, verb);
        var auxiliary = Math.Max(auxiliaries.StartOfPhraseBefore(text, start, adverb), cutAuxiliaries.StartOfPhraseBefore(text, start, adverb));
        return auxiliary >= 0 && coordinators.StartOfPhraseBefore(text, start, auxiliary) >= 0;
    }

    // Whether only a phrase of cut_anaphors stands between a verb of a cut (ending at verbEnd) and "to" (at to): "reduced them to".
    private bool CutAnaphorBefore(string text, int verbEnd, int to) =>
        cutAnaphors.EndOfPhraseAt(text, verbEnd, to) is var end and > 0 && text.AsSpan(end, to - end).IsWhiteSpace();

    // "to" right before the figure, and before it in the sentence (no ";" or ":" between) a verb of change or of a cut
    // (list change_or_cut_verbs) with a word of the future (list future_markers) at most 25 characters before the verb: "will
    // roughly halve the number of troops it has deployed in Syria to less than 1,000", "plans to reduce troop numbers to under
    // 1,000". Only the verb nearest "to" counts ("were cut last year, and officials will meet to ..." is not a plan for it).
    private bool PlannedCutTo(string text, int start, int at)
    {
        if (newValueTo.StartOfPhraseBefore(text, start, at) is not (var to and >= 0)) return false;
        TextSpan? nearest = null;
        foreach (var verb in changeOrCutVerbs.Find(text, Math.Max(start, to - PlannedCutReach), to)) nearest = verb.Span;
        // In one sentence a full stop is an abbreviation's ("U.S. troops"): only ";" and ":" end the clause.
        if (nearest is not { } v || text.AsSpan(v.End, to - v.End).IndexOfAny(";:") >= 0) return false;
        return futureMarkers.Any(text, Math.Max(start, v.Start - 25), v.Start);
    }

    // How far before "to" the verb of a planned cut is looked for: "will cut the number of U.S. troops in Syria roughly in half
    // over the coming months, to".
    private const int PlannedCutReach = 160;

    // A word coordinator (list coordinators: "and", "plus", not the comma) in text[from..to).
    private bool JoinedClause(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (char.IsLetter(text[i]) && (i == from || !CueIndex.IsWordCharacter(text[i - 1])) && coordinators.EndOfPhraseAt(text, i, to) > 0)
                return true;
        return false;
    }

    // "half of its 5,000 troops", "would keep its 8,000 troops", "pulled their 900 soldiers out": a country pronoun right
    // before the figure names the force a country has; not after a verb of sending (list sending_verbs: "plans to send its
    // 5,000 soldiers to Kursk" sends them, a plan).
    // ("will send all of its 2,000 troops": a quantifier of the whole, list whole_force_quantifiers, between a verb of sending or
    // moving, lists sending_verbs and moving_verbs, and the pronoun makes the whole force the one moved; a withdrawal of it,
    // "will pull all of its nearly 2,000 troops out", is read back to the force there by WithdrawnForceThere.)
    private bool OwnForce(string text, int segmentStart, int at) =>
        countryPronouns.StartOfPhraseBefore(text, segmentStart, at) is var pronoun and >= 0 && Spaced(text, pronoun, at)
        && sendVerbs.StartOfPhraseBefore(text, segmentStart, pronoun) < 0
        && !(wholeForceQuantifiers.StartOfPhraseBefore(text, segmentStart, pronoun) is var whole and >= 0 && wholeForceMovers.StartOfPhraseBefore(text, segmentStart, whole) >= 0);

    // The force before a cut: a time of the past (list earlier_times_after) after the figure in its segment ("held 350 troops
    // until recently"), or one that opens the sentence (list earlier_times_opening: "Two years ago France still counted more
    // than 6,000 soldiers") with no word of the present (current_cues) and no semicolon or colon between it and the figure.
    // cuedAfter: whether the words after the figure may hold one of earlier_times_after (the status cues' scan). A future
    // form before the figure ("will number 2,500 troops at its peak") makes the time one still to come: not earlier.
    private bool EarlierTime(string text, int start, int segmentStart, int segmentEnd, Quantity q, TextSpan figure, bool cuedAfter)
    {
        // Not past a contrast or a clause of its own (lists contrast_clause_openers, earlier_time_stops after a comma or semicolon): "allows up to 3,000 peacekeepers, though
        // it kept only 2,500 there until recently" dates the 2,500 ("had been stationed at three sites, in N'Djamena, Faya-Largeau
        // and Abeche, until the end of last year" reads on).
        if (cuedAfter && earlierTimesAfter.Any(text, figure.End, EarlierTimeClauseEnd(text, figure.End, segmentEnd)))
            return !futureMarkers.Any(text, segmentStart, q.Span.Start);
        var first = start;
        while (first < q.Span.Start && !CueIndex.IsWordCharacter(text[first])) first++;
        if (earlierOpenings.EndOfPhraseAt(text, first, q.Span.Start) is not (var opening and > 0) && (opening = EarlierTimeClause(text, first, q.Span.Start)) <= 0
            && (opening = EarlierReport(text, first, q.Span.Start, figure.End, segmentEnd)) <= 0)
            return false;
        // "At the time of writing, about 1,200 ...": "At the time" opens the writer's own time, not one the story looks back to.
        if (pastLevels.RecentTraps.EndOfPhraseAt(text, first, q.Span.Start) > 0) return false;
        var from = Math.Max(opening, segmentStart);
        return text.AsSpan(from, q.Span.Start - from).IndexOfAny(";:") < 0 && !currentCues.Any(text, from, q.Span.Start)
            && !futureMarkers.Any(text, from, q.Span.Start);
    }

    // "Earlier, the ministry said 300 soldiers had been killed": an opener of earlier_report_openers at text[first], then a verb
    // of saying (speaker_verbs) before the figure at text[at], and no future form after the figure in its segment ("Earlier,
    // officials said 500 would arrive" is still a plan): where the opener ends, or -1.
    private int EarlierReport(string text, int first, int at, int figureEnd, int segmentEnd)
    {
        if (earlierReportOpeners.EndOfPhraseAt(text, first, at) is not (var opener and > 0) || futureMarkers.Any(text, figureEnd, segmentEnd)) return -1;
        for (var i = opener + 1; i < at; i++)
            if (char.IsWhiteSpace(text[i - 1]) && CueIndex.IsWordCharacter(text[i]) && speakerVerbs.EndOfPhraseAt(text, i, at) > 0) return opener;
        return -1;
    }

    // "The presence reached its peak in 2011, when some 100,000 troops were in the country", "peaked in May, when there were
    // 9,000": a link of peak_time_links opens the figure's clause (at most 40 characters before the number, no ',', ';' or ':'
    // between), and a peak predicate (peak_predicates) after a word of its force (peak_subjects) stands before it in the sentence.
    // The link is looked for first.
    private bool PeakWhen(string text, int start, int at)
    {
        for (var i = at - 1; i >= Math.Max(start, at - 40); i--)
        {
            if (text[i] is ',' or ';' or ':') return false;
            if (!CueIndex.IsWordCharacter(text[i]) || (i > start && CueIndex.IsWordCharacter(text[i - 1]))) continue;
            if (kindWords.PeakTimeLinks.EndOfPhraseAt(text, i, at) is var link and > 0 && (link == at || !CueIndex.IsWordCharacter(text[link])))
            {
                // (the force's own peak: a word of peak_subjects at most 60 characters before the predicate)
                foreach (var peak in kindWords.PeakPredicates.Find(text, start, i))
                    if (kindWords.PeakSubjects.Any(text, Math.Max(start, peak.Span.Start - 60), peak.Span.Start)) return true;
                return false;
            }
        }
        return false;
    }

    // A word of earlier_holding_verbs right before the figure (no future word before it in the segment), and a time of the past
    // after the figure in its clause (LevelTimeAfter: "numbered 1,700 last spring"), or a link of earlier_event_links followed
    // by an event's subject (a determiner of earlier_event_determiners or a capitalised name) either
    // after the figure in its clause (no comma, semicolon or colon between) or opening the sentence with a comma before the verb.
    private bool HeldBeforeEvent(string text, int start, int segmentStart, int segmentEnd, Quantity q, TextSpan figure)
    {
        if (earlierHoldingVerbs.StartOfPhraseBefore(text, segmentStart, q.Span.Start) is not (var verb and >= 0)
            || futureMarkers.Any(text, segmentStart, verb)) return false;
        var end = figure.End;
        while (end < segmentEnd && text[end] is not (',' or ';' or ':')) end++;
        if (EarlierEventAfter(text, figure.End, end) is var link and > 0)
            // (Not an event still to come: "had about 2,500 troops in Iraq before the talks with Baghdad next week" is
            // reported speech's back-shifted "had", a level held now.)
            return !futureTimesAfter.Any(text, link, end) && !futureMarkers.Any(text, link, end);
        if (LevelTimeAfter(text, figure.End, end)) return !futureMarkers.Any(text, figure.End, end);
        var first = start;
        while (first < verb && !CueIndex.IsWordCharacter(text[first])) first++;
        if (earlierEventLinks.EndOfPhraseAt(text, first, verb) is not (var lead and > 0) || !EventSubjectAfter(text, lead, verb)) return false;
        var comma = text.AsSpan(lead, verb - lead).IndexOf(',');
        return comma >= 0 && text.AsSpan(lead + comma, verb - lead - comma).IndexOfAny(";:") < 0;
    }

    // Where the first link of earlier_event_links in text(from..end) that an event's subject follows ends ("before the crisis",
    // "when the mission began"), or -1.
    private int EarlierEventAfter(string text, int from, int end)
    {
        for (var i = from + 1; i < end; i++)
            if (char.IsWhiteSpace(text[i - 1]) && CueIndex.IsWordCharacter(text[i]) && earlierEventLinks.EndOfPhraseAt(text, i, end) is var link and > 0
                && EventSubjectAfter(text, link, end))
                return link;
        return -1;
    }

    // After a link of earlier_event_links, the subject of an event: a determiner (earlier_event_determiners) or a capitalised
    // name ("before the fighting", "when Rome announced"), not a bare participle ("When asked, ...").
    private bool EventSubjectAfter(string text, int link, int end)
    {
        var i = link;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        return i > link && i < end && (char.IsUpper(text[i]) || earlierEventDeterminers.EndOfPhraseAt(text, i, end) > 0);
    }

    // "expects fewer than 150 Guard members to deploy", "has ordered about 2,000 service members, mostly medics, to be ready
    // to move", "ordered about 9,500 of the 34,500 troops in Germany out of that country": the troops are the object of a
    // wish or an order (list plan_object_verbs, right before the figure or its filler: "asked for a further 500") and the
    // first "to" after them in the sentence (at most 120 characters on, no full stop, semicolon or colon) opens an
    // infinitive of being, sending or arriving (list planned_infinitives), or "out of" comes first: told to go, not gone.
    // "ordered 3,200 troops to Honduras", "orders 1,500 men to West Berlin": an order that sends troops to a place sends
    // them there later, not yet (list ordered_sendings), unless the order is told as carried out: "has already ordered 1,500
    // troops to the border", "had ordered a force into Lesotho", or a time already past (done_times).
    private bool WishedOrOrdered(string text, int segmentStart, int segmentEnd, Quantity q, TextSpan figure)
    {
        var at = q.Span.Start;
        if (objectFillers.StartOfPhraseBefore(text, segmentStart, at) is var filler and >= 0) at = filler;
        var unit = kindWords.OrderedUnitFillers.StartOfPhraseBefore(text, segmentStart, at);
        if (unit >= 0) at = unit;
        if (kindWords.PlanObjectVerbs.StartOfPhraseBefore(text, segmentStart, at) is not (var verb and >= 0)) return false;
        var sending = kindWords.OrderedSendings.EndOfPhraseAt(text, verb, at) > 0 && !OrderCarriedOut(text, segmentStart, verb);
        if (unit >= 0 && !sending) return false;
        // "ordered 3,000 more troops to the region", "ordered another 2,000 Guard members into federal service": an addition
        // ordered is still to come, wherever it is sent (list ordered_additions), unless a time says it came.
        if (kindWords.OrderedAdditions.StartOfPhraseBefore(text, segmentStart, q.Span.Start) >= 0
            || (Spaced(text, q.Span.End) && kindWords.OrderedAdditions.EndOfPhraseAt(text, SourceText.SkipWhiteSpace(text, q.Span.End), segmentEnd) > 0))
            return !kindWords.DoneTimes.Any(text, figure.End, segmentEnd);
        var end = Math.Min(segmentEnd, figure.End + 120);
        for (var i = figure.End + 1; i < end; i++)
        {
            if (text[i] is '.' or ';' or ':' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))) return false;
            if (!char.IsWhiteSpace(text[i - 1]) || !CueIndex.IsWordCharacter(text[i])) continue;
            if (kindWords.OrderedOut.EndOfPhraseAt(text, i, end) is var outOf and > 0) return !kindWords.DoneTimes.Any(text, outOf, segmentEnd);
            if (infinitiveMarkers.EndOfPhraseAt(text, i, end) is var to and > 0)
                return to < end && char.IsWhiteSpace(text[to]) && (kindWords.PlannedInfinitives.EndOfPhraseAt(text, to, end) > 0 || sending && PlaceAt(text, to, end))
                    && !kindWords.DoneTimes.Any(text, to, segmentEnd);
            if (sending && kindWords.OrderedInto.EndOfPhraseAt(text, i, end) is var into and > 0)
                return into < end && PlaceAt(text, into, end) && !kindWords.DoneTimes.Any(text, into, segmentEnd);
        }
        return false;
    }

    // A place right after `at`'s white space: a capitalised name, or "the" before one or before a place noun ("the border").
    private bool PlaceAt(string text, int at, int end)
    {
        var i = SourceText.SkipWhiteSpace(text, at);
        if (i >= end) return false;
        if (char.IsUpper(text[i])) return true;
        if (!text.AsSpan(i).StartsWith("the ", StringComparison.Ordinal)) return false;
        i = SourceText.SkipWhiteSpace(text, i + 3);
        return i < end && (char.IsUpper(text[i]) || kindWords.OrderedPlaces.EndOfPhraseAt(text, i, end) > 0);
    }

    // "has already ordered", "had ordered": an order told as carried out before the verb at `verb`.
    private static bool OrderCarriedOut(string text, int segmentStart, int verb) =>
        SourceText.TryWordBefore(text, verb, segmentStart, out var word, out var wordStart)
        && (word is "had" or "already" || word is "has" or "have" && SourceText.TryWordBefore(text, wordStart, segmentStart, out var before, out _) && before is "already");

    // A plan before the figure in its clause: a plan cue and a verb of sending or of size ("plans to cut", "will grow").
    private bool PlannedBefore(string text, int segmentStart, int at)
    {
        var from = Math.Max(segmentStart, at - 80);
        var words = statusCues.Scan(text, from, at);
        return (Has(words, PlanCue | SendVerb) || Has(words, PlanNoun)) && plannedBefore.IsMatch(text.AsSpan(from..at));
    }

    // "not 1,000 but 2,000": after "not" (list contrast_not) right before the figure, "but" after it in its clause.
    private bool ButAfter(string text, int segmentEnd, TextSpan figure)
    {
        var end = Math.Min(segmentEnd, figure.End + 20);
        var i = figure.End;
        while (i < end && (char.IsWhiteSpace(text[i]) || text[i] == ',')) i++;
        return i < end && contrastBut.EndOfPhraseAt(text, i, end) > 0;
    }

    private static bool Has(ulong words, ulong all) => (words & all) == all;

    // Whether a pattern that ignores case may find `word` in `text`: false only when it certainly cannot. The span itself is
    // searched, not the cue index's tokens (a word cut at the span's start, "Chad" read as "had", is what the pattern sees);
    // a word with a "k" or an apostrophe is not looked for (the pattern's case folding takes the Kelvin sign for a "k", where
    // an ordinal comparison does not; a lexicon apostrophe matches either).
    private static bool MayHoldWord(ReadOnlySpan<char> text, string word) =>
        word.AsSpan().ContainsAny("kK'’") || text.Contains(word, StringComparison.OrdinalIgnoreCase);

    private static bool MayHoldAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
            if (MayHoldWord(text, word)) return true;
        return false;
    }

    // "approves 5,550-strong force", "approved the deployment of 1,000", "announces mobilisation of 300,000": an approval
    // right before the figure, or an approval or decision before "the", a sending noun and "of" before it.
    private bool ApprovedSending(string text, int segmentStart, int at)
    {
        // "approved another 1,115 service members": past an object filler.
        if (objectFillers.StartOfPhraseBefore(text, segmentStart, at) is var filler and >= 0) at = filler;
        if (approvalWords.StartOfPhraseBefore(text, segmentStart, at) >= 0 || SplitRequest(text, segmentStart, at)) return true;
        // "offered just 200 new troops", "pledged only another 500": past a word that only weighs the number.
        if (focusAdverbs.StartOfPhraseBefore(text, segmentStart, at) is var focus and >= 0
            && approvalWords.StartOfPhraseBefore(text, segmentStart, focus) >= 0) return true;
        if (sendingNounDeterminers.StartOfPhraseBefore(text, segmentStart, at) is var determiner and >= 0) at = determiner;
        if (actionOf.StartOfPhraseBefore(text, segmentStart, at) is not (var of and >= 0)) return false;
        if (sendingNouns.StartOfPhraseBefore(text, segmentStart, of) is not (var noun and >= 0)) return OfferedForce(text, segmentStart, of);
        // "the likely dispatch of about 1,000 troops", "a possible deployment of 5,000": a move told as still to come by its own
        // adjective, with no decision named.
        // ("the planned third deployment of 6,000": past the wave's number)
        var planned = sendingNounOrdinals.StartOfPhraseBefore(text, segmentStart, noun) is var ordinal and >= 0 ? ordinal : noun;
        if (sendingPlanAdjectives.StartOfPhraseBefore(text, segmentStart, planned) >= 0) return true;
        if (articles.StartOfPhraseBefore(text, segmentStart, noun) is var article and >= 0) noun = article;
        if (DecidedAt(text, segmentStart, noun)) return true;
        // "ordered a deliberate withdrawal of": a determiner and one modifier before the noun.
        var modifier = noun;
        modifier = SourceText.SkipWhiteSpaceBack(text, modifier, segmentStart);
        while (modifier > segmentStart && CueIndex.IsWordCharacter(text[modifier - 1])) modifier--;
        return modifier < noun && sendingNounDeterminers.StartOfPhraseBefore(text, segmentStart, modifier) is var first and >= 0
            && DecidedAt(text, segmentStart, first);
    }

    // "has offered a force of 1,200", "pledged a peacekeeping contingent of 800": a force noun (offered_force_nouns) right
    // before "of", after a determiner and at most one modifier, with an offer or approval (approval_words) right before them,
    // or right after an adjective of plan (sending_plan_adjectives).
    private bool OfferedForce(string text, int segmentStart, int of)
    {
        if (offeredForceNouns.StartOfPhraseBefore(text, segmentStart, of) is not (var noun and >= 0)) return false;
        // "an authorized force of 9,200", "the proposed contingent of 800": a force told as still to come by its own adjective.
        if (sendingPlanAdjectives.StartOfPhraseBefore(text, segmentStart, noun) >= 0) return true;
        if (sendingNounDeterminers.StartOfPhraseBefore(text, segmentStart, noun) is var determiner and >= 0)
            return approvalWords.StartOfPhraseBefore(text, segmentStart, determiner) >= 0;
        var modifier = SourceText.SkipWhiteSpaceBack(text, noun, segmentStart);
        while (modifier > segmentStart && CueIndex.IsWordCharacter(text[modifier - 1])) modifier--;
        return modifier < noun && sendingNounDeterminers.StartOfPhraseBefore(text, segmentStart, modifier) is var first and >= 0
            && approvalWords.StartOfPhraseBefore(text, segmentStart, first) >= 0;
    }

    // A phrase of first_part_of right before the figure ("the first phase of a 300-strong force"), or ending at most
    // PartWholeReach characters before an "of" right before it, with no clause break between: the words that name the whole
    // ("the first part of a third dispatch of 6,000 troops", "the first wave of a planned deployment of 3,000").
    private bool FirstPartOfWhole(string text, int segmentStart, int at)
    {
        if (firstPartOf.StartOfPhraseBefore(text, segmentStart, at) >= 0) return true;
        if (actionOf.StartOfPhraseBefore(text, segmentStart, at) is not (var of and >= 0)) return false;
        for (var i = of - 1; i > Math.Max(segmentStart, of - PartWholeReach); i--)
        {
            if (text[i] is ',' or ';' or ':' or '.' or '(' or ')') return false;
            if (char.IsWhiteSpace(text[i]) && CueIndex.IsWordCharacter(text[i - 1]) && firstPartOf.StartOfPhraseBefore(text, segmentStart, i) >= 0)
                return true;
        }
        return false;
    }

    // How many characters of the whole's name may stand between a first part and "of": "a third dispatch", "a planned deployment".
    private const int PartWholeReach = 35;

    // An approval or a decision right before `at`, or before at most MaxDecisionAdjuncts adjuncts (decision_adjuncts) right
    // before it: "announced on Monday the withdrawal of", "approved last week the stationing of".
    private bool DecidedAt(string text, int segmentStart, int at)
    {
        for (var k = 0; ; k++)
        {
            if (approvalWords.StartOfPhraseBefore(text, segmentStart, at) >= 0 || decisionWords.StartOfPhraseBefore(text, segmentStart, at) >= 0)
                return true;
            if (k == MaxDecisionAdjuncts || decisionAdjuncts.StartOfPhraseBefore(text, segmentStart, at) is not (var adjunct and >= 0)) return false;
            at = adjunct;
        }
    }

    // "announced on Monday in a statement the deployment of 800": two adjuncts at most.
    private const int MaxDecisionAdjuncts = 2;

    // "to about 1,000 from roughly 1,700", "to 12,000 troops, up from 10,000": "to" right before the figure before, and
    // "from" (list earlier_from) right before this one, with at most three words between.
    private bool ReplacedFrom(string text, int start, FigureCandidate previous, int segmentStart, int at)
    {
        if (earlierFrom.StartOfPhraseBefore(text, segmentStart, at) is not (var from and >= 0)) return false;
        if (newValueTo.StartOfPhraseBefore(text, start, previous.Quantity.Span.Start) < 0) return false;
        var between = text.AsSpan(segmentStart, from - segmentStart);
        return between.IndexOfAny(".;:") < 0 && between.Count(' ') <= 4;
    }

    // "by 2027", "by March", "before the end of the year": a target preposition and a date, at most 60 characters after
    // the figure, in its clause; at is the space before the preposition.
    private bool TargetDateAfter(string text, int from, int segmentEnd, out int at)
    {
        at = from;
        var end = Math.Min(segmentEnd, from + 60);
        for (var i = from; i < end; i++)
        {
            if (text[i] is ',' or ';' or '.' or ':') return false;
            if (!char.IsWhiteSpace(text[i]) || i + 1 >= end || !targetOpeners.Contains(text[i + 1])) continue;
            if (targetPrepositions.EndOfPhraseAt(text, i + 1, end) is not (var by and > 0) || by >= end || !char.IsWhiteSpace(text[by])) continue;
            at = i;
            var date = by;
            while (date < end && char.IsWhiteSpace(text[date])) date++;
            if (date == end) return false;
            if (months.EndOfPhraseAt(text, date, end) > 0 || targetDateWords.EndOfPhraseAt(text, date, end) > 0) return true;
            var digits = date;
            while (digits < text.Length && char.IsDigit(text[digits])) digits++;
            if (digits - date == 4 && (digits == text.Length || !char.IsLetterOrDigit(text[digits]))
                && int.Parse(text.AsSpan(date, 4)) is >= 1900 and <= 2100) return true;
        }
        return false;
    }

    // A participle of consequence_participles (after words of object_fillers: "adding another 2,000") right before the figure,
    // a comma right before the participle, and a word of future_markers in the sentence before that comma.
    private bool FutureParticiple(string text, int start, int at)
    {
        if (objectFillers.StartOfPhraseBefore(text, start, at) is var filler and >= 0) at = filler;
        if (kindWords.ConsequenceParticiples.StartOfPhraseBefore(text, start, at) is not (var participle and > 0)) return false;
        var comma = participle;
        comma = SourceText.SkipWhiteSpaceBack(text, comma, start);
        return comma > start && text[comma - 1] == ',' && futureMarkers.Any(text, start, comma - 1);
    }

    // "around 1,000 soldiers of the battlegroup to arrive by June": headline-ese, "to" and a verb of planned_infinitives between the
    // figure and its target date.
    private bool InfinitiveBetween(string text, int from, int to)
    {
        for (var i = from + 1; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i - 1]) || !CueIndex.IsWordCharacter(text[i])) continue;
            if (infinitiveMarkers.EndOfPhraseAt(text, i, to) is var marker and > 0 && marker < to && char.IsWhiteSpace(text[marker])
                && kindWords.PlannedInfinitives.EndOfPhraseAt(text, marker + 1, to) > 0)
                return true;
        }
        return false;
    }

    // "10,000 soldiers are currently operating there": a word of the present within 30 characters after the figure, in
    // its clause, says the troops are there now, whatever plans the sentence also names.
    private bool IsCurrent(string text, int figureEnd, int segmentEnd)
    {
        var near = text.AsSpan(figureEnd, Math.Min(segmentEnd, figureEnd + 45) - figureEnd);
        var stop = near.IndexOfAny(",;");
        // (Not a cue a modal of the future holds: "700 Marines will now be sent" dates the plan; see PresentCueIn.)
        return PresentCueIn(text, figureEnd, figureEnd + (stop < 0 ? near.Length : stop));
    }

    // The headline, or a line that reads as one: a sentence that is a whole line, with no full stop at its end
    // ("Related stories // Estonia to send 100 more soldiers to NATO mission", a headline after a kicker line).
    private static bool IsHeadline(string text, Sentence sentence)
    {
        if (sentence.Paragraph == 0) return true;
        var (start, end) = (sentence.Start, sentence.End);
        end = SourceText.SkipWhiteSpaceBack(text, end, start);
        if (end == start || end - start > 140 || text[end - 1] is '.' or '!' or '?' or '"' or '”' or '\'' or '’' or ':' or ';' or ',' or ')') return false;
        for (var i = start - 1; i >= 0 && text[i] != '\n'; i--) if (!char.IsWhiteSpace(text[i])) return false;
        for (var i = end; i < text.Length && text[i] != '\n'; i++) if (!char.IsWhiteSpace(text[i])) return false;
        return true;
    }

    // "with a further 2,000 to follow": the rest of a move still to come, unless the verb takes an object ("sent 2,000 troops to
    // follow the retreating units" says what they were sent for).
    private bool RestToFollow(string text, int at, int end) =>
        plannedAfterTransitive.EndOfPhraseAt(text, at, end) is var verb and > 0 && plannedAfterObjects.EndOfPhraseAt(text, verb, end) <= 0;

    // "North to dispatch 6,000 more", "Berlin to send 500 troops": a headline's infinitive of sending announces a plan; so does
    // a verb of sending joined to one ("Lebanon to recruit 1,500 and send 5,000 more troops south": "and send" shares the
    // "to" of the clause before it, past the segment's start at the figure before).
    private bool HeadlineInfinitive(string text, int sentenceStart, int segmentStart, int at)
    {
        if (at == segmentStart || !char.IsWhiteSpace(text[at - 1])) return false;
        var verb = sendVerbs.StartOfPhraseBefore(text, segmentStart, at);
        if (verb <= segmentStart || !char.IsWhiteSpace(text[verb - 1])) return false;
        return infinitiveMarkers.StartOfPhraseBefore(text, segmentStart, verb) >= 0
            || (coordinators.StartOfPhraseBefore(text, segmentStart, verb) is var joiner and >= 0 && InfinitiveInClause(text, sentenceStart, joiner));
    }

    // "to" and a verb of sending or of size (list send_verbs) between the start of the clause and a figure (a comma or a point
    // inside a number, "to recruit 1,500 and send", ends no clause).
    private bool InfinitiveInClause(string text, int from, int at)
    {
        for (var i = at - 1; i >= from; i--)
        {
            if (text[i] is ',' or ';' or ':' or '.' && !(text[i] is ',' or '.' && i > from && char.IsDigit(text[i - 1]) && i + 1 < at && char.IsDigit(text[i + 1])))
                return false;
            if (i > from && !char.IsWhiteSpace(text[i - 1])) continue;
            if (infinitiveMarkers.EndOfPhraseAt(text, i, at) is not (var to and > 0) || to >= at || !char.IsWhiteSpace(text[to])) continue;
            if (planVerbs.EndOfPhraseAt(text, to + 1, at) > 0 || planVerbs.EndOfPhraseAt(text, SplitAdverbEnd(text, to + 1, at), at) > 0) return true;
        }
        return false;
    }

    // "US to temporarily add 22,000 troops": an adverb in -ly that splits the infinitive; where the word after it starts, or
    // `at` (no verb there) when the word at text[from] is none.
    private static int SplitAdverbEnd(string text, int from, int at)
    {
        var end = from;
        while (end < at && char.IsLetter(text[end])) end++;
        if (end - from < 4 || end >= at || !char.IsWhiteSpace(text[end]) || !text.AsSpan(end - 2, 2).Equals("ly", StringComparison.OrdinalIgnoreCase)) return at;
        return end + 1;
    }

    // No comma or semicolon between a cue and a figure.
    // "has not increased the readiness level of its 22,500-strong army", "were never put on alert": a word of
    // readiness_negations at most 40 characters before the readiness cue, in its clause, denies the state.
    private bool NegatedReadiness(string text, int segmentStart, TextSpan cue)
    {
        var from = Math.Max(segmentStart, cue.Start - 40);
        var clause = text.AsSpan(from, cue.Start - from).LastIndexOfAny(",;");
        if (clause >= 0) from += clause + 1;
        for (var i = from; i < cue.Start; i++)
            if (CueIndex.IsWordCharacter(text[i]) && (i == 0 || !CueIndex.IsWordCharacter(text[i - 1]))
                && readinessNegations.EndOfPhraseAt(text, i, cue.Start) is var e and > 0 && (e == text.Length || !CueIndex.IsWordCharacter(text[e])))
                return true;
        return false;
    }

    // "could", "might", "may" (list possible_cues) in text[from..to): a possibility, which a target date or an action with the
    // troops makes a plan ("could have as many as 120,000 troops at the border by the end of the week").
    private static bool PossibleBefore(List<PhraseMatch> cues, int from, int to)
    {
        foreach (var (cue, label) in cues)
            if (label == PossibleCue && cue.Start >= from && cue.End <= to) return true;
        return false;
    }

    // "Two brigades of the 82nd Airborne, about 8,000 soldiers, were put on heightened alert": a figure set off by commas as
    // the apposition of its subject shares the predicate after its closing comma.
    private static bool Appositive(string text, int segmentStart, TextSpan cue, TextSpan figure)
    {
        if (cue.Start < figure.End || figure.End >= text.Length || text[figure.End] != ',') return false;
        if (text.AsSpan(figure.End + 1, cue.Start - figure.End - 1).IndexOfAny(",;") >= 0) return false;
        var before = figure.Start;
        before = SourceText.SkipWhiteSpaceBack(text, before, segmentStart);
        return before > 0 && text[before - 1] == ',';
    }

    private static bool SameClause(string text, TextSpan cue, TextSpan figure) =>
        (cue.Start >= figure.End ? text.AsSpan(figure.End, cue.Start - figure.End) : cue.End <= figure.Start ? text.AsSpan(cue.End, figure.Start - cue.End) : []).IndexOfAny(",;") < 0;

    // "Before Trump took office, around 2,500 troops ...", "Until the war broke out, ...": a lead of earlier_time_leads opening the
    // sentence, and its clause ending with one of earlier_time_clause_ends right before the first comma, which comes before the
    // figure. The end of the opening clause, or -1.
    private int EarlierTimeClause(string text, int first, int at)
    {
        if (earlierTimeLeads.EndOfPhraseAt(text, first, at) is not (var lead and > 0)) return -1;
        var comma = text.AsSpan(lead, at - lead).IndexOf(',');
        if (comma < 0) return -1;
        comma += lead;
        return earlierTimeClauseEnds.StartOfPhraseBefore(text, lead, comma) > lead ? comma : -1;
    }

    // The headline's figure is its subject (nothing but its own words before it, from the headline's start, a colon or a dash
    // that opens the headline's second part: "Pentagon announces withdrawal - 2,500 troops to remain") and "to" and a verb of
    // planned_infinitives follow it in its clause: "Over 17K troops to join largest drills", "5,000 troops to leave Iraq".
    // Not "US sends 500 troops to join NATO mission": a verb before the figure is the headline's.
    private bool HeadlineSubjectInfinitive(string text, int sentenceStart, Quantity q, TextSpan figure, int segmentEnd)
    {
        for (var i = q.Span.Start - 1; i >= sentenceStart && text[i] is not (':' or '|' or '\n' or '-' or '\u2013' or '\u2014'); i--)
            if (char.IsLetterOrDigit(text[i])) return false;
        var end = Math.Min(segmentEnd, figure.End + 30);
        var clause = text.AsSpan(figure.End, end - figure.End).IndexOfAny(",;:");
        return InfinitiveBetween(text, figure.End - 1, clause < 0 ? end : figure.End + clause);
    }

    // After a comma in the figure's segment, a participle of consequence_participles opens the clause the figure is in (no
    // other comma or stop between): "..., bringing the number of troops there close to 10,000".
    // The participle must bring something "to" the figure (consequence_total_links) with an object first: "adding that 650 troops
    // are already serving" is speech and "adding to the 4,500 troops already in Kosovo" names the base the addition joins
    // (consequence_false_starts right after the participle); a figure with a word of the present (current_cues) is no plan.
    private bool ConsequenceClause(string text, int segmentStart, int segmentEnd, int at, int core)
    {
        var comma = text.AsSpan(segmentStart, at - segmentStart).LastIndexOf(',');
        if (comma < 0) return false;
        var i = segmentStart + comma + 1;
        while (i < at && char.IsWhiteSpace(text[i])) i++;
        // (Only ";" and ":" end the clause: a full stop in one sentence is an abbreviation's, "U.S. troops".)
        var end = kindWords.ConsequenceParticiples.EndOfPhraseAt(text, i, at);
        if (end <= 0 || text.AsSpan(i, at - i).IndexOfAny(";:") >= 0 || currentCues.Any(text, i, segmentEnd)) return false;
        // (The figure's own hedge may hold the link: "… there close to 10,000".)
        var words = text[end..Math.Max(at, core)].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 1 && !consequenceFalseStarts.Contains(words[0]) && words.Any(consequenceTotalLinks.Contains);
    }

    // A figure set off by commas ("The bulk of the pullout, roughly 3,500 troops, should ...", "The brigade, some 5,000 strong,
    // is to be ...", ", of roughly 3,500 troops,"), whose closing comma is followed by a planned predicate (planned_after).
    private bool AppositivePlan(string text, int segmentStart, int segmentEnd, Quantity q, TextSpan figure)
    {
        var before = q.Span.Start;
        before = SourceText.SkipWhiteSpaceBack(text, before, segmentStart);
        if (before >= 3 && text.AsSpan(before - 2, 2).Equals("of", StringComparison.OrdinalIgnoreCase) && char.IsWhiteSpace(text[before - 3]))
            before = SourceText.SkipWhiteSpaceBack(text, before - 2, segmentStart);
        if (before <= segmentStart || text[before - 1] != ',') return false;
        var close = figure.End;
        while (close < segmentEnd && char.IsWhiteSpace(text[close])) close++;
        if (close >= segmentEnd || text[close] != ',') return false;
        var end = Math.Min(segmentEnd, close + 1 + 80);
        return plannedAfter.IsMatch(text.AsSpan(close + 1, end - close - 1));
    }
}

namespace Analysis.Extraction;

using System.Buffers;
using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// What a troop figure counts (<see cref="TroopKind"/>): the cue nearest the figure in its segment of the sentence
/// (casualties, army size, deployment, other), else where the troops are ("sent to Russia"). The cue words are the
/// lexicon's (figures.json: casualty_cues, army_size_cues, deployment_cues, other_cues, places, place_nouns, border_force_names).
/// </summary>
internal sealed partial class TroopCountFinder
{
    // Whether a call-up word (call_up_words) acts on the figure: before it, at most 30 characters away with no comma or ';'
    // between ("has mobilised 300,000 reservists"), or after it within 60 characters as a passive or a state (call_up_auxiliaries:
    // "… are being called up", "… may keep mobilized").
    private bool CalledUp(string text, int segmentStart, int segmentEnd, Quantity q, TextSpan span)
    {
        foreach (var hit in kindWords.CallUpWords.Find(text, Math.Max(segmentStart, q.Span.Start - 60), Math.Min(segmentEnd, span.End + 60)))
        {
            if (hit.Span.End <= q.Span.Start)
            {
                if (q.Span.Start - hit.Span.End <= 30 && text.AsSpan(hit.Span.End, q.Span.Start - hit.Span.End).IndexOfAny(",;") < 0) return true;
            }
            else if (hit.Span.Start >= span.End && kindWords.CallUpAuxiliaries.StartOfPhraseBefore(text, span.End, hit.Span.Start) >= 0) return true;
        }
        // "Some 1,400 reservists have been let go", "released tens of thousands of reservists": a release acts on troops that were
        // serving: after the mention behind an auxiliary (release_words), or right before the number (release_verbs_before, at
        // most one word back: not "released figures showing 300,000 reservists").
        foreach (var hit in kindWords.ReleaseWords.Find(text, span.End, Math.Min(segmentEnd, span.End + 40)))
            if (kindWords.CallUpAuxiliaries.StartOfPhraseBefore(text, span.End, hit.Span.Start) >= 0) return true;
        if (PhraseBefore(kindWords.ReleaseWordsBefore, text, segmentStart, q.Span.Start, 1) >= 0) return true;
        return ReturningHome(text, segmentEnd, span) || OrderedToDuty(text, segmentStart, segmentEnd, q, span);
    }

    // "about 145,000 reservists would start returning home", "60,000 reservists of the Army, Navy and Air Force have gone home": a
    // return home (return_home_words) after the mention, past at most ten words that are return_home_fillers or name the services
    // the reservists are of (a capitalized word, or "of", "the", "and" and commas between them: return_home_service_links), or an
    // aside of what they include (inclusion_leads to its closing comma).
    private bool ReturningHome(string text, int segmentEnd, TextSpan span)
    {
        var at = PhraseLiteral.SkipWhiteSpace(text, span.End, segmentEnd);
        for (var words = 0; at > span.End && at < segmentEnd && words <= 10; words++)
        {
            if (kindWords.ReturnHomeWords.EndOfPhraseAt(text, at, segmentEnd) > 0) return true;
            var next = kindWords.ReturnHomeFillers.EndOfPhraseAt(text, at, segmentEnd);
            if (next <= 0) next = kindWords.ReturnHomeServiceLinks.EndOfPhraseAt(text, at, segmentEnd);
            if (next <= 0 && char.IsUpper(text[at]))
                for (next = at; next < segmentEnd && char.IsLetter(text[next]); next++) { }
            // (", including two National Guard divisions,": an aside of what the reservists include, to its closing comma)
            if (next <= 0 && kindWords.ReturnHomeAsides.EndOfPhraseAt(text, at, segmentEnd) > 0 && text.IndexOf(',', at, segmentEnd - at) is var close and > 0)
                next = close;
            if (next <= at) return false;
            if (next < segmentEnd && text[next] == ',') next++;
            at = PhraseLiteral.SkipWhiteSpace(text, next, segmentEnd);
        }
        return false;
    }

    // "the order put 265,322 reservists on active duty", "ordered 152 Guard members to active duty": an order before the number
    // (duty_order_verbs, at most three words back) and the duty it sends them to after the mention, in its clause (active_duty_goals,
    // within 60 characters, no ',' or ';' between); not "has 1.3 million troops on active duty", an army's size.
    private bool OrderedToDuty(string text, int segmentStart, int segmentEnd, Quantity q, TextSpan span) =>
        kindWords.ActiveDutyGoals.Any(text, span.End, ClauseEndAfter(text, span.End, segmentEnd, 60, ",;"))
        && PhraseBefore(kindWords.DutyOrderVerbs, text, segmentStart, q.Span.Start, 3) >= 0;

    // The kind of the figure at q (the whole mention: span) in text[segmentStart..segmentEnd); anchor: the figure a bare
    // number is read against; previous: the figure before it in the sentence; part: counted as "N of them".
    private TroopKind KindOf(string text, List<PhraseMatch> sentenceCues, int start, int end, int segmentStart, int segmentEnd, Quantity q, TextSpan span,
        TextSpan? anchor, FigureCandidate? previous, bool part)
    {
        sentenceCues = WithoutServedArmies(text, sentenceCues, segmentEnd, span);
        sentenceCues = WithoutLaterLosses(text, sentenceCues, segmentStart, segmentEnd, span);
        // "Of the 51 Chinese recruits on its list, one was killed", "out of a total of 12,000": the whole a part is counted
        // from is what its own words and those before it say; the casualty verb after it is the part's.
        // ("Of the 1,100 who were killed, most were ...": a relative of casualties right after a bare whole says what it counts.)
        // ("Of the six reservists wounded, three were seriously hurt": a casualty participle right after the whole's mention.)
        if (Whole(text, start, segmentStart, q))
            // ("Of the 4,000 soldiers who have become casualties, ...": the relative after the whole's noun, too.)
            return CasualtyNoun(text, q, span) || CasualtyRelativeAfter(text, span.End, end)
                || (Spaced(text, span.End) && WholeWordsAt(casualtyVerbs, text, PhraseLiteral.SkipWhiteSpace(text, span.End, end), end) > 0)
                ? TroopKind.Casualties : Kind(sentenceCues, segmentStart, span.End, span) ?? TroopKind.Deployment;
        // "could capture the city with as many as 30,000 troops": what the verb before an instrument word does is not what the
        // troops are; their kind is read from the instrument word on.
        var from = Instrument(text, segmentStart, span) is var instrument and >= 0 ? instrument : segmentStart;
        // With no cue, troops that are counted are troops somewhere: a deployment (a parade or a ceremony says "other").
        var kind = Kind(sentenceCues, from, segmentEnd, span) ?? (anchor is { } a ? Kind(sentenceCues, start, end, a) : null) ?? TroopKind.Deployment;
        // "puts its losses at about 2,000, up from at least 600": a bare number read against the casualty figure before it, with
        // no cue of its own, counts casualties too (the figure before may owe its kind to what it estimates, not to a cue).
        if (kind == TroopKind.Deployment && previous is { Kind: TroopKind.Casualties } before && before.Span.End <= q.Span.Start
            && Kind(sentenceCues, segmentStart, segmentEnd, span) is null
            && anchorBefore.IsMatch(text.AsSpan(before.Span.End, q.Span.Start - before.Span.End)))
            kind = TroopKind.Casualties;
        // "killed 84 fighters and 47 soldiers": figures joined by "and" share the verb's kind.
        // ("killed 84 fighters from the mercenary group and 47 Malian soldiers": past a phrase of the first's.)
        // ("killed 255 British and 649 Argentine soldiers": past the first figure's gapped demonym.)
        if (previous?.Kind == TroopKind.Casualties && kind != TroopKind.Casualties
            && (Coordinated(text, segmentStart, q.Span.Start) || PostmodifiedCoordination(text, segmentStart, q.Span.Start)
                || Coordinated(text, PastCapitalizedWords(text, segmentStart, q.Span.Start), q.Span.Start)))
            kind = TroopKind.Casualties;
        // "Belarus has an army of 48,000 soldiers and 12,000 border guards": a figure joined by "and" to an army's size, with no
        // cue of its own in its segment, counts that army too (not "5,000 troops and 2,000 were sent to the border").
        if (previous?.Kind == TroopKind.ArmySize && kind == TroopKind.Deployment && !part && Coordinated(text, segmentStart, q.Span.Start)
            && Kind(sentenceCues, segmentStart, segmentEnd, span) is null)
            kind = TroopKind.ArmySize;
        if (CasualtyNoun(text, q, span) || (kind != TroopKind.Casualties && TollSubject(text, sentenceCues, segmentStart, q, span))) kind = TroopKind.Casualties;
        if (kind != TroopKind.Casualties && (CasualtyMainVerb(text, sentenceCues, span, segmentEnd) || HedgedFall(text, span.End, segmentEnd))) kind = TroopKind.Casualties;
        if (kind != TroopKind.Casualties && (CasualtyVerbBefore(text, sentenceCues, segmentStart, q, span)
            || VerbBeforeMention(kindWords.SeizingVerbs, text, segmentStart, q, span) >= 0
            || VerbBeforeMention(kindWords.HarmNounsBefore, text, segmentStart, q, span) >= 0 || HeldCaptive(text, segmentStart, segmentEnd, q, span))) kind = TroopKind.Casualties;
        if (kind != TroopKind.Casualties && NumberOfCasualties(text, sentenceCues, start, q, span)) kind = TroopKind.Casualties;
        // "The Post put the number of soldiers killed during the withdrawal at 523": a figure that is an estimate's "at" object
        // counts the phrase the estimate names, whatever cue ("withdrawal") stands nearer; dead or wounded named there are its kind.
        if (kind != TroopKind.Casualties && EstimatedThing(text, start, q.Span) is (>= 0, var thingEnd) thing
            && sentenceCues.Any(c => c.Label == Casualty && c.Span.Start >= thing.From && c.Span.End <= thingEnd)) kind = TroopKind.Casualties;
        // "two reserve brigades, several thousand troops in all, are being called up", "has mobilised 300,000 reservists": a
        // reserve's cue, but reservists called up are sent. The call-up must act on the figure itself: its verb right before it,
        // in its clause, or a passive after it ("are being called up"); not "1.2 million active troops and activated reserve
        // units", "an army of about 1.3 million has activated reserve units".
        if (kind == TroopKind.ArmySize && (CalledUp(text, segmentStart, segmentEnd, q, span) || CalledUpEarlierInSentence(text, start, end, q, span))) kind = TroopKind.Deployment;
        // "Russia's army now keeps roughly 40,000 soldiers close to the front line": an army word before the figure names whose
        // troops they are; a word of where they stand after it, in its clause, makes them a deployment.
        if (kind == TroopKind.ArmySize && PlacedAfter(text, sentenceCues, q, span, segmentEnd)) kind = TroopKind.Deployment;
        // "123,000 active troops", "1.6 million reservists": with no word of place, move or loss in its clause, a figure whose own
        // words name a whole army's people counts that army.
        // (Not one a call-up acts on: "Up to 50,000 reserve troops may now be activated".)
        if (kind == TroopKind.Deployment && !part && ArmyInMention(text, sentenceCues, segmentStart, segmentEnd, q, span)
            && !CalledUp(text, segmentStart, segmentEnd, q, span) && !CalledUpEarlierInSentence(text, start, end, q, span)) kind = TroopKind.ArmySize;
        // "The insurgents, who number some 6,000", "the rebel leader commands about 10,000 fighters", "the National Guard has
        // 120,000 members in all": a verb of strength whose subject is a whole force (not an army's troops somewhere) tells its size.
        if (kind == TroopKind.Deployment && !part && (StrengthOfWhole(text, sentenceCues, start, segmentStart, segmentEnd, q, span)
            || StrengthEstimateOfWhole(text, sentenceCues, start, segmentStart, segmentEnd, q, span))) kind = TroopKind.ArmySize;
        // (A casualty word nearer than the name does not make it a toll: "put the dead of the 2,000-strong Lesotho Defence Force at 40".)
        if (kind is TroopKind.Deployment or TroopKind.Casualties && !part && !CasualtyNoun(text, q, span) && StrengthOfNamedWhole(text, q, segmentEnd))
            kind = TroopKind.ArmySize;
        if (kind == TroopKind.Deployment && !part && WholeMilitaryLevel(text, sentenceCues, start, segmentStart, segmentEnd, q, span)) kind = TroopKind.ArmySize;
        if (kind != TroopKind.Casualties && (part || (Partitive(text, q, span) && wholeQuantifiers.StartOfPhraseBefore(text, segmentStart, q.Span.Start) < 0)
            || IsSubset(text, segmentStart, q.Span.Start)
            || Breakdown(text, q, previous) || PartAfterWhole(text, start, q, span) || PartOfLaterWhole(text, end, q, span)
            || PronounPart(text, q, span, segmentEnd, previous) || ApposedPartOfLaterWhole(text, end, q, span)))
            kind = TroopKind.Subset;
        // "losses have passed 54,900: more than 22,200 killed, 31,800 wounded", "a toll of 300, including 120 killed": the parts
        // of a casualty total are parts of it, whatever befell each ("Of the 12,000 sent, 4,000 were killed" stays casualties:
        // its whole is a deployment).
        // ("Of the 4,000 casualties, around 1,000 were killed": the part after a fronted whole that names a loss total of every
        // kind, or a part with no casualty verb of its own ("..., about 200 were officers"), not "Of the 2,800 who were wounded,
        // about 300 later died"; "two of the
        // prisoners of war", "five of the captured soldiers": a partitive whose own noun names casualties, with no casualty verb of
        // its own: "300 of the wounded have since died" stays a toll.)
        else if (kind == TroopKind.Casualties && ((previous?.Kind == TroopKind.Casualties && !CasualtyNoun(text, q, span)
            && (IsSubset(text, segmentStart, q.Span.Start) || Breakdown(text, q, previous) || SaidBreakdown(text, q, previous) || (PartAfterWhole(text, start, q, span) && (CasualtyTotalBefore(text, start, q) || !CasualtyAfterInClause(text, q.Span.End, segmentEnd)))))
            || (CasualtyGroupPart(text, q, segmentEnd) is var group and > 0 && !CasualtyAfterInClause(text, group, segmentEnd))))
            kind = TroopKind.Subset;
        // "include about 500 officers and three generals", "8,800 of them are ground troops and 1,700 are sailors":
        // a figure joined by "and" to a part of the force is another part of it.
        // So is one a casualty verb after it counts with the part before it ("including 42 of the Army and 8 of the Border Service,
        // were martyred"): the verb tells what befell the parts, the figure's own noun does not name casualties.
        // (Not past the close of a dash aside the part stood in: "— among them 300 medics — arrived, and 500 soldiers followed".)
        // (A table's next row is one whatever dashes set its names off: "Kenya - 4,000; Uganda - 3,500".)
        if ((kind == TroopKind.Deployment || (kind == TroopKind.Casualties && !CasualtyNoun(text, q, span))) && previous?.Kind == TroopKind.Subset
            && (((Coordinated(text, segmentStart, q.Span.Start) || AnotherPart(text, segmentStart, q, span)) && !AsideClosedBetween(text, start, previous, q.Span.Start))
                || NextRow(text, q, previous)))
            kind = TroopKind.Subset;
        // "the army must grow from one million to 1.5 million soldiers", "reserves cut from 60,000 to 40,000": the two ends of a
        // change count the same thing at two times; the end's segment lost the cue the start was read with.
        // ("swollen the army from roughly 3,000 men to some 14,000": the start's own noun between the two ends, "to" right
        // before the end.)
        if (((q.ChangeEnd && previous is { Quantity.ChangeStart: true }) || FromNounTo(text, previous, q)) && previous is { } start0
            && start0.Kind is TroopKind.ArmySize or TroopKind.Casualties
            && kind == TroopKind.Deployment && Kind(sentenceCues, segmentStart, segmentEnd, span) is null)
            kind = start0.Kind;
        // "None of the 450 Dutch peacekeepers was hurt": a harm denied to the whole leaves the whole a deployment.
        if (kind == TroopKind.Casualties && unharmedWholeOpeners.StartOfPhraseBefore(text, segmentStart, q.Span.Start) >= 0) kind = TroopKind.Deployment;
        return kind;
    }

    // "600 soldiers who were helping the Russian army have died", "5,682 personnel from several branches of the armed forces
    // had been deployed", "Cubans who signed contracts with the Russian army": an army word after the figure, in its clause (no
    // ',', ';' or ':' between), inside a relative clause (served_army_relatives, not one that says what the army is made of:
    // army_whole_verbs) or after a preposition of service (served_army_prepositions, at most three words before it) names the
    // army the troops serve in, not its size; it is no cue of the figure's kind. The list is copied only when one is dropped.
    private List<PhraseMatch> WithoutServedArmies(string text, List<PhraseMatch> cues, int segmentEnd, TextSpan span)
    {
        List<PhraseMatch>? kept = null;
        for (var i = 0; i < cues.Count; i++)
        {
            var (cue, label) = cues[i];
            var served = label == ArmySize && cue.Start >= span.End && cue.End <= segmentEnd && cue.Start - span.End <= 150
                && text.AsSpan(span.End, cue.Start - span.End).IndexOfAny(",;:") < 0
                && ((kindWords.ServedArmyRelatives.Any(text, span.End, cue.Start) && !kindWords.ArmyWholeVerbs.Any(text, span.End, cue.Start))
                    || PhraseBefore(kindWords.ServedArmyPrepositions, text, span.End, cue.Start, 3) >= 0);
            if (served) kept ??= cues.Take(i).ToList();
            else kept?.Add(cues[i]);
        }
        return kept ?? cues;
    }

    // "Russia has 600,000 troops in Ukraine and lost territory", "had 40,000 soldiers and lost 3,000 of them": a figure a
    // holding verb (holding_verbs) takes, and a loss verb (loss_verbs) that opens a predicate of its own after "and" or
    // "but" (list later_loss_links, perhaps an auxiliary between): what the holder lost later is not the figure's kind.
    private List<PhraseMatch> WithoutLaterLosses(string text, List<PhraseMatch> cues, int segmentStart, int segmentEnd, TextSpan span)
    {
        if (holdingVerbsAll.StartOfPhraseBefore(text, segmentStart, span.Start) < 0) return cues;
        List<PhraseMatch>? kept = null;
        for (var i = 0; i < cues.Count; i++)
        {
            var (cue, label) = cues[i];
            var later = label == Casualty && cue.Start >= span.End && cue.End <= segmentEnd && lossVerbs.EndOfPhraseAt(text, cue.Start, cue.End) > 0
                && text.AsSpan(span.End, cue.Start - span.End).IndexOfAny(",;:") < 0 && LossLinkBefore(text, span.End, cue.Start);
            if (later) kept ??= cues.Take(i).ToList();
            else kept?.Add(cues[i]);
        }
        return kept ?? cues;
    }

    // "and", "but" (later_loss_links), perhaps an auxiliary ("and has lost"), right before text[at].
    private bool LossLinkBefore(string text, int from, int at)
    {
        if (auxiliaries.StartOfPhraseBefore(text, from, at) is var aux and >= 0) at = aux;
        if (laterLossAuxiliaries.StartOfPhraseBefore(text, from, at) is var has and >= 0) at = has;
        return laterLossLinks.StartOfPhraseBefore(text, from, at) >= 0;
    }

    // "reached 514 on Tuesday, 180 of them killed after ...", "Thirty soldiers, 11 of them Italian, were injured", "Casualties
    // stand at 4,700, and roughly 600 of them are dead": "them" are the casualties just counted, so the figure is a part of
    // that toll (read once the verb after the last figure has given each its kind). Not when a casualty verb of its own stands
    // right before the part ("killed about 300 ... and captured 2 of them", "wounded 60 of them"): another toll, not a part.
    private void PartsOfTolls(string text, int end, List<FigureCandidate> result)
    {
        for (var i = 1; i < result.Count; i++)
            if (result[i].Kind == TroopKind.Casualties && result[i - 1].Kind == TroopKind.Casualties
                && !CasualtyNoun(text, result[i].Quantity, result[i].Span) && OfThem(text, result[i].Quantity, result[i - 1].Quantity, end)
                && !OwnCasualtyVerb(text, result[i - 1].Span.End, Math.Min(result[i].Span.Start, result[i].Quantity.Span.Start)))
                result[i] = result[i] with { Kind = TroopKind.Subset };
    }

    private bool OwnCasualtyVerb(string text, int from, int at)
    {
        at = SourceText.SkipWhiteSpaceBack(text, at, from);
        return at > from && kindWords.CasualtyWords.StartOfPhraseBefore(text, from, at) >= 0;
    }

    // "180 of them killed", "roughly 600 of them are dead": "of them" (list ellipsis_after) right after the number. A troop noun
    // after it makes a part only of a whole that names troops too ("2,000 soldiers were killed, 300 of them officers"); "13 dead,
    // five of them soldiers" counts the soldiers inside a toll of people: casualties of their own.
    private bool OfThem(string text, Quantity q, Quantity whole, int end) =>
        Spaced(text, q.Span.End) && ellipsis.EndOfPhraseAt(text, q.Span.End, end) is var them and > 0
        && (TroopNounAfterPart(text, them, end) < 0 || TroopNounAfterPart(text, whole.Span.End, end) > 0);

    // "Russian losses in the Kursk region have passed 54,900 troops": a verb of reaching (toll_verbs) right before the figure's
    // mention, and a casualty cue before it in its clause (no ',', ';' or ':' between, at most 40 characters).
    // ("bringing the number of deaths among the country's armed forces to 21": "to" as the verb, when a word of toll_raisers
    // stands at most TollRaiserReach characters before the cue.)
    private bool TollSubject(string text, List<PhraseMatch> cues, int segmentStart, Quantity q, TextSpan span)
    {
        var verb = VerbBeforeMention(kindWords.TollVerbs, text, segmentStart, q, span);
        var raised = verb < 0;
        if (raised && (verb = VerbBeforeMention(kindWords.TollRaisedTo, text, segmentStart, q, span)) < 0) return false;
        foreach (var (cue, label) in cues)
            if (label == Casualty && cue.Start >= segmentStart && cue.End <= verb && (verb - cue.End <= 40 || verb - cue.End <= 120 && TollPhrase(text, cue.End, verb))
                && text.AsSpan(cue.End, verb - cue.End).IndexOfAny(",;:") < 0
                && (!raised || kindWords.TollRaisers.Any(text, Math.Max(segmentStart, cue.Start - TollRaiserReach), cue.Start)))
                return true;
        return false;
    }

    // How far before the casualty cue a raiser may stand: the raiser, "the number of" and a demonym and noun of the troops
    // ("raised the number of Israeli soldiers killed").
    private const int TollRaiserReach = 45;

    // "The total number of wounded, killed and missing army soldiers was about 4,000": a copula of toll_copulas right before the
    // figure's mention (the cheap cue), and before it in the sentence a lead of toll_number_leads that a casualty cue follows
    // right after, with no ';' or ':' between the lead and the copula.
    private bool NumberOfCasualties(string text, List<PhraseMatch> cues, int start, Quantity q, TextSpan span)
    {
        if (VerbBeforeMention(kindWords.TollCopulas, text, start, q, span) is not (var copula and >= 0)) return false;
        foreach (var lead in kindWords.TollNumberLeads.Find(text, start, copula))
        {
            if (text.AsSpan(lead.Span.End, copula - lead.Span.End).IndexOfAny(";:") >= 0) continue;
            var next = PhraseLiteral.SkipWhiteSpace(text, lead.Span.End, copula);
            foreach (var (cue, label) in cues)
                if (label == Casualty && cue.Start == next) return true;
        }
        return false;
    }

    // "Drone crews killed or wounded roughly 150 infantrymen sent to retake the village", "the raid killed 12 soldiers stationed
    // at the outpost": a casualty cue right before the figure's mention or its number takes the figure as its object; a word of
    // move or place after the troop noun only says which troops they were, though it stands nearer.
    private static bool CasualtyVerbBefore(string text, List<PhraseMatch> cues, int segmentStart, Quantity q, TextSpan span)
    {
        foreach (var from in (ReadOnlySpan<int>)[span.Start, q.Core.Start])
        {
            var at = from;
            // (past an opening quote mark: killed or wounded "several hundred" soldiers)
            if (at > segmentStart && text[at - 1] is '"' or '“' or '‘' or '\'') at--;
            at = SourceText.SkipWhiteSpaceBack(text, at, segmentStart);
            if (at == from) continue;
            foreach (var (cue, label) in cues)
                if (label == Casualty && cue.End == at && cue.Start >= segmentStart) return true;
        }
        return false;
    }

    // "The death toll from fighting between peacekeeping soldiers and M23 rebels in eastern Congo has reached 13": a toll's own
    // phrase of place or cause (a preposition of toll_phrase_prepositions, one space before and after it) may run further before its verb.
    private bool TollPhrase(string text, int cueEnd, int verb) =>
        cueEnd + 1 < verb && text[cueEnd] == ' ' && !char.IsWhiteSpace(text[cueEnd + 1])
        && kindWords.TollPhrasePrepositions.EndOfPhraseAt(text, cueEnd + 1, verb) is var end and > 0 && end < verb && text[end] == ' ';

    // Where a verb of `verbs` ends right before the figure's mention, or right before its number (the verb may stand inside the
    // mention, read as its hedge: "have passed 54,900", "number more than 4,000"), or -1.
    private static int VerbBeforeMention(AdjacentPhrases verbs, string text, int start, Quantity q, TextSpan span)
    {
        foreach (var from in (ReadOnlySpan<int>)[span.Start, q.Core.Start])
        {
            var at = from;
            at = SourceText.SkipWhiteSpaceBack(text, at, start);
            if (at < from && verbs.StartOfPhraseBefore(text, start, at) is var found and >= 0) return found;
        }
        return -1;
    }

    // "losses have passed 54,900 troops, the commander said on Wednesday: more than 22,200 killed": a smaller figure right
    // after a colon that ends the speech clause after the total (no digit, '.' or ';' between, at most said_breakdown_reach
    // characters).
    private bool SaidBreakdown(string text, Quantity q, FigureCandidate? previous)
    {
        if (previous?.Quantity.Value is not { } whole || q.Value is not { } value || value >= whole || q.Span.Start < previous.Span.End) return false;
        var between = text.AsSpan(previous.Span.End, q.Span.Start - previous.Span.End).TrimEnd();
        return between.Length > 1 && between.Length <= reaches.SaidBreakdown && between[^1] == ':' && between[..^1].IndexOfAny(SaidBreaks) < 0;
    }

    private static readonly SearchValues<char> SaidBreaks = SearchValues.Create("0123456789.;:");

    // The first place, presence or move cue after the figure, in its clause (no ',', ';' or ':' between), before any army or
    // casualty cue.
    // "roughly 170,000 soldiers in Israel's standing army": a country's possessive before its army is whose army, no place.
    private bool PlacedAfter(string text, List<PhraseMatch> cues, Quantity q, TextSpan figure, int segmentEnd)
    {
        // "The French army had some 1,000 personnel in the country": a place named by a common noun right after the troops.
        if (figure.End < segmentEnd && char.IsWhiteSpace(text[figure.End])
            && kindWords.PlacesRightAfter.EndOfPhraseAt(text, SourceText.SkipWhiteSpace(text, figure.End), segmentEnd) > 0) return true;
        var armyNamed = false;
        for (var i = 0; i < cues.Count; i++)
        {
            var (cue, label) = cues[i];
            if (cue.Start < figure.End) continue;
            if (cue.End > segmentEnd || text.AsSpan(figure.End, cue.Start - figure.End).IndexOfAny(",;:") >= 0) return false;
            if (label is Deployment) return true;
            if (label is Destination)
            {
                if (!PossessiveArmy(text, cues, i, q.Span.End)) return true;
                // "3,000 soldiers in Sudan's army were sent to El Fasher": past the army it names, a move still places them.
                armyNamed = true;
                continue;
            }
            if (armyNamed && label is ArmySize) { armyNamed = false; continue; }
            // "Ghana's army numbers about 15,000 and is ready to defend the border": a place after readiness is what they stand ready for.
            if (label is ArmySize or Casualty or OtherCue or Readiness) return false;
        }
        return false;
    }

    // A destination cue whose country takes "'s" and, at most two words on ("regular", "standing"), an army cue: "in Sudan's
    // regular army", "in Taiwan's armed forces" name an army, not where it stands. Not when the troops after the number (`from`) are
    // others' (a word of foreign_force_words or a capitalized name between: "1,500 foreign fighters from 48 countries in
    // Russia's army", "12,000 North Korean troops in Russia's army" are sent there).
    private bool PossessiveArmy(string text, List<PhraseMatch> cues, int i, int from)
    {
        var at = cues[i].Span.End;
        if (from < cues[i].Span.Start && (kindWords.ForeignForceWords.Any(text, from, cues[i].Span.Start)
            || text.AsSpan(from, cues[i].Span.Start - from).IndexOfAnyInRange('A', 'Z') >= 0))
            return false;
        if (at + 1 >= text.Length || text[at] is not ('\'' or '’') || text[at + 1] != 's') return false;
        at += 2;
        for (var j = i + 1; j < cues.Count; j++)
        {
            if (cues[j].Span.Start < at) continue;
            if (cues[j].Label != ArmySize) return false;
            var between = text.AsSpan(at, cues[j].Span.Start - at);
            return between.Length <= 20 && !between.ContainsAnyExcept(Spelled) && between.Count(' ') <= 3;
        }
        return false;
    }

    private static readonly SearchValues<char> Spelled = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -");

    // A word of army_size_mention_words between the number and the end of its mention, and no cue of place, move, loss, readiness
    // or event in the figure's clause (the segment cut at the nearest ',', ';' or ':' on each side).
    private bool ArmyInMention(string text, List<PhraseMatch> cues, int segmentStart, int segmentEnd, Quantity q, TextSpan span)
    {
        if (span.End <= q.Span.End || !kindWords.ArmySizeMentionWords.Any(text, q.Span.End, span.End)) return false;
        if (!NoPlaceInClause(text, cues, segmentStart, segmentEnd, q, span)) return false;
        var (from, to) = Clause(text, segmentStart, segmentEnd, q, span);
        // "ordered about 700 active-duty Marines to the city", "put 100 active-duty soldiers on call": troops an order sends or
        // places (army_mention_movers, at most three words before the number) are sent, not counted.
        return PhraseBefore(kindWords.ArmyMentionMovers, text, from, q.Span.Start, 3) < 0 && !NamedGoalAfter(text, span.End, to);
    }

    // "Rebels were holding an estimated 300 U.N. peacekeepers", "are holding approximately 100 Dutch servicemen": a verb of
    // holding right before the mention (captive_holding_verbs) makes the troops captives, unless words of a force kept ready follow
    // the mention in its clause (held_force_words: "holding 5,000 troops in reserve", "holding 2,000 soldiers back").
    private bool HeldCaptive(string text, int segmentStart, int segmentEnd, Quantity q, TextSpan span) =>
        VerbBeforeMention(kindWords.CaptiveHoldingVerbs, text, segmentStart, q, span) >= 0
        && !kindWords.HeldForceWords.Any(text, span.End, ClauseEndAfter(text, span.End, segmentEnd, 40, ",;"));

    // "from roughly 3,000 men to some 14,000", "from its current 10,000 soldiers to 8,500": "from" (change_from, at most two
    // words back) before the figure before, its mention ending in its own noun, then only "to" before this one: the two ends
    // of one change.
    private bool FromNounTo(string text, FigureCandidate? previous, Quantity q)
    {
        if (previous is null || previous.Span.End <= previous.Quantity.Span.End || q.Span.Start <= previous.Span.End) return false;
        if (text.AsSpan(previous.Span.End, q.Span.Start - previous.Span.End).Trim() is not "to") return false;
        return PhraseBefore(kindWords.ChangeFrom, text, Math.Max(0, previous.Quantity.Span.Start - 40), previous.Quantity.Span.Start, 2) >= 0;
    }

    // "the 2,000-strong Lesotho Defence Force", "the 7,000-strong Sierra Leone Army": a strength right before a force's name
    // (capitalized words, or words of named_whole_force_heads) that ends in a whole force (named_whole_force_heads): that
    // force's size. Not the name of a unit or a contingent sent somewhere ("the 850-strong Kenya Defence Forces contingent":
    // a word of named_force_parts after the name).
    private bool StrengthOfNamedWhole(string text, Quantity q, int segmentEnd)
    {
        if (StrengthAfter(text, q.Span.End, segmentEnd) is not (var strength and > 0)) return false;
        var at = PhraseLiteral.SkipWhiteSpace(text, strength, segmentEnd);
        var nameEnd = -1;
        for (var words = 0; at < segmentEnd && words < 6; words++)
        {
            if (kindWords.NamedWholeForceHeads.Find(text, at, segmentEnd) is [var force, ..] && force.Span.Start == at)
            {
                nameEnd = force.Span.End;
                at = PhraseLiteral.SkipWhiteSpace(text, nameEnd, segmentEnd);
                continue;
            }
            if (!char.IsUpper(text[at])) break;
            while (at < segmentEnd && (CueIndex.IsWordCharacter(text[at]) || text[at] is '\'' or '’' or '-')) at++;
            at = PhraseLiteral.SkipWhiteSpace(text, at, segmentEnd);
        }
        return nameEnd > 0 && PhraseLiteral.SkipWhiteSpace(text, nameEnd, segmentEnd) is var next
            && kindWords.NamedForceParts.EndOfPhraseAt(text, next, segmentEnd) <= 0;
    }

    // A verb of strength (strength_verbs) right before the figure's mention or its number, a whole force (whole_force_nouns)
    // before the verb in the sentence (at most strength_subject_reach characters, no ';' between), and no word of place, move,
    // loss or readiness in the figure's clause. Traps: "Kenyan soldiers in Somalia now number more than 4,000", "the units, which
    // number some 12,000", "UNIFIL has about 10,000 personnel" (troops somewhere or a mission, no whole force); "the militia
    // has 2,000 fighters in the north" (a place in its clause). A verb of fielding (fielding_verbs) needs no whole force before it.
    private bool StrengthOfWhole(string text, List<PhraseMatch> cues, int start, int segmentStart, int segmentEnd, Quantity q, TextSpan span)
    {
        var verb = VerbBeforeMention(kindWords.StrengthVerbs, text, start, q, span);
        if (verb < 0) return VerbBeforeMention(kindWords.FieldingVerbs, text, start, q, span) >= 0 && NoPlaceInClause(text, cues, segmentStart, segmentEnd, q, span);
        var from0 = Math.Max(start, verb - reaches.StrengthSubject);
        var semicolon = text.AsSpan(from0, verb - from0).LastIndexOf(';');
        if (semicolon >= 0) from0 += semicolon + 1;
        // (or a state's whole military right before the verb: "the Ukrainian military has about 250,000 troops").
        if (!kindWords.WholeForceNouns.Any(text, from0, verb) && kindWords.StrengthArmySubjects.StartOfPhraseBefore(text, from0, verb) < 0
            && !GroupOpensClause(text, start, verb)) return false;
        return NoPlaceInClause(text, cues, segmentStart, segmentEnd, q, span);
    }

    // "Western diplomats put the rebels' strength at about 15,000", "estimates the number of insurgent fighters at up to 25,000",
    // "the current strength of the LTTE is estimated to be around 5,000": one of strength_estimate_links right before the number, a
    // noun of strength (strength_estimate_nouns) at most 80 characters before it in its clause (no ';' between), a whole force
    // (whole_force_nouns or an armed group's name) from 30 characters before that noun to the link, and no place in the clause.
    private bool StrengthEstimateOfWhole(string text, List<PhraseMatch> cues, int start, int segmentStart, int segmentEnd, Quantity q, TextSpan span)
    {
        var end = SourceText.SkipWhiteSpaceBack(text, q.Span.Start, start);
        var link = kindWords.StrengthEstimateLinks.StartOfPhraseBefore(text, Math.Max(start, end - 12), end);
        if (link < 0) return false;
        var from = Math.Max(start, link - 80);
        var semicolon = text.AsSpan(from, link - from).LastIndexOf(';');
        if (semicolon >= 0) from += semicolon + 1;
        if (kindWords.StrengthEstimateNouns.Find(text, from, link) is not [.., var noun]) return false;
        var wholeFrom = Math.Max(from, noun.Span.Start - 30);
        if (!kindWords.WholeForceNouns.Any(text, wholeFrom, link) && !kindWords.ArmedGroupNames.Any(text, wholeFrom, link)) return false;
        return NoPlaceInClause(text, cues, segmentStart, segmentEnd, q, span);
    }

    // "The LTTE had between 8,000 and 10,000 cadres", "officials said Hamas has about 30,000 fighters": an armed group's name right
    // before the verb at `verb` that opens its clause (past "the": strength_group_determiners), with the sentence's start at
    // `start`, a ',', ';', ':' or '(' or one of strength_group_openers ("said", "that") before it.
    private bool GroupOpensClause(string text, int start, int verb)
    {
        var end = SourceText.SkipWhiteSpaceBack(text, verb, start);
        var name = kindWords.StrengthGroupSubjects.StartOfPhraseBefore(text, Math.Max(start, end - 40), end);
        if (name < 0) return false;
        var before = SourceText.SkipWhiteSpaceBack(text, name, start);
        if (before > start && kindWords.StrengthGroupDeterminers.StartOfPhraseBefore(text, Math.Max(start, before - 10), before) is var article and >= 0)
            before = SourceText.SkipWhiteSpaceBack(text, article, start);
        return before == start || text[before - 1] is ',' or ';' or ':' or '('
            || kindWords.StrengthGroupOpeners.StartOfPhraseBefore(text, Math.Max(start, before - 12), before) >= 0;
    }

    // A whole military's level set or changed (army_level_before right before the number, at most 100 characters back and
    // no ';' between) with a word of army_level_wholes before the figure in its sentence, and no place in its clause.
    private bool WholeMilitaryLevel(string text, List<PhraseMatch> cues, int start, int segmentStart, int segmentEnd, Quantity q, TextSpan span)
    {
        // Both must hold; the phrase walk costs less than the pattern, so it asks first.
        if (!armyLevelWholes.Any(text, start, q.Span.Start)) return false;
        var from = Math.Max(start, q.Span.Start - 100);
        return armyLevelBefore.IsMatch(text.AsSpan(from, q.Span.Start - from)) && NoPlaceInClause(text, cues, segmentStart, segmentEnd, q, span);
    }

    // No cue of place, move, loss, readiness or event in the figure's clause (the segment cut at the nearest ',', ';' or ':' on
    // each side), past the words of its own mention.
    private bool NoPlaceInClause(string text, List<PhraseMatch> cues, int segmentStart, int segmentEnd, Quantity q, TextSpan span)
    {
        var (from, to) = Clause(text, segmentStart, segmentEnd, q, span);
        for (var i = 0; i < cues.Count; i++)
            if (cues[i] is var (cue, label) && cue.Start >= from && cue.End <= to && !(cue.Start >= q.Span.End && cue.End <= span.End)
                && (label is Deployment or Casualty or Readiness or OtherCue || (label is Destination && !PossessiveArmy(text, cues, i, q.Span.End))))
                return false;
        return true;
    }

    // The figure's clause: its segment cut at the nearest ',', ';' or ':' before the number and after the mention.
    private static (int From, int To) Clause(string text, int segmentStart, int segmentEnd, Quantity q, TextSpan span)
    {
        var from = Math.Min(segmentStart, q.Span.Start);
        var before = text.AsSpan(from, q.Span.Start - from).LastIndexOfAny(",;:");
        if (before >= 0) from += before + 1;
        var to = Math.Max(segmentEnd, span.End);
        var after = text.AsSpan(span.End, to - span.End).IndexOfAny(",;:");
        // "22,000 reservists, up from 14,647 last year, would be called up": a closed aside right after the mention is not where
        // the clause ends; its verb comes after it.
        if (after >= 0 && AsideEnd(text, span.End + after, to) is var aside and >= 0)
            after = text.AsSpan(aside + 1, to - aside - 1).IndexOfAny(",;:") is var next and >= 0 ? aside + 1 + next - span.End : -1;
        if (after >= 0) to = span.End + after;
        return (from, to);
    }

    // Where a comma closes the aside that the comma at `open` opens: the next comma (not one between digits) within 60 characters,
    // no other mark before it, and a lower-case word after it (the clause's verb: ", officials said, would be sent"); else -1.
    private static int AsideEnd(string text, int open, int to)
    {
        if (text[open] != ',') return -1;
        var limit = Math.Min(to, open + 60);
        for (var k = NextComma(text, open + 1, limit, dashes: false); k >= 0; k = NextComma(text, k + 1, limit, dashes: false))
        {
            // (a comma between digits is inside a number: "up from 14,647 last year")
            if (k > 0 && char.IsDigit(text[k - 1]) && k + 1 < text.Length && char.IsDigit(text[k + 1])) continue;
            var w = k + 1;
            while (w < to && text[w] == ' ') w++;
            return w < to && char.IsLower(text[w]) ? k : -1;
        }
        return -1;
    }

    // The scan both aside readers share (AsideEnd here, ComparisonAsideEnd for a comparison or a part's aside between two
    // figures): the first ',' in text[from..limit), or -1 when a mark that ends the phrase or opens another comes first
    // ('.', ';', ':', brackets, double quotes, and dashes when `dashes`). Each reader then tells whether the comma closes it.
    private static int NextComma(string text, int from, int limit, bool dashes)
    {
        for (var k = from; k < limit; k++)
            if (text[k] == ',') return k;
            else if (text[k] is '.' or ';' or ':' or '(' or ')' or '"' or '“' or '”' || dashes && text[k] is '—' or '–') return -1;
        return -1;
    }

    // "Israel's 300,000 reservists 'not only for Gaza'", "700 active-duty Marines headed to Los Angeles": a word of
    // army_mention_goals, then a capitalized name (not a possessive: "in Taiwan's armed forces"), after the figure in its clause.
    private bool NamedGoalAfter(string text, int from, int to)
    {
        foreach (var (word, _) in kindWords.ArmyMentionGoals.Find(text, from, to))
        {
            var next = PhraseLiteral.SkipWhiteSpace(text, word.End, to);
            if (next == word.End || next >= to || !char.IsUpper(text[next])) continue;
            var end = next;
            while (end < to && char.IsLetter(text[end])) end++;
            if (end + 1 >= to || text[end] is not ('\'' or '’') || text[end + 1] != 's') return true;
        }
        return false;
    }

    // Where an instrument word (list instrument_words: "with", not "along with") stands right before the figure's mention, or -1.
    private int Instrument(string text, int segmentStart, TextSpan span)
    {
        var at = span.Start;
        at = SourceText.SkipWhiteSpaceBack(text, at, segmentStart);
        if (at == span.Start || kindWords.InstrumentWords.StartOfPhraseBefore(text, segmentStart, at) is not (var word and >= 0)) return -1;
        return kindWords.ComitativeWords.StartOfPhraseBefore(text, segmentStart, at) >= 0 || OthersAfterNumber(text, span) ? -1 : word;
    }

    // "detained the leader with 60 other mercenaries", "with 12 others": people counted beside someone go along with them; they
    // are no instrument of the verb before.
    private static bool OthersAfterNumber(string text, TextSpan span)
    {
        var mention = text.AsSpan(span.Start, span.Length);
        foreach (var range in mention.Split(' '))
            if (mention[range] is "other" or "others") return true;
        return false;
    }

    // "4,000 North Korean soldiers out of a total of 12,000 had been killed": the casualty verb after the whole (whole_before
    // right before it) is the part's.
    private void PartBeforeWhole(string text, List<PhraseMatch> cues, int end, List<FigureCandidate> result)
    {
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var (part, whole) = (result[i], result[i + 1]);
            if (part.Kind != TroopKind.Casualties && wholeBefore.StartOfPhraseBefore(text, part.Span.End, whole.Quantity.Span.Start) >= 0
                && CasualtyMainVerb(text, cues, whole.Span, end))
                result[i] = part with { Kind = TroopKind.Casualties };
        }
    }

    // The punctuation that ends the reach of a casualty verb after a figure.
    private static readonly SearchValues<char> ClauseBreaks = SearchValues.Create(",;:()");

    // "three of its soldiers serving with the mission were killed", "300 soldiers sent to Kursk have died": the first
    // finite verb after the figure is its clause's main verb, and a casualty verb there wins over a deployment word in a
    // participle or relative clause between them. No punctuation between; no auxiliary before the one of the casualty verb,
    // and no word that opens another clause (list clause_openers).
    private bool CasualtyMainVerb(string text, List<PhraseMatch> cues, TextSpan mention, int segmentEnd)
    {
        // "At least 12 peacekeepers, including two from the UN force, have been killed": the verb past a closed aside.
        var figure = mention.End < segmentEnd && AsideEnd(text, AsideOpen(text, mention.End, segmentEnd), segmentEnd) is var aside and >= 0 ? new TextSpan(mention.Start, aside + 1) : mention;
        // "290 soldiers, including a deputy brigade commander were killed": an aside that opens with an inclusion lead
        // (inclusion_leads) right after the mention and whose closing comma the copy left out runs to the verb.
        var open = figure == mention && figure.End < segmentEnd && text[figure.End] == ',' && Spaced(text, figure.End + 1)
            && pastLevels.InclusionLeads.EndOfPhraseAt(text, figure.End + 1, segmentEnd) > 0 ? figure.End + 1 : figure.End;
        foreach (var (cue, label) in cues)
        {
            if (cue.Start < figure.End || label != Casualty) continue;
            if (cue.End > segmentEnd || cue.Start - figure.End > 150 || text.AsSpan(open, cue.Start - open).ContainsAny(ClauseBreaks)) return false;
            var verb = cue.Start;
            // (past a writer's hedge among them: "are believed to have been killed"; past a verb that takes the casualty word as
            // its complement: "went missing", "have become casualties", "were evacuated wounded")
            // (and past an adverb between the auxiliary and the verb: "were also wounded", "have reportedly been killed")
            while ((auxiliaries.StartOfPhraseBefore(text, figure.End, verb) is var aux and >= 0 ? aux
                    : hedgedAuxiliaries.StartOfPhraseBefore(text, figure.End, verb) is var hedged and >= 0 ? hedged
                    : kindWords.CasualtyVerbAdverbs.StartOfPhraseBefore(text, figure.End, verb) is var adverb and >= 0 ? adverb
                    : kindWords.CasualtyLinkingVerbs.StartOfPhraseBefore(text, figure.End, verb)) is var before
                and >= 0 && before < verb) verb = before;
            // (An intransitive verb of death needs no auxiliary to be the main verb: "three others in the regional force died"; nor
            // does a headline's participle that ends it: "100 North Korean soldiers sent to Russia killed".)
            if (verb == cue.Start && !kindWords.IsFiniteCasualtyCue(text, cue)
                && !EndsHeadline(text, cue.End, segmentEnd)) return false;
            var from = PastHedgedRelative(text, figure.End, verb);
            if (from == figure.End) from = PastRelativeClause(text, figure.End, verb);
            for (var i = from; i < verb; i++)
                if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i])
                    && (auxiliaries.EndOfPhraseAt(text, i, verb) > 0 || clauseOpeners.EndOfPhraseAt(text, i, verb) > 0)) return false;
            return true;
        }
        return false;
    }

    // "3,800 of the 12,000 troops who had arrived in Russia were killed", "300 of the soldiers that Kyiv sent have died": a
    // relative clause right after the mention (relative_openers) with words of its own before the main verb group at `verb`
    // says which troops they are; its opener and auxiliaries are not the figure's verb group. Not an empty one ("soldiers who
    // were killed", "who killed": the verb is the relative's), nor one that holds another clause's opener (clause_openers:
    // "who were sent home after they were wounded"). Where the relative ends (`verb`), or `at`.
    private int PastRelativeClause(string text, int at, int verb)
    {
        var i = PhraseLiteral.SkipWhiteSpace(text, at, verb);
        if (i == at || pastLevels.RelativeOpeners.EndOfWordsAt(text, i, verb) is not (var opener and > 0) || !Spaced(text, opener)) return at;
        return RelativeWords(text, opener, verb) > 0 ? verb : at;
    }

    // How many words a relative clause holds between the end of its opener and the main verb group at `verb`, or -1 when one
    // of them opens another clause (clause_openers: "who were sent home after they were wounded").
    private int RelativeWords(string text, int opener, int verb)
    {
        var words = 0;
        for (var w = PhraseLiteral.SkipWhiteSpace(text, opener, verb); w < verb; w = PhraseLiteral.SkipWhiteSpace(text, w, verb))
        {
            if (clauseOpeners.EndOfPhraseAt(text, w, verb) > 0) return -1;
            while (w < verb && !char.IsWhiteSpace(text[w])) w++;
            words++;
        }
        return words;
    }

    // "4,000 of the 11,000 soldiers believed to have been sent to Russia may have been killed": a reduced relative right after the
    // mention, a writer's hedge (hedged_auxiliaries), auxiliaries and one participle, says how the troops came there; its
    // auxiliaries are not the figure's verb group. Where the relative ends (before `verb`), or `at`.
    private int PastHedgedRelative(string text, int at, int verb)
    {
        var i = PhraseLiteral.SkipWhiteSpace(text, at, verb);
        if (i == at || hedgedAuxiliaries.EndOfPhraseAt(text, i, verb) is not (var hedge and > 0)) return at;
        i = hedge;
        while (i < verb && char.IsWhiteSpace(text[i]) && auxiliaries.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, i, verb), verb) is var aux and > 0) i = aux;
        if (i >= verb || !char.IsWhiteSpace(text[i])) return at;
        var participle = PhraseLiteral.SkipWhiteSpace(text, i, verb);
        var end = participle;
        while (end < verb && char.IsLetter(text[end])) end++;
        return end > participle && end < verb ? end : at;
    }

    // Whether a casualty cue stands after `at` in its clause (no mark of ClauseBreaks between): "300 of the wounded have since died".
    // (The words themselves, casualty_words, not the sentence's cues: "later died" is no cue of the sentence's figures.)
    private bool CasualtyAfterInClause(string text, int at, int segmentEnd)
    {
        for (var i = at; i < segmentEnd; i++)
        {
            if (ClauseBreaks.Contains(text[i])) return false;
            if ((i == 0 || !CueIndex.IsWordCharacter(text[i - 1])) && CueIndex.IsWordCharacter(text[i])
                && casualtyVerbs.EndOfPhraseAt(text, i, segmentEnd) is var end and > 0 && (end == segmentEnd || !CueIndex.IsWordCharacter(text[end])))
                return true;
        }
        return false;
    }

    // Whether nothing but a headline's close follows text[at..end): the end, or a dash, colon or bar before its speaker.
    private static bool EndsHeadline(string text, int at, int end)
    {
        var next = PhraseLiteral.SkipWhiteSpace(text, at, end);
        return next >= end || next > at && text[next] is '-' or '–' or '—' or ':' or '|' || next == at && text[next] is ':';
    }

    // "About 200 soldiers are said to have fallen in the assault": after the mention, auxiliaries, then a writer's hedge
    // (hedged_auxiliaries), then a perfect of falling (hedged_fall_verbs) that no word of a level's change follows
    // (fall_change_words: "are believed to have fallen to about 1,000").
    private bool HedgedFall(string text, int at, int end)
    {
        for (var words = 0; words < 3; words++)
        {
            if (!Spaced(text, at)) return false;
            at = PhraseLiteral.SkipWhiteSpace(text, at, end);
            if (hedgedAuxiliaries.EndOfPhraseAt(text, at, end) is var hedge and > 0)
                return Spaced(text, hedge) && kindWords.HedgedFallVerbs.EndOfPhraseAt(text, hedge, end) is var fall and > 0
                    && (fall == end || !CueIndex.IsWordCharacter(text[fall])) && !(Spaced(text, fall) && kindWords.FallChangeWords.EndOfPhraseAt(text, fall, end) > 0);
            if (auxiliaries.EndOfPhraseAt(text, at, end) is not (var next and > 0)) return false;
            at = next;
        }
        return false;
    }

    // Where the aside after a figure opens: the comma right after its mention, or the first comma past a short phrase that
    // names the troops ("at least 30 soldiers of North Korea, integrated into the Russian army, were wounded"): at most 40
    // characters with no other mark, no auxiliary and no word that opens a clause (else the mention's end, which AsideEnd refuses).
    private int AsideOpen(string text, int at, int segmentEnd)
    {
        if (text[at] == ',') return at;
        var limit = Math.Min(segmentEnd, at + 40);
        for (var k = at; k < limit; k++)
        {
            if (text[k] is ';' or ':' or '.' or '(' or ')' or '"' or '“' or '”') return at;
            if (text[k] != ',') continue;
            for (var i = at + 1; i < k; i++)
                if (char.IsWhiteSpace(text[i - 1]) && !char.IsWhiteSpace(text[i])
                    && (auxiliaries.EndOfPhraseAt(text, i, k) > 0 || clauseOpeners.EndOfPhraseAt(text, i, k) > 0)) return at;
            return k;
        }
        return at;
    }

    // "About 3,800 of the 11,000 soldiers sent to Russia have been killed": the casualty verb after a whole that a part is
    // counted from ("N of the M") is the part's: the part is casualties (not a subset), the whole the force it came from
    // (a deployment, unless its own noun names the dead). Not "six of the 20 killed were soldiers" (the whole's own verb).
    private void PartKilledOfWhole(string text, List<PhraseMatch> cues, int end, List<FigureCandidate> result)
    {
        for (var i = 0; i + 1 < result.Count; i++)
        {
            var (part, whole) = (result[i], result[i + 1]);
            if (part.Kind is not (TroopKind.Subset or TroopKind.Casualties) || whole.Kind != TroopKind.Casualties || CasualtyNoun(text, whole.Quantity, whole.Span)) continue;
            if (!Spaced(text, part.Quantity.Span.End) || PartLinkEnd(text, part.Quantity.Span.End + 1, whole.Quantity.Span.Start) is not (var link and > 0)
                || !text.AsSpan(link, whole.Quantity.Span.Start - link).IsWhiteSpace() || !CasualtyMainVerb(text, cues, whole.Span, end)
                || !AuxiliaryBeforeFirstCasualtyWord(text, whole.Quantity.Span.End, end)) continue;
            result[i] = part with { Kind = TroopKind.Casualties };
            result[i + 1] = whole with { Kind = TroopKind.Deployment };
        }
    }

    // "of the" (partitive_words) or a bare "of" right before the whole's number ("1,000 of 12,000 troops killed", headline copy).
    private int PartLinkEnd(string text, int at, int wholeStart) =>
        partitiveWords.EndOfPhraseAt(text, at, wholeStart) is var link and > 0 ? link : partLinks.EndOfPhraseAt(text, at, wholeStart);

    // "the 20 Thais killed were soldiers": the first casualty word after the whole with no auxiliary right before it is the
    // whole's own ("have been killed" is a main verb). A headline drops the auxiliary: a casualty word that ends the sentence
    // has no other verb to be the whole's ("2,000 of 13,000 soldiers dead").
    private bool AuxiliaryBeforeFirstCasualtyWord(string text, int from, int end)
    {
        var words = casualtyWords.Find(text, from, end);
        if (words.Count == 0) return false;
        if (text.AsSpan(words[0].Span.End, end - words[0].Span.End).TrimEnd(".!?\"” ").IsEmpty) return true;
        var at = SourceText.SkipWhiteSpaceBack(text, words[0].Span.Start, from);
        // ("have become casualties", "went missing": a verb that takes the casualty word is finite, as an auxiliary is; so is a
        // casualty verb finite on its own: "300 of the 1,500 soldiers who were based there died")
        return auxiliaries.StartOfPhraseBefore(text, from, at) >= 0 || kindWords.CasualtyLinkingVerbs.StartOfPhraseBefore(text, from, at) >= 0
            || kindWords.IsFiniteCasualtyCue(text, words[0].Span);
    }

    // "Up to 2,000 sailors and 1,200 marines could join", "300 officers and 2,700 soldiers were killed": figures joined by
    // "and" share the verb after the last of them.
    private void ShareVerbAfterLast(string text, List<FigureCandidate> result)
    {
        for (var i = result.Count - 2; i >= 0; i--)
        {
            var (first, next) = (result[i], result[i + 1]);
            // "Twenty Indian and four Chinese soldiers were killed": the first's noun is the next one's, read across it.
            if (!Coordinated(text, first.Span.End, next.Quantity.Span.Start) && first.Span.End < next.Span.End) continue;
            if (first.Status == EstimateStatus.Current && next.Status == EstimateStatus.Planned && !first.Quantity.ChangeStart && !next.Quantity.ChangeEnd)
                result[i] = first = first with { Status = EstimateStatus.Planned };
            if (first.Kind == TroopKind.Deployment && next.Kind == TroopKind.Casualties) result[i] = first with { Kind = TroopKind.Casualties };
        }
        // "Two South Africans deployed with the UN mission and seven others in the regional force were killed": past a phrase of
        // place or service after the first mention.
        for (var i = result.Count - 2; i >= 0; i--)
            if (result[i].Kind == TroopKind.Deployment && result[i + 1].Kind == TroopKind.Casualties && PostmodifiedCoordination(text, result[i].Span.End, result[i + 1].Quantity.Span.Start))
                result[i] = result[i] with { Kind = TroopKind.Casualties };
    }

    // Where text[from..to) goes on past at most two capitalised words (a demonym whose noun is gapped: " British and"), or from.
    private static int PastCapitalizedWords(string text, int from, int to)
    {
        var p = from;
        for (var words = 0; words < 2; words++)
        {
            var w = PhraseLiteral.SkipWhiteSpace(text, p, to);
            if (w >= to || !char.IsUpper(text[w])) break;
            var e = w;
            while (e < to && (char.IsLetter(text[e]) || text[e] == '-')) e++;
            if (e == w || e < to && !char.IsWhiteSpace(text[e])) break;
            p = e;
        }
        return p;
    }

    // text[from..to): a phrase opening with a word of coordinated_postmodifier_openers, at most 80 characters with no ',', ';', ':'
    // and no auxiliary (a finite verb of its own), then "and" right before the next number (at most "another" or "the" between).
    private bool PostmodifiedCoordination(string text, int from, int to)
    {
        if (to - from > 90 || to <= from) return false;
        var between = text.AsSpan(from, to - from);
        if (between.IndexOfAny(",;:.") >= 0) return false;
        var words = between.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || !postmodifierOpeners.Contains(words[0])) return false;
        var and = Array.LastIndexOf(words, "and");
        if (and < 1 || words.Length - and > 2 || and + 1 < words.Length && words[^1] is not ("another" or "the")) return false;
        for (var k = 0; k < and; k++)
            if (words[k] is "is" or "are" or "was" or "were" or "have" or "has" or "had" or "will" or "would") return false;
        return true;
    }

    // "an army division", "a mobile army surgical hospital", "the occupation army": "army" names a unit or a force sent, no whole
    // army (army_modified_nouns after it, army_sent_adjectives before it).
    private bool ArmyAsModifier(string text, int start, int end, TextSpan cue) =>
        text.AsSpan(cue.Start, cue.Length).Equals("army", StringComparison.OrdinalIgnoreCase)
        && (cue.End + 1 < end && text[cue.End] == ' ' && kindWords.ArmyModifiedNouns.EndOfPhraseAt(text, cue.End + 1, end) > 0
            || PhraseBefore(kindWords.ArmySentAdjectives, text, start, cue.Start, 1) >= 0);

    // "5 SUDANESE SOLDIERS KILLED IN YEMEN", "SRI LANKA READY FOR NEW UN MISSIONS": a headline or label in capitals (at least
    // AllCapitalWords words of four letters or more, no lower-case letter) says nothing with its case, as a title-case one does.
    private static bool AllCapitals(string text, int start, int end)
    {
        var words = 0;
        for (var i = start; i < end;)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var from = i;
            while (i < end && char.IsLetter(text[i]))
            {
                if (char.IsLower(text[i])) return false;
                i++;
            }
            if (i - from >= 4) words++;
        }
        return words >= AllCapitalWords;
    }

    private const int AllCapitalWords = 3;

    // The kind and possibility cues of a sentence, in order: the lexicon's cue words, and "in"/"to" before a
    // country or place of the lexicon ("sent to Russia", "in the Kursk region"), which is where troops went; not
    // before a cited source ("according to South Korea's defense ministry").
    private List<PhraseMatch> Cues(string text, int start, int end, IReadOnlyList<CountryMention> countries, IReadOnlyList<TextSpan> masked)
    {
        var found = cues.Find(text, start, end).ToList();
        // "Rwanda Deploys 1,000 Troops To Mozambique": a headline in title case capitalises its cue words too.
        if (TitleCase.Is(text, start, end) || AllCapitals(text, start, end))
            found = [.. found.Concat(titleCaseCues.Find(text, start, end).Where(t => !found.Contains(t))).OrderBy(f => f.Span.Start).ThenBy(f => f.Span.End)];
        // "..., the army said": a cited source's own words name who speaks, not what the figure counts.
        if (masked.Count > 0) found.RemoveAll(f => f.Label is Casualty or ArmySize or Deployment or OtherCue && Overlaps(masked, f.Span));
        // "an army spokesman said", "soldiers of the Indian army": the army names a speaker or where troops come from, not
        // the size of a force; "sent to replace losses": the troops make up for casualties, they are not them.
        for (var i = found.Count - 1; i >= 0; i--)
            if ((found[i].Label == ArmySize && (SpeakerAfter(text, found[i].Span.End, end) || OriginOfTroops(text, start, found[i].Span.Start)
                    || ArmyAsModifier(text, start, end, found[i].Span)))
                || (found[i].Label == Casualty && PhraseBefore(replacementWords, text, start, found[i].Span.Start, 2) >= 0)
                // "satellite imagery captured roughly 4,000 soldiers": a picture taken, not prisoners.
                || (found[i].Label == Casualty && text.AsSpan(found[i].Span.Start).StartsWith("captur", StringComparison.OrdinalIgnoreCase)
                    && PhraseBefore(kindWords.RecordNouns, text, start, found[i].Span.Start, 2) >= 0))
                found.RemoveAt(i);
        // "its border guard service another 4,000": the words of a force's name are no cue of where its troops stand.
        foreach (var name in found.Where(f => f.Label == ForceName).ToList())
            found.RemoveAll(f => f.Label != ForceName && name.Span.Contains(f.Span));
        var destinations = new List<TextSpan>();
        foreach (var c in countries)
            if (!c.IsAdjective && !Overlaps(masked, c.Span)) destinations.Add(c.Name);
        foreach (var f in found)
            if (f.Label == Place) destinations.Add(f.Span);
        // "in the Primorsky region". Not a bare "in the region": "the country's army of 67,000 is the largest in the region".
        foreach (var f in found)
            if (f.Label == PlaceNoun && NamedPlace(text, start, f.Span) is { } named) destinations.Add(named);
        foreach (var place in destinations)
        {
            // "in eastern Russia", "to the Kursk region": "the" and a compass word may come between.
            var at = place.Start;
            if (regionAdjectives.StartOfPhraseBefore(text, start, at) is var adjective and >= 0 && Spaced(text, adjective, at)) at = adjective;
            if (articles.StartOfPhraseBefore(text, start, at) is var article and >= 0 && Spaced(text, article, at)) at = article;
            var word = destinationWords.StartOfPhraseBefore(text, start, at);
            if (word < 0) word = kindWords.StandPrepositions.StartOfPhraseBefore(text, start, at);
            if (word >= 0 && Spaced(text, word, at))
                found.Add(new PhraseMatch(new TextSpan(word, place.End), Destination));
        }
        // "about 4,500 troops south of the Litani", "pulled 10,000 troops out of Yemen": a preposition that only ever says where
        // (stand_prepositions) before any capitalized name, "the" between or not, places troops as "in" a country does.
        for (var at = start; at < end; at++)
        {
            if (!char.IsUpper(text[at]) || (at > start && char.IsLetterOrDigit(text[at - 1]))) continue;
            var from = at;
            if (articles.StartOfPhraseBefore(text, start, from) is var article and >= 0 && Spaced(text, article, from)) from = article;
            if (kindWords.StandPrepositions.StartOfPhraseBefore(text, start, from) is not (var word and >= 0) || !Spaced(text, word, from)) continue;
            var name = at;
            while (name < end && char.IsLetter(text[name])) name++;
            found.Add(new PhraseMatch(new TextSpan(word, name), Destination));
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    // "army spokesman", "army said": a speaker word right after the cue; "the army's chief", "the army's reaction force":
    // what the army has, not its size.
    private bool SpeakerAfter(string text, int at, int end)
    {
        if (at + 1 < end && text[at] is '\'' or '’' && text[at + 1] == 's') return true;
        if (at >= end || !char.IsWhiteSpace(text[at])) return false;
        return speakerWords.EndOfPhraseAt(text, at, end) is var word and > 0 && (word == end || !CueIndex.IsWordCharacter(text[word]));
    }

    // "10,000 soldiers of the Indian army", "soldiers from the standing army": a troop noun and an origin word at most
    // three words (no punctuation) before the cue.
    private bool OriginOfTroops(string text, int start, int at) =>
        PhraseBefore(originPrepositions, text, start, at, 3) is var origin and >= 0 && troopNouns.StartOfPhraseBefore(text, start, origin) >= 0;

    // "the Primorsky region", "the Kursk border area": a capitalized name (one or two words) before a place noun.
    private static TextSpan? NamedPlace(string text, int start, TextSpan noun)
    {
        var from = noun.Start;
        for (var words = 0; words < 2; words++)
        {
            var end = from;
            end = SourceText.SkipWhiteSpaceBack(text, end, start);
            if (end == from || end == start) break;
            var wordStart = end;
            while (wordStart > start && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-')) wordStart--;
            if (wordStart == end || !char.IsUpper(text[wordStart])) break;
            from = wordStart;
        }
        return from == noun.Start ? null : new TextSpan(from, noun.End);
    }

    private static TroopKind? Kind(List<PhraseMatch> cues, int segmentStart, int segmentEnd, TextSpan figure) =>
        Kind(cues, segmentStart, segmentEnd, figure, places: false) ?? Kind(cues, segmentStart, segmentEnd, figure, places: true);

    private static TroopKind? Kind(List<PhraseMatch> cues, int segmentStart, int segmentEnd, TextSpan figure, bool places)
    {
        TroopKind? best = null;
        var bestDistance = double.MaxValue;
        foreach (var (cue, label) in cues)
        {
            if (label is PossibleCue or Place or PlaceNoun or Readiness or ForceName || (label == Destination) != places || cue.Start < segmentStart || cue.End > segmentEnd) continue;
            if (figure.Contains(cue) && label != Casualty) continue;
            // Words after the figure ("troops killed") bind tighter than words before it.
            double distance = cue.Start >= figure.End ? (cue.Start - figure.End) * 0.7 : cue.End <= figure.Start ? figure.Start - cue.End : 0;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = label switch { Casualty => TroopKind.Casualties, ArmySize => TroopKind.ArmySize, OtherCue => TroopKind.Other, _ => TroopKind.Deployment };
            }
        }
        return best;
    }

    // "3,000 casualties", "1,200 North Korean casualties": the figure's own noun names casualties (any form of the word).
    private static bool CasualtyNoun(string text, Quantity q, TextSpan span) =>
        span.End > q.Span.End && text.AsSpan(q.Span.End, span.End - q.Span.End).Contains("casualt", StringComparison.OrdinalIgnoreCase);
}

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// The time of the clause that governs a figure, read from its verb chain and the words tied to it rather than from one
/// sending verb: an infinitive of intention before the figure ("plans to demobilise 40,000"), a future form the figure is
/// the subject of past its noun and complement ("6,300 soldiers from Chile and 2,100 from Peru would take part"), a time
/// still to come before it in its clause ("is due next week with 4,000 troops"), a noun of a target or a pledge the figure
/// modifies or a relative clause of a pledge after it ("its 12,000 ceiling", "the 1,000 it promised"), and a comparison
/// with a time of the past ("against 9,000 a year ago"). The words are the lexicon's (figures.json).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly GoverningClauseWords governing;

    private sealed class GoverningClauseWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases IntentionLeads = AdjacentPhrases.Of(lexicon, "intention_leads");
        public readonly AdjacentPhrases IntentionNonVerbs = AdjacentPhrases.Of(lexicon, "intention_non_verbs");
        public readonly AdjacentPhrases IntentionPastPerfect = AdjacentPhrases.Of(lexicon, "intention_past_perfect");
        public readonly AdjacentPhrases IntentionUnmetWishes = AdjacentPhrases.Of(lexicon, "intention_unmet_wishes");
        public readonly AdjacentPhrases IntentionInsertedAdverbs = AdjacentPhrases.Of(lexicon, "intention_inserted_adverbs");
        public readonly AdjacentPhrases IntentionAsideWords = AdjacentPhrases.Of(lexicon, "intention_aside_words");
        public readonly AdjacentPhrases IntentionInsertedPrepositions = AdjacentPhrases.Of(lexicon, "intention_inserted_prepositions");
        public readonly AdjacentPhrases SubjectFutureChains = AdjacentPhrases.Of(lexicon, "subject_future_chains");
        public readonly AdjacentPhrases SubjectFutureBreaks = AdjacentPhrases.Of(lexicon, "subject_future_breaks");
        public readonly AdjacentPhrases SubjectFutureNonMoves = AdjacentPhrases.Of(lexicon, "subject_future_non_moves");
        public readonly AdjacentPhrases PledgeRelativeVerbs = AdjacentPhrases.Of(lexicon, "pledge_relative_verbs");
        public readonly AdjacentPhrases RelativeOpeners = AdjacentPhrases.Of(lexicon, "relative_openers");
        public readonly AdjacentPhrases TargetDatePredicates = AdjacentPhrases.Of(lexicon, "target_date_predicates");
        public readonly AdjacentPhrases TargetMetWords = AdjacentPhrases.Of(lexicon, "target_met_words");
        public readonly AdjacentPhrases ComparisonLeads = AdjacentPhrases.Of(lexicon, "comparison_leads");
        public readonly AdjacentPhrases DefiniteBefore = AdjacentPhrases.Of(lexicon, ["intention_definite_before", "possessive_pronouns"]);
        public readonly AdjacentPhrases StandingAfter = AdjacentPhrases.Of(lexicon, "standing_force_after");
        public readonly PhraseMatcher PlanDone = PhraseMatcher.Of(lexicon, ["plan_done_predicates"]);
        public readonly PhraseMatcher PastTimesAfter = PhraseMatcher.Of(lexicon, ["past_times_after"]);
        public readonly AdjacentPhrases RequestVerbs = AdjacentPhrases.Of(lexicon, "request_object_verbs");
        public readonly AdjacentPhrases RequestBreaks = AdjacentPhrases.Of(lexicon, "request_object_breaks");
        public readonly AdjacentPhrases RequestInfinitives = AdjacentPhrases.Of(lexicon, "request_infinitives");
        public readonly int IntentionWordReach = lexicon.Setting("intention_word_reach");
        public readonly int RequestObjectWordReach = lexicon.Setting("request_object_word_reach");
        public readonly int SubjectFutureWordReach = lexicon.Setting("subject_future_word_reach");
    }

    // A word of intention_leads right before "to" and a verb, the figure at `at` at most intention_word_reach words after the
    // verb, in its clause (no comma, semicolon, colon, bracket or quote, no clause opener between): "announced its plan to
    // demobilise 40,000 former fighters", "has agreed to integrate 5,000 former rebels". Not when the word after "to" is
    // not a verb (intention_non_verbs: "agreed to a deal"), nor a plan told in the past perfect ("had planned to send"), unless
    // it is a wish never met (intention_unmet_wishes: "had hoped to place 60,000").
    private bool IntentionInfinitive(string text, int segmentStart, int at)
    {
        var end = at;
        for (var words = 0; words <= governing.IntentionWordReach + 1; words++)
        {
            end = SourceText.SkipWhiteSpaceBack(text, end, segmentStart);
            if (end <= segmentStart || text[end - 1] is ',' or ';' or ':' or '(' or ')' or '"' or '“' or '”' or '—' or '–') return false;
            var start = end;
            while (start > segmentStart && !char.IsWhiteSpace(text[start - 1])) start--;
            if (text[end - 1] == '.' && !(end - 2 >= start && char.IsUpper(text[end - 2]))) return false;
            if (words > 0 && infinitiveMarkers.EndOfPhraseAt(text, start, end) == end)
            {
                var verb = PhraseLiteral.SkipWhiteSpace(text, end, at);
                if (governing.IntentionNonVerbs.EndOfPhraseAt(text, verb, at) is var nonVerb and > 0 && (nonVerb == at || !CueIndex.IsWordCharacter(text[nonVerb])))
                    return false;
                if (IntentionLeadBefore(text, segmentStart, start) is not (var lead and >= 0))
                    return governing.RequestInfinitives.EndOfPhraseAt(text, verb, at) is var asked and > 0
                        && (asked == at || !CueIndex.IsWordCharacter(text[asked])) && RequestBefore(text, segmentStart, start);
                return governing.IntentionPastPerfect.StartOfPhraseBefore(text, segmentStart, lead) < 0
                    || governing.IntentionUnmetWishes.StartOfPhraseBefore(text, segmentStart, start) >= 0;
            }
            if (words > 0 && clauseOpeners.EndOfPhraseAt(text, start, end) == end) return false;
            end = start;
        }
        return false;
    }

    // "asked its allies to send about 10,000", "urged NATO members to deploy 5,000" (a verb of request_infinitives after "to",
    // which the caller tests): a verb of request_object_verbs before the
    // object of at least one and at most request_object_word_reach words that ends right before "to" (at `to`), in one clause
    // (no punctuation, no clause opener between), with no negation in it (request_object_breaks: "who asked not to be named
    // said 3,000 troops had arrived" asks for no act). A request told in the past perfect is still a request not yet met.
    private bool RequestBefore(string text, int segmentStart, int to)
    {
        var end = to;
        for (var words = 0; words <= governing.RequestObjectWordReach; words++)
        {
            end = SourceText.SkipWhiteSpaceBack(text, end, segmentStart);
            if (end <= segmentStart || text[end - 1] is ',' or ';' or ':' or '(' or ')' or '"' or '“' or '”' or '—' or '–' or '.') return false;
            if (words > 0 && governing.RequestVerbs.StartOfPhraseBefore(text, segmentStart, end) >= 0) return true;
            var start = end;
            while (start > segmentStart && !char.IsWhiteSpace(text[start - 1])) start--;
            if (clauseOpeners.EndOfPhraseAt(text, start, end) == end || governing.RequestBreaks.EndOfPhraseAt(text, start, end) == end) return false;
            end = start;
        }
        return false;
    }

    // The infinitive's object is a force that is there already: definite ("hopes to reassure the 28,500 US troops", "plans to
    // withdraw its 900 soldiers": "the", a possessive pronoun or a possessive noun right before the number) or placed by a
    // participle after it (standing_force_after: "troops stationed in the south"); or the plan is told as done after the
    // figure ("The order to withdraw 3,000 troops was carried out in June": plan_done_predicates).
    private bool StandingForce(string text, int segmentStart, int at, int figureEnd, int sentenceEnd)
    {
        var e = at;
        e = SourceText.SkipWhiteSpaceBack(text, e, segmentStart);
        var b = e;
        while (b > segmentStart && (char.IsLetter(text[b - 1]) || text[b - 1] is '\'' or '’')) b--;
        if (b < e && (governing.DefiniteBefore.EndOfPhraseAt(text, b, e) == e || (e - b > 2 && text[e - 1] is 's' && text[e - 2] is '\'' or '’')
            || (e - b > 2 && text[e - 1] is '\'' or '’' && text[e - 2] == 's')))
            return true;
        if (Spaced(text, figureEnd) && governing.StandingAfter.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, figureEnd, sentenceEnd), sentenceEnd) is var stand and > 0
            && (stand == sentenceEnd || !CueIndex.IsWordCharacter(text[stand])))
            return true;
        return governing.PlanDone.Any(text, figureEnd, sentenceEnd);
    }

    // The figure is the subject of a future form (subject_future_chains) after its noun and complement: at most
    // subject_future_word_reach words between, none a word of subject_future_breaks, "and" only before another number (a
    // gapped subject: "6,300 from Chile and 2,100 from Peru would"), a comma only before another number or after one (a list
    // of what the force holds: "2,400 personnel, 60 armoured vehicles and 150 trucks is set to"); the word after the chain
    // not "not", "never" or one of subject_future_non_moves.
    private bool SubjectFuture(string text, int figureEnd, int sentenceEnd)
    {
        var at = figureEnd;
        for (var words = 0; words <= governing.SubjectFutureWordReach; words++)
        {
            var next = at;
            while (next < sentenceEnd && char.IsWhiteSpace(text[next])) next++;
            if (next >= sentenceEnd) return false;
            if (text[next] == ',')
            {
                var after = PhraseLiteral.SkipWhiteSpace(text, next + 1, sentenceEnd);
                if (after >= sentenceEnd || !char.IsDigit(text[after])) return false;
                at = after;
                continue;
            }
            if (!CueIndex.IsWordCharacter(text[next])) return false;
            if (governing.SubjectFutureChains.EndOfWordsAt(text, next, sentenceEnd) is var chain and > 0)
                return MovingVerbAfter(text, chain, sentenceEnd, out _);
            if (governing.SubjectFutureBreaks.EndOfWordsAt(text, next, sentenceEnd) > 0)
                return false;
            var wordEnd = next;
            while (wordEnd < sentenceEnd && (CueIndex.IsWordCharacter(text[wordEnd]) || (text[wordEnd] is ',' or '.' && wordEnd + 1 < sentenceEnd && char.IsDigit(text[wordEnd + 1]))))
                wordEnd++;
            // "and" joins another subject only before a number ("6,300 from Chile and 2,100 from Peru would"), or right after
            // the figure's troop noun before a word that opens no predicate ("About 300 troops and support staff will stay on";
            // not "numbers 400 soldiers and is to grow"); after any other word it may join a predicate ("1,000 troops arrived
            // and will stay").
            if (StartsWord(text, next, sentenceEnd, "and"))
            {
                var after = PhraseLiteral.SkipWhiteSpace(text, wordEnd, sentenceEnd);
                if (after >= sentenceEnd || !(char.IsDigit(text[after]) || JoinedTroopSubject(text, next, after, sentenceEnd))) return false;
            }
            if (wordEnd == next) return false;
            at = wordEnd;
        }
        return false;
    }

    // Whether the verb after a future chain that ends at `chain` is one the troops do: a word in lower case, not negated ("will
    // not", "will never") nor one of subject_future_non_moves; `verb` where it starts.
    private bool MovingVerbAfter(string text, int chain, int sentenceEnd, out int verb)
    {
        verb = PhraseLiteral.SkipWhiteSpace(text, chain, sentenceEnd);
        return verb < sentenceEnd && char.IsLower(text[verb]) && !StartsWord(text, verb, sentenceEnd, "not") && !StartsWord(text, verb, sentenceEnd, "never")
            && governing.SubjectFutureNonMoves.EndOfPhraseAt(text, verb, sentenceEnd) < 0;
    }

    // The troop noun right before "and" (at `and`), and after it (at `after`) a word that is neither a future chain nor a
    // break (an auxiliary, a verb of speech, a relative): another subject joined to the figure's.
    private bool JoinedTroopSubject(string text, int and, int after, int sentenceEnd) =>
        troopNouns.StartOfPhraseBefore(text, 0, and) >= 0
        && governing.SubjectFutureChains.EndOfPhraseAt(text, after, sentenceEnd) < 0 && governing.SubjectFutureBreaks.EndOfPhraseAt(text, after, sentenceEnd) < 0;

    private static bool StartsWord(string text, int at, int end, string word) =>
        at + word.Length <= end && text.AsSpan(at, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
        && (at + word.Length == end || !CueIndex.IsWordCharacter(text[at + word.Length]));

    // A relative clause of a pledge right after the figure's mention: an optional relative opener, at most three words of
    // its subject, then a verb of pledge_relative_verbs, no comma between ("the 1,000 it promised", "the nearly 3,100 troops
    // that ten countries put forward").
    private bool PledgedRelative(string text, int figureEnd, int segmentEnd)
    {
        var end = Math.Min(segmentEnd, figureEnd + 60);
        var at = PhraseLiteral.SkipWhiteSpace(text, figureEnd, end);
        if (at > figureEnd && governing.RelativeOpeners.EndOfPhraseAt(text, at, end) is var opener and > 0 && Spaced(text, opener)) at = PhraseLiteral.SkipWhiteSpace(text, opener, end);
        for (var words = 0; words <= 3 && at < end; words++)
        {
            if (!CueIndex.IsWordCharacter(text[at])) return false;
            if (words > 0 && governing.PledgeRelativeVerbs.EndOfPhraseAt(text, at, end) is var verb and > 0 && (verb == end || !CueIndex.IsWordCharacter(text[verb])))
                return true;
            var wordEnd = at;
            while (wordEnd < end && CueIndex.IsWordCharacter(text[wordEnd])) wordEnd++;
            if (auxiliaries.EndOfPhraseAt(text, at, wordEnd) == wordEnd || clauseOpeners.EndOfPhraseAt(text, at, wordEnd) == wordEnd) return false;
            at = PhraseLiteral.SkipWhiteSpace(text, wordEnd, end);
        }
        return false;
    }

    // A time still to come (future_times_after) before the figure in its clause, from the last comma, semicolon or colon before
    // it: "The carrier is due next week with more than 4,000 troops".
    private bool FutureTimeBefore(string text, int segmentStart, int at)
    {
        var from = at;
        while (from > segmentStart && text[from - 1] is not (',' or ';' or ':')) from--;
        var found = new List<PhraseMatch>();
        futureTimesAfter.FindInto(text, from, at, found);
        foreach (var (time, _) in found)
            if (futureTimeLimits.StartOfPhraseBefore(text, from, time.Start) < 0) return true;
        return false;
    }

    // A target date after the figure whose predicate between says it is still to come ("with 8,000 more due by March"), or a
    // verb of wish or expectation right before the figure ("It expects about 12,000 by the end of the year").
    private bool TargetPredicate(string text, int segmentStart, int at, int figureEnd, int by)
    {
        for (var i = figureEnd; i < by; i++)
            if (char.IsWhiteSpace(text[i]) && governing.TargetDatePredicates.EndOfPhraseAt(text, i + 1, by) is var e and > 0 && (e == by || !CueIndex.IsWordCharacter(text[e])))
                return true;
        var verb = at;
        if (objectFillers.StartOfPhraseBefore(text, segmentStart, verb) is var filler and >= 0) verb = filler;
        return kindWords.PlanObjectVerbs.StartOfPhraseBefore(text, segmentStart, verb) >= 0;
    }

    // A comparison lead right before the figure (comparison_leads: "against", "compared with", "than the") and a time of the
    // past (past_times_after, a date of the past: PastDateAfter, or an earlier event: EarlierEventAfter) after it in its clause: "7,500 are there now, against
    // 14,000 a year ago", "far fewer than the 20,000 volunteers announced in the first weeks of the war", "compares with about
    // 1,500 troops deployed in 2019".
    private bool ComparedWithPast(string text, int segmentStart, int at, int figureEnd, int sentenceEnd)
    {
        if (governing.ComparisonLeads.StartOfPhraseBefore(text, segmentStart, at) < 0) return false;
        var end = ClauseEnd(text, figureEnd, Math.Min(sentenceEnd, figureEnd + 90));
        // "against 2,000 before the crisis", "compared with 900 when the mission began": an event dates it too.
        return governing.PastTimesAfter.Any(text, figureEnd, end) || PastDateAfter(text, figureEnd, end) || EarlierEventAfter(text, figureEnd, end) > 0;
    }

    // The figure's mention ends with a noun of a target it modifies ("short of its 12,000 ceiling", "a 5,000 pledge"), not one
    // said to be met (target_met_words right after it: "the 300,000 target met").
    private bool TargetNounAfter(string text, Quantity q, TextSpan figure, int sentenceEnd) =>
        figure.End > q.Span.End && targetAfter.EndOfPhraseAt(text, q.Span.End, figure.End) == figure.End
        && governing.TargetMetWords.EndOfPhraseAt(text, figure.End, sentenceEnd) < 0;
}

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A figure whose predicate stands past an aside set off by commas, dashes or brackets takes that predicate's time: "About
/// 3,000 troops, drawn from four countries, will take part", "A force of 5,000 - authorized last year - has yet to deploy",
/// "The first contingent, 400 police officers from Kenya, is due in May", "the battalion (now in the north) would move". The
/// figure's noun phrase runs to the aside (no verb or clause word of subject_future_breaks between); the predicate right after
/// the aside's closing mark is a future form (subject_future_chains), a word of planned_after_words ("is due", "are
/// expected") or one of aside_plan_predicates ("has yet to", "have not yet"). Not an aside that says the troops are there
/// (current_cues, aside_presence_words: "who arrived last week", "in the country since March"), nor a predicate of what is
/// done to a force that stays (aside_predicate_non_plans: "will be joined by 1,000 more"). So too a relative clause of such a
/// predicate right after the figure's noun phrase, past a joined noun ("a battalion of 400 engineers and sappers who will be
/// sent", PlanInRelative), which the plan patterns' stop at "and" (a joined clause: "are there, and 1,000 more will") leaves.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly PlanPastAsideWords planPastAside;

    private sealed class PlanPastAsideWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases Predicates = AdjacentPhrases.Of(lexicon, "aside_plan_predicates");
        public readonly AdjacentPhrases NonPlans = AdjacentPhrases.Of(lexicon, "aside_predicate_non_plans");
        public readonly PhraseMatcher Presence = PhraseMatcher.Of(lexicon, ["aside_presence_words"]);
        public readonly AdjacentPhrases RelativeOpeners = AdjacentPhrases.Of(lexicon, "aside_relative_openers");
    }

    // How many words of its noun phrase may stand between the figure's mention and the aside ("police officers from Kenya").
    private const int AsideNounPhraseWords = 5;
    // How long an aside may be, in characters.
    private const int AsideReach = 160;

    private bool PlanPastAside(string text, int sentenceStart, int sentenceEnd, Quantity q, TextSpan figure)
    {
        // (Not a figure inside a relative clause: "Ghana, which has 800 soldiers in the mission, will send 200 more" tells of
        // Ghana.)
        if (RelativeBefore(text, sentenceStart, q.Span.Start)) return false;
        var opener = SetOffBefore(text, sentenceStart, q.Span.Start);
        // The figure's noun phrase, to the first mark.
        var at = figure.End;
        for (var words = 0; ; words++)
        {
            at = PhraseLiteral.SkipWhiteSpace(text, at, sentenceEnd);
            if (at >= sentenceEnd || AsideMark(text, at, sentenceEnd) != '\0') break;
            if (words == AsideNounPhraseWords || !CueIndex.IsWordCharacter(text[at])) return false;
            if (governing.SubjectFutureBreaks.EndOfWordsAt(text, at, sentenceEnd) > 0) return false;
            while (at < sentenceEnd && (CueIndex.IsWordCharacter(text[at]) || text[at] is '-' or '\'' or '’')) at++;
        }
        if (at >= sentenceEnd) return false;
        var mark = AsideMark(text, at, sentenceEnd);
        // "The first contingent, 400 police officers from Kenya, is due": the figure itself is the aside, closed by the mark
        // that opened it.
        if (opener != '\0' && Closes(opener, mark) && PlannedPredicate(text, at + 1, sentenceEnd)) return true;
        // "About 3,000 troops, drawn from four countries, will": an aside after the noun phrase, to its closing mark.
        if (mark == ')') return false;
        var close = AsideClose(text, at, mark, Math.Min(sentenceEnd, at + AsideReach));
        if (close < 0 || currentCues.Any(text, at + 1, close) || planPastAside.Presence.Any(text, at + 1, close)) return false;
        return PlannedPredicate(text, close + 1, sentenceEnd);
    }

    // How many words of the figure's noun may stand before the "and" that joins another ("police officers and support staff").
    private const int JoinedNounAt = 2;

    // "a battalion of 400 engineers and sappers who will be sent", "1,000 police officers and support staff, who will be
    // deployed": a relative clause (aside_relative_openers) right after the figure's noun joined to another by "and" (the plan
    // patterns read the relative after one noun themselves), whose predicate is still to come (PlannedPredicate), tells of the
    // figure's troops. Not after a verb: "3,000 troops took part in the exercise, which will end" (no "and" right after the noun).
    private bool PlanInRelative(string text, int sentenceEnd, TextSpan figure)
    {
        var at = figure.End;
        var joined = false;
        for (var words = 0; words <= AsideNounPhraseWords; words++)
        {
            at = PhraseLiteral.SkipWhiteSpace(text, at, sentenceEnd);
            // (a comma only right before the relative: "soldiers, most of them in the capital, who will" has an aside first)
            var comma = at < sentenceEnd && text[at] == ',';
            if (comma) at = PhraseLiteral.SkipWhiteSpace(text, at + 1, sentenceEnd);
            if (at >= sentenceEnd || !CueIndex.IsWordCharacter(text[at])) return false;
            if (planPastAside.RelativeOpeners.EndOfWordsAt(text, at, sentenceEnd) is var relative and > 0)
                return joined && PlannedPredicate(text, relative, sentenceEnd);
            if (comma) return false;
            if (governing.SubjectFutureBreaks.EndOfWordsAt(text, at, sentenceEnd) > 0) return false;
            // (one "and" joins another noun: "engineers and sappers"; not a predicate, "and will")
            if (StartsWord(text, at, sentenceEnd, "and"))
            {
                if (joined || words > JoinedNounAt) return false;
                joined = true;
                var next = PhraseLiteral.SkipWhiteSpace(text, at + 3, sentenceEnd);
                if (next >= sentenceEnd || governing.SubjectFutureChains.EndOfPhraseAt(text, next, sentenceEnd) > 0) return false;
            }
            while (at < sentenceEnd && (CueIndex.IsWordCharacter(text[at]) || text[at] is '-' or '\'' or '’')) at++;
        }
        return false;
    }

    // Whether the predicate at text[predicate..] (after white space) is still to come: a phrase of aside_plan_predicates or
    // planned_after_words, or a chain of subject_future_chains before a verb the troops do (MovingVerbAfter) that is not one of
    // aside_predicate_non_plans.
    private bool PlannedPredicate(string text, int predicate, int sentenceEnd)
    {
        predicate = PhraseLiteral.SkipWhiteSpace(text, predicate, sentenceEnd);
        if (predicate >= sentenceEnd || !char.IsLower(text[predicate])) return false;
        if (planPastAside.Predicates.EndOfPhraseAt(text, predicate, sentenceEnd) > 0 || plannedAfterWords.EndOfPhraseAt(text, predicate, sentenceEnd) > 0) return true;
        return governing.SubjectFutureChains.EndOfWordsAt(text, predicate, sentenceEnd) is var chain and > 0
            && MovingVerbAfter(text, chain, sentenceEnd, out var verb) && planPastAside.NonPlans.EndOfPhraseAt(text, verb, sentenceEnd) < 0;
    }

    // Whether a relative opener (aside_relative_openers; not "that", which also opens what is said) stands before the figure in
    // its clause (back to the last ',', ';', ':', '(' or the sentence's start).
    private bool RelativeBefore(string text, int sentenceStart, int at)
    {
        var from = at;
        while (from > sentenceStart && text[from - 1] is not (';' or ':' or '(') && AsideMark(text, from - 1, text.Length) != ',') from--;
        for (var i = from; i < at; i++)
            if (CueIndex.IsWordCharacter(text[i]) && (i == from || !CueIndex.IsWordCharacter(text[i - 1]))
                && planPastAside.RelativeOpeners.EndOfWordsAt(text, i, at) > 0)
                return true;
        return false;
    }

    // The mark that sets the figure off right before it (a comma, an opening bracket or a spaced dash; "or" may follow a comma:
    // "four brigades, or about 14,000 troops,"), or '\0'.
    private static char SetOffBefore(string text, int sentenceStart, int at)
    {
        var before = SourceText.SkipWhiteSpaceBack(text, at, sentenceStart);
        if (before - 2 >= sentenceStart && text.AsSpan(before - 2, 2).Equals("or", StringComparison.OrdinalIgnoreCase) && (before - 3 < sentenceStart || !CueIndex.IsWordCharacter(text[before - 3])))
            before = SourceText.SkipWhiteSpaceBack(text, before - 2, sentenceStart);
        if (before <= sentenceStart) return '\0';
        return AsideMark(text, before - 1, text.Length) is var mark and not ')' ? mark : '\0';
    }

    // The mark at `at` that opens or closes an aside: ',' (not one inside a number, "1,500"), '(' or ')', a dash with space
    // before it ("5,000 - authorized", "5,000 – authorized") or an em dash with or without ("5,000—authorized"); '\0' for none.
    private static char AsideMark(string text, int at, int end)
    {
        var c = text[at];
        if (c == ',') return at > 0 && char.IsDigit(text[at - 1]) && at + 1 < end && char.IsDigit(text[at + 1]) ? '\0' : ',';
        if (c is '(' or ')') return c;
        if (c is '-' or '\u2013' or '\u2014' && at > 0 && char.IsWhiteSpace(text[at - 1])) return '-';
        if (c == '\u2014') return '-';
        return '\0';
    }

    private static bool Closes(char opener, char mark) => opener == '(' ? mark == ')' : mark == opener;

    // The aside opened at `open` by `mark`: where its closing mark stands (the next ',' for a comma, ')' for '(', the next dash
    // for a dash), with no full stop, ';' or ':' before it, or -1.
    private static int AsideClose(string text, int open, char mark, int end)
    {
        for (var i = open + 1; i < end; i++)
        {
            if (text[i] is ';' or ':') return -1;
            if (text[i] == '.' && !(char.IsUpper(text[i - 1]) || (char.IsDigit(text[i - 1]) && i + 1 < end && char.IsDigit(text[i + 1])))) return -1;
            var m = AsideMark(text, i, end);
            if (m == '\0') continue;
            if (mark == '(' ? m == ')' : m == mark) return i;
            // (a comma may stand inside a bracket or a dash's aside, not a bracket inside a comma's)
            if (mark == ',' && m is '(' or ')') return -1;
        }
        return -1;
    }
}

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A force named as the one there that a withdrawal, a recall or a keeping is about is counted now, whatever is still to come
/// of it: "had promised to withdraw the 1,300 troops unless ...", "pledged to keep his country's 302 troops in Iraq", "said
/// Spain's 1,300 troops would be withdrawn over the next six weeks", "its roughly 10,800 personnel are to withdraw within a
/// year", "the 800 troops remaining in Iraq will be withdrawn". Withdrawal copy names the force that is leaving by its owner
/// and tells the plan around it: the plan is the news, the force its present size. Not a force still to be sent ("its 1,000
/// soldiers would be deployed to Lithuania"), a number with no owner ("will withdraw 2,000 troops": the size of a cut), nor
/// "the" troops a target date follows ("withdrawing the roughly 30,000 extra troops sent to Iraq by July 2008"). A force its
/// owner or "all" names stays the force there also with "will" and a target date ("would withdraw all 450 soldiers from the
/// mission", "decision to recall Latvia's 130 troops by June 30"): the date is the withdrawal's.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly WithdrawnForceWords withdrawnForce;

    private sealed class WithdrawnForceWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases Verbs = AdjacentPhrases.Of(lexicon, "withdrawn_force_verbs");
        public readonly PhraseMatcher Predicates = PhraseMatcher.Of(lexicon, ["withdrawn_force_predicates"]);
        public readonly AdjacentPhrases Owners = AdjacentPhrases.Of(lexicon, "withdrawn_force_owners");
        public readonly AdjacentPhrases Wholes = AdjacentPhrases.Of(lexicon, "withdrawn_force_wholes");
        public readonly AdjacentPhrases Placed = AdjacentPhrases.Of(lexicon, "withdrawn_force_placed");
        public readonly AdjacentPhrases ShareHedges = AdjacentPhrases.Of(lexicon, "withdrawn_share_hedges");
    }

    // How far after the force's mention its predicate may start: the noun's complement and a modal chain ("are expected to").
    private const int WithdrawnPredicateReach = 45;

    // Whether the figure at `at` (its mention ending at figureEnd) is a force its owner ("its", "Spain's", "his country's"), "all"
    // or "the" names as there, and a withdrawal, a recall or a keeping is said of it: a verb of withdrawn_force_verbs right before
    // the owner or before a share taken from the force (with no target date after a force "the" alone names), or a predicate of
    // withdrawn_force_predicates after the mention in its clause ("the" with the force's place right after it: "the 800 troops
    // remaining in Iraq will be withdrawn").
    // Not a noun of withdrawal before the owner: the dev sets keep "ordered a deliberate withdrawal of the roughly 1,000
    // American troops" and such withdrawals of a country's own force planned, the order's or the plan's object.
    private bool WithdrawnForceThere(string text, int segmentStart, int segmentEnd, int at, int figureEnd, int sentenceEnd)
    {
        // "its entire force of 2,800 troops": the owner before the whole's noun.
        if (withdrawnForce.Wholes.StartOfPhraseBefore(text, segmentStart, at) is var whole and >= 0 && Spaced(text, whole, at)) at = whole;
        var (owner, definite) = ForceOwner(text, segmentStart, at);
        // "would withdraw all 450 soldiers from the mission", "will pull all of its roughly 1,500 troops out": "all" names the
        // whole force there, with or without an owner after it.
        if (WholeOfForce(text, segmentStart, owner < 0 ? at : owner) is var all and >= 0) (owner, definite) = (all, false);
        if (owner < 0) return false;
        // (A target date after a force its owner or "all" names dates the withdrawal, not the force: "will withdraw its 220
        // soldiers by the end of the year" is there now. After "the" alone it may date a part still to come: "withdrawing the
        // roughly 30,000 extra troops sent to Iraq by July 2008" stays planned.)
        if (withdrawnForce.Verbs.StartOfPhraseBefore(text, segmentStart, ShareOrOwnerStart(text, segmentStart, at, owner)) >= 0
            && !(definite && TargetDateAfter(text, figureEnd, segmentEnd, out _))) return true;
        return (!definite || ForcePlaced(text, figureEnd, sentenceEnd)) && WithdrawnPredicateAfter(text, figureEnd, sentenceEnd);
    }

    // "to bring home (up to) half of the 9,000 troops posted abroad", "pull out about a third of its 6,000": a share of the force
    // (share_of_whole, which holds the owner, and a hedge of withdrawn_share_hedges before it) stands between the verb and the
    // force, whose size is still the one there now (the share is the cut). Where that share starts, or `owner` when there is none.
    private int ShareOrOwnerStart(string text, int segmentStart, int at, int owner)
    {
        if (shareOfWhole.StartOfPhraseBefore(text, segmentStart, at) is not (>= 0 and var share) || !Spaced(text, share, at)) return owner;
        return withdrawnForce.ShareHedges.StartOfPhraseBefore(text, segmentStart, share) is var hedge and >= 0 && Spaced(text, hedge, share) ? hedge : share;
    }

    // "all" or "all of" (whole_force_quantifiers) right before `at` (the owner, or the figure when it has none): where it starts,
    // or -1.
    private int WholeOfForce(string text, int segmentStart, int at) =>
        wholeForceQuantifiers.StartOfPhraseBefore(text, segmentStart, at) is var all and >= 0 && Spaced(text, all, at) ? all : -1;

    // Where the owner right before `at` starts, and whether it is only "the": a country pronoun ("its"), a capitalised name's
    // possessive ("Spain's"), an owner's noun after a determiner ("his country's"), or "the"; -1 when none.
    private (int Start, bool Definite) ForceOwner(string text, int segmentStart, int at)
    {
        if (countryPronouns.StartOfPhraseBefore(text, segmentStart, at) is var pronoun and >= 0 && Spaced(text, pronoun, at)) return (pronoun, false);
        if (withdrawnForce.Owners.StartOfPhraseBefore(text, segmentStart, at) is var noun and >= 0 && Spaced(text, noun, at))
        {
            // ("his country's": the determiner before the noun is the owner's start, so that the verb is read before it)
            var start = noun;
            while (start > segmentStart && char.IsWhiteSpace(text[start - 1])) start--;
            var word = start;
            while (word > segmentStart && char.IsLetter(text[word - 1])) word--;
            return (word < start ? word : noun, false);
        }
        if (NamePossessiveBefore(text, segmentStart, at) is var name and >= 0) return (name, false);
        if (articles.StartOfPhraseBefore(text, segmentStart, at) is var article and >= 0 && Spaced(text, article, at)) return (article, true);
        return (-1, false);
    }

    // "Spain's", "Madrid’s": a capitalised word and "'s" right before `at` (past its space); where the word starts, or -1.
    private static int NamePossessiveBefore(string text, int segmentStart, int at)
    {
        var end = SourceText.SkipWhiteSpaceBack(text, at, segmentStart);
        if (end == at || end - segmentStart < 4 || text[end - 1] != 's' || text[end - 2] is not ('\'' or '’')) return -1;
        var start = end - 2;
        while (start > segmentStart && char.IsLetter(text[start - 1])) start--;
        return start < end - 2 && char.IsUpper(text[start]) ? start : -1;
    }

    // "remaining in Iraq", "stationed in the south", "in Hungary": the force's place right after its mention.
    private bool ForcePlaced(string text, int figureEnd, int sentenceEnd)
    {
        if (!Spaced(text, figureEnd)) return false;
        var next = PhraseLiteral.SkipWhiteSpace(text, figureEnd, sentenceEnd);
        return withdrawnForce.Placed.EndOfPhraseAt(text, next, sentenceEnd) > 0 || governing.StandingAfter.EndOfPhraseAt(text, next, sentenceEnd) > 0
            || PlaceAfterMention(text, figureEnd, sentenceEnd);
    }

    // A predicate of withdrawn_force_predicates after the mention (at most WithdrawnPredicateReach characters on, no ',', ';' or
    // ':' between).
    private bool WithdrawnPredicateAfter(string text, int figureEnd, int sentenceEnd)
    {
        var end = Math.Min(sentenceEnd, figureEnd + WithdrawnPredicateReach);
        var stop = text.AsSpan(figureEnd, end - figureEnd).IndexOfAny(",;:");
        return withdrawnForce.Predicates.Any(text, figureEnd, stop < 0 ? end : figureEnd + stop);
    }
}

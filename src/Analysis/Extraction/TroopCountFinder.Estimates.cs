namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A number as the amount of troops named before it: "a force of", "put the total above", "mobilised", a verb
/// whose object is troops, a possibility ("could number").
/// </summary>
internal sealed partial class TroopCountFinder
{
    // "had put the number of Chinese nationals involved in the war at no fewer than 155": a verb of estimating and its noun, then
    // words that name soldiers, fighters, nationals or the dead (none that name civilians), or none, then a connector.
    private bool EstimatedBefore(string text, int start, Quantity q)
    {
        // "Kyiv places the figure closer to 12,000": after a verb of estimating, an approximate hedge may be the connector.
        if (!estimatePhraseBefore.Before(text, start, q.Span.Start)
            && !(q.Hedge == Hedge.Approximate && q.Core.Start > q.Span.Start && estimatePhraseBefore.Before(text, start, q.Core.Start)))
            return false;
        var phrases = estimatePhrases.Find(text, Math.Max(start, q.Span.Start - 90), q.Span.Start);
        if (phrases.Count == 0) return false;
        var from = phrases[^1].Span.End;
        // "put the cost of the troops at 2 billion": money is no count of them.
        return !nonTroopWords.Any(text, from, q.Span.Start) && !moneyNouns.Any(text, from, q.Span.Start)
            && (!text.AsSpan(from, q.Span.Start - from).Trim().ContainsAny(' ', '\t', '\n') || peopleWords.Any(text, from, q.Span.Start));
    }

    // A verb of `verbs` right before `at`, or before a filler that is ("has sent an initial 14,000", "deployed a further 2,000").
    // A quotation that opens right before the number is no word between them: 'had deployed "more than 100,000" near the border'.
    private bool VerbBefore(AdjacentPhrases verbs, string text, int start, int at)
    {
        at = BeforeOpeningQuote(text, start, at);
        return verbs.StartOfPhraseBefore(text, start, at) >= 0
            || (objectFillers.StartOfPhraseBefore(text, start, at) is var filler and > 0 && verbs.StartOfPhraseBefore(text, start, filler) >= 0);
    }

    // A verb of loss_verbs right before `at` (or before an object filler) whose subject, the few words right before the verb,
    // holds a troop word: "The army lost 300 people". Not a troop word earlier in the sentence ("Soldiers said the village
    // lost 300 people in the flood": the village's people).
    private bool LostByTroops(string text, int start, int at)
    {
        at = BeforeOpeningQuote(text, start, at);
        var verb = lossVerbs.StartOfPhraseBefore(text, start, at);
        if (verb < 0 && objectFillers.StartOfPhraseBefore(text, start, at) is var filler and > 0) verb = lossVerbs.StartOfPhraseBefore(text, start, filler);
        if (verb < 0) return false;
        var subject = verb;
        for (var words = 0; words < LossSubjectWords && subject > start; words++)
        {
            subject = SourceText.SkipWhiteSpaceBack(text, subject, start);
            while (subject > start && !char.IsWhiteSpace(text[subject - 1]) && text[subject - 1] is not (',' or ';' or ':')) subject--;
        }
        return troopWords.Any(text, subject, verb);
    }

    // "Russian forces have lost", "the Ukrainian army has lost": a subject of two words and an auxiliary.
    private const int LossSubjectWords = 3;

    // Where a quotation mark that opens right before `at` (a space or the sentence's start before it) starts, or `at`; only when the
    // quotation closes within the next 40 characters with nothing it counts after it ('deployed "more than 100" new cameras' counts
    // cameras).
    private int BeforeOpeningQuote(string text, int start, int at)
    {
        if (at - 1 < start || text[at - 1] is not ('"' or '“' or '‘') || (at - 1 > start && !char.IsWhiteSpace(text[at - 2]))) return at;
        var reach = Math.Min(text.Length, at + 40);
        var close = text.AsSpan(at, reach - at).IndexOfAny("\"”’");
        return close > 0 && IsBare(text, at + close + 1, Math.Min(text.Length, at + close + 60)) ? at - 1 : at;
    }

    // "a force numbering some ": text[start..at) ends with the words that make the number after it an amount of troops.
    private bool AmountBefore(string text, int start, int at) => amountBefore.Before(text, start, at) || amountPredicateBefore.Before(text, start, at);

    // "The law bars cutting the force below 28,500": a bound (limit_bounds) after a verb of cutting or barring (limit_verbs) in
    // the clause is a legal floor or a cap, not a count of the force ("losses above 4,000" has no such verb and stays).
    private bool LimitBefore(string text, int start, Quantity q)
    {
        var (b, e) = LettersBefore(text, start, q.Core.Start > q.Span.Start ? q.Core.Start : q.Span.Start);
        return b < e && limitBounds.Contains(text[b..e]) && PhraseBefore(limitVerbs, text, start, b, 60, ",.;:");
    }

    // "call up another 160,000 people", "mobilised 300,000 people": a mobilization verb at most 25 characters before
    // the number, in the same clause.
    private bool MobilizedBefore(string text, int start, int at) => PhraseBefore(mobilizationVerbs, text, start, at, 25, ",.;:");

    // "could number 100,000": a possibility word at most 50 characters before the number, in the same clause.
    // Not "could supply about 10,000 troops": the possibility of an action with the troops (PossibleAction) leaves the count's hedge alone.
    private bool IsPossible(string text, List<PhraseMatch> cues, int from, int at)
    {
        foreach (var (cue, label) in cues)
            if (label == PossibleCue && cue.Start >= from && cue.End <= at && at - cue.End <= 50 && text.AsSpan(cue.End, at - cue.End).IndexOfAny(",.;") < 0
                && !PossibleAction(text, cue, at))
                return true;
        return false;
    }
}

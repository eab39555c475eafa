namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The amount a whole army changes by ("a decree to increase the army by 180,000 troops") is troops added or cut, not the army's
/// size: deployment, as the dev set counts "increase its forces in Germany by 500 personnel". Lists change_by, change_verbs,
/// change_by_verbs.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly ChangeAmountWords changeAmount;

    private sealed class ChangeAmountWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases By = AdjacentPhrases.Of(lexicon, "change_by");
        public readonly PhraseMatcher Verbs = PhraseMatcher.Of(lexicon, ["change_verbs", "change_by_verbs"]);
    }

    // How far before "by" the verb of change may stand, in its clause.
    private const int ChangeAmountReach = 120;

    // "a decree to increase the army by 180,000 troops", "will expand its army by 3,000 soldiers": the amount an army changes by
    // is troops added or cut, not the army's size (the dev set's convention: "increase its forces in Germany by 500 personnel",
    // "boosting U.S. troop strength by 17,000", "cut ... by 9,500" are deployment). "by" right before the figure, and a verb of
    // change before it in its clause.
    private bool ChangeAmount(string text, int start, Quantity q)
    {
        var by = changeAmount.By.StartOfPhraseBefore(text, start, q.Span.Start);
        if (by < 0) return false;
        foreach (var (verb, _) in changeAmount.Verbs.Find(text, Math.Max(start, by - ChangeAmountReach), by))
            if (text.AsSpan(verb.End, by - verb.End).IndexOfAny(',', ';', ':') < 0) return true;
        return false;
    }
}

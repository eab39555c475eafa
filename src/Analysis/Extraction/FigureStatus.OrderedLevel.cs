namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A level or a change that an order sets ("Putin ordered the army to grow to 1.5 million", "signed a decree raising the armed
/// forces to 2.39 million", "a decree to increase the army by 180,000 troops") is planned: the order is given, the level not
/// yet reached, whatever the order's tense. Lists level_order_words, level_change_forms, level_change_links.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly OrderedLevelWords orderedLevel;

    private sealed class OrderedLevelWords(Lexicon lexicon)
    {
        public readonly AdjacentPhrases Links = AdjacentPhrases.Of(lexicon, "level_change_links");
        public readonly PhraseMatcher Orders = PhraseMatcher.Of(lexicon, ["level_order_words"]);
        public readonly PhraseMatcher Changes = PhraseMatcher.Of(lexicon, ["level_change_forms"]);
    }

    // How far before the figure the order may stand, in its clause.
    private const int OrderedLevelReach = 120;

    // (The order may stand before the figure's segment: "ordered the military to increase its troops by 180,000 to a total of
    // 1.5 million" orders both; the link is read in the segment, the order in the sentence.)
    private bool OrderedLevel(string text, int start, int segmentStart, Quantity q)
    {
        // The cheap cue first: "to", "by" or "of" right before the figure (its hedge is inside the quantity).
        var link = orderedLevel.Links.StartOfPhraseBefore(text, segmentStart, q.Span.Start);
        if (link < 0) return false;
        var from = Math.Max(start, q.Span.Start - OrderedLevelReach);
        foreach (var (order, _) in orderedLevel.Orders.Find(text, from, link))
        {
            // (In the figure's clause: no semicolon or colon between; a full stop in a sentence is an abbreviation's, "U.S.".)
            if (text.AsSpan(order.End, link - order.End).IndexOfAny(';', ':') >= 0) continue;
            if (orderedLevel.Changes.Any(text, order.End, link + 1)) return true;
        }
        return false;
    }
}

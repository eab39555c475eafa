namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A size the text gives as a possibility of now ("the troops, which could number as many as 11,000, according to
/// estimates", "the force may number up to 3,000", "there could be as many as 3,000 foreign soldiers in the region"): a modal
/// of possibility joined to a verb of size (list possible_size_now) right before the figure is a hedged estimate of the
/// troops there now, not troops still to come. Unless a time still to come is in the figure's clause ("could number 20,000
/// by next year", "may number 5,000 once the second wave arrives" with a future marker): then the plan readers' reading stands.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases possibleSizeNow;

    // The phrase of possible_size_now right before the figure (its hedge is inside the quantity), and no word of future_markers,
    // no future time and no target date after it in the figure's clause.
    private bool PossibleSizeNow(string text, int segmentStart, int segmentEnd, Quantity q, TextSpan figure)
    {
        if (possibleSizeNow.StartOfPhraseBefore(text, segmentStart, q.Span.Start) is not (var modal and >= 0)) return false;
        var clauseEnd = ClauseEnd(text, figure.End, segmentEnd);
        return !futureMarkers.Any(text, modal, clauseEnd) && !FutureTimeAfter(text, figure.End, segmentEnd)
            && !TargetDateAfter(text, figure.End, segmentEnd, out _);
    }
}

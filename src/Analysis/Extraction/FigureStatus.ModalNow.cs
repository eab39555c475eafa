namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A word of the present right after a modal of the future ("700 Marines will now be sent", "the 400 soldiers would now
/// leave in May", "some 2,000 are now to be deployed") dates the plan, not the troops: the cue says when the plan was made,
/// and the troops are still to come. Lists current_cues and modal_before_current_cues, read right before each cue.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases modalBeforeCurrentCues, modalAfterCurrentCues;

    // A word of current_cues in text[from..to) that no modal of the future stands right before ("will now") or right after
    // ("are now to be", "are now set to").
    private bool PresentCueIn(string text, int from, int to)
    {
        foreach (var cue in currentCues.Find(text, from, to))
            if (modalBeforeCurrentCues.StartOfPhraseBefore(text, from, cue.Span.Start) < 0 && modalAfterCurrentCues.EndOfPhraseAt(text, cue.Span.End, to) < 0)
                return true;
        return false;
    }
}

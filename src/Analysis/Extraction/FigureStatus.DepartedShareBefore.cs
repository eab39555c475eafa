namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The whole a share was taken out of by a departure told before the share ("withdrew 1,000 of its 3,600 soldiers", "recalled
/// half of its 1,200-strong contingent", "has brought home about two-thirds of the 3,000 troops") is the level before that share
/// left: earlier, as is the whole a share "had left" from when the verb follows (DepartedAfter). Withdrawal copy tells a
/// completed cut in the active voice as often as in the passive; the share itself is the reduction made (current). Only past
/// and perfect forms (departed_share_verbs_before): "will withdraw half of its 1,200" leaves the whole there now.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases departedShareVerbsBefore;

    // Where the share of the whole at `at` starts: share_of_whole right before it (or one word before), or a part figure before
    // it and "of the"/"of its" between them; -1 when the figure is no share's whole.
    private int ShareStart(string text, int segmentStart, int at, FigureCandidate? previous) =>
        PhraseBefore(shareOfWhole, text, segmentStart, at, 1) is var phrase and >= 0 ? phrase
        : previous is not null && PartitiveWhole(text, previous.Span.End, at) ? previous.Span.Start
        : -1;

    // How far before a share ShareDeparted looks for its verb and hedge, in characters.
    private const int DepartureReach = 60;

    // Whether a share starting at partStart (its whole's mention ending at wholeEnd) left: a verb of departed_share_verbs_before
    // right before it or one of departed_share_verbs after the whole.
    private bool ShareDeparted(string text, int partStart, int wholeEnd)
    {
        if (partStart < 0 || wholeEnd > text.Length || partStart > wholeEnd) return false;
        if (DepartureRightBefore(text, Math.Max(0, partStart - DepartureReach), partStart)) return true;
        var end = text.IndexOf('.', wholeEnd) is var stop and >= 0 ? stop : text.Length;
        return DepartedAfter(text, wholeEnd, end);
    }

    // Whether a verb of departed_share_verbs_before stands right before the share at `share` (past a hedge of
    // withdrawn_share_hedges), no earlier than `from`.
    private bool DepartureRightBefore(string text, int from, int share)
    {
        if (withdrawnForce.ShareHedges.StartOfPhraseBefore(text, from, share) is var hedge and >= 0 && Spaced(text, hedge, share)) share = hedge;
        return departedShareVerbsBefore.StartOfPhraseBefore(text, from, share) is var verb and >= 0 && Spaced(text, verb, share);
    }
}

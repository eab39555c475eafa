namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// A troop count found in one sentence, before attribution: which quantity, the span of the whole
/// mention ("approximately 10,000 North Korean troops"), what it counts and whose troops they are.
/// <see cref="Anchor"/> is the figure of the same sentence a bare number was read against ("the
/// earlier estimate of 3,000" against "10,000 troops"). <see cref="NoOwner"/>: the figure has no owner by a rule that
/// read it (troops of several countries, a multinational total, a non-state group's), not for want of a clue.
/// </summary>
internal sealed record FigureCandidate(
    Sentence Sentence,
    Quantity Quantity,
    TextSpan Span,
    TroopKind Kind,
    EstimateStatus Status,
    Hedge Hedge,
    string? Subject,
    bool NoOwner = false);

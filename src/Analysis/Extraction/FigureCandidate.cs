namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// A troop count found in one sentence, before attribution: which quantity, the span of the whole
/// mention ("approximately 10,000 North Korean troops"), what it counts and whose troops they are.
/// <see cref="Anchor"/> is the figure of the same sentence a bare number was read against ("the
/// earlier estimate of 3,000" against "10,000 troops").
/// </summary>
internal sealed record FigureCandidate(
    Sentence Sentence,
    Quantity Quantity,
    TextSpan Span,
    TroopKind Kind,
    EstimateStatus Status,
    Hedge Hedge,
    string? Subject);

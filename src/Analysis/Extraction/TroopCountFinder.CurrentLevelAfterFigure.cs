namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// The present level a change starts from or ends at, told bare after "the current": "reduced from 150,000 in June to the current
/// 130,000", "would shrink by some 2,500 from the current 19,000". In a sentence about troops with a troop figure before it, a
/// bare number that a word of current_level_leads stands right before is the troops' level now.
/// </summary>
internal sealed partial class TroopCountFinder
{
    // The count right before it (no year) must be that troop figure: "a population of 300,000, up from the current 250,000" counts
    // no troops, whatever the sentence counted before.
    private bool CurrentLevelAfterFigure(string text, int start, Quantity q, IReadOnlyList<Quantity> quantities,
        List<(Quantity Q, TextSpan Span, bool Anchored)> found)
    {
        if (currentLevel.Leads.StartOfPhraseBefore(text, start, q.Span.Start) < 0) return false;
        Quantity? last = null;
        foreach (var other in quantities)
            if (other.Span.End <= q.Span.Start && !IsYear(other, false)) last = other;
        if (last is null) return false;
        foreach (var f in found)
            if (ReferenceEquals(f.Q, last) && !f.Anchored) return true;
        return false;
    }
}
